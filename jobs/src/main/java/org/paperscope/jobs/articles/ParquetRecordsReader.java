package org.paperscope.jobs.articles;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.HadoopReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.DelegatingSeekableInputStream;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.io.SeekableInputStream;
import org.apache.parquet.schema.GroupType;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType;
import org.apache.parquet.schema.Type;
import org.paperscope.common.input.RejectReason;
import org.paperscope.common.input.RejectedInputException;
import org.paperscope.common.input.formats.FieldRecord;
import org.paperscope.common.input.formats.ItemReject;

/**
 * Reads a Parquet file of per-article records (one row per article) into {@link FieldRecord}s,
 * which {@code InputAdapters.readRecords} maps like JSON and CSV records. It lives in the jobs
 * because Parquet's reader ({@code parquet-hadoop}, on the classpath through Spark) is not a
 * dependency of {@code common}; it reads the bytes ingest already holds, through Parquet's
 * example {@link Group} API, so the file is read once, inside the task that parses it.
 *
 * <p>Values become text: strings as written, numbers in decimal, a {@code DATE} as
 * {@code 2025-03-08}, a {@code TIMESTAMP} as its ISO date-time (UTC when adjusted to UTC), a list
 * one element per line, a struct with a {@code name} field its name (an author), any other struct
 * its values one per line. {@code INT96} timestamps are not read (the field counts as missing).
 */
final class ParquetRecordsReader {
  /** Parquet strings are UTF-8 by the format's definition. */
  static final String ENCODING = "UTF-8";

  /**
   * One Hadoop configuration per JVM, only read. Without options {@code ParquetFileReader.open}
   * makes a new one per file and parses {@code core-default.xml} again for it (as the writer's
   * footer count did, ParquetSink.rowsIn). The options themselves (with their codec factory) stay
   * per file: tasks read files side by side.
   */
  private static final Configuration CONF = new Configuration();

  private ParquetRecordsReader() {}

  /** What a Parquet file gave: its readable records and those dropped as too large. */
  record Records(List<FieldRecord> records, List<ItemReject> rejects) {}

  /**
   * The records of one Parquet file, numbered from 1 in file order; a record whose values hold
   * more than {@code maxRecordChars} characters is a {@code record_too_large} reject.
   *
   * @throws RejectedInputException {@code malformed} when the file is not a readable Parquet file
   */
  static Records read(byte[] bytes, int maxRecordChars) throws RejectedInputException {
    List<FieldRecord> records = new ArrayList<>();
    List<ItemReject> rejects = new ArrayList<>();
    try (ParquetFileReader reader = ParquetFileReader.open(new BytesInputFile(bytes),
        HadoopReadOptions.builder(CONF).build())) {
      MessageType schema = reader.getFooter().getFileMetaData().getSchema();
      ColumnIOFactory columns = new ColumnIOFactory();
      int row = 0;
      PageReadStore pages;
      while ((pages = reader.readNextRowGroup()) != null) {
        RecordReader<Group> groups = columns.getColumnIO(schema)
            .getRecordReader(pages, new GroupRecordConverter(schema));
        for (long i = 0; i < pages.getRowCount(); i++) {
          row++;
          Map<String, String> fields = fields(groups.read());
          long chars = fields.values().stream().mapToLong(String::length).sum();
          if (chars > maxRecordChars) {
            rejects.add(new ItemReject(row, null, RejectReason.RECORD_TOO_LARGE, "row " + row + ": " + chars
                + " characters is more than input.max-record-chars=" + maxRecordChars));
          } else {
            records.add(new FieldRecord(row, fields));
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      // Parquet signals a damaged file with IOExceptions and with RuntimeExceptions of several
      // kinds (a plain RuntimeException for a missing magic number, ParquetDecodingException,
      // IllegalArgumentException for a bad footer): all of them mean "not a readable Parquet file".
      throw new RejectedInputException(RejectReason.MALFORMED, "not a readable Parquet file: "
          + e.getClass().getSimpleName() + ": " + e.getMessage());
    }
    return new Records(records, rejects);
  }

  private static Map<String, String> fields(Group group) {
    Map<String, String> fields = new LinkedHashMap<>();
    GroupType type = group.getType();
    for (int i = 0; i < type.getFieldCount(); i++) {
      String value = value(group, i);
      if (value != null) {
        fields.put(type.getFieldName(i), value);
      }
    }
    return fields;
  }

  /** All values of field {@code i} of {@code group} as text, one per line; null when none. */
  private static String value(Group group, int i) {
    Type field = group.getType().getType(i);
    List<String> parts = new ArrayList<>();
    for (int index = 0; index < group.getFieldRepetitionCount(i); index++) {
      String part = field.isPrimitive() ? primitive(group, i, index, field.asPrimitiveType())
          : nested(group.getGroup(i, index));
      if (part != null) {
        parts.add(part);
      }
    }
    return parts.isEmpty() ? null : String.join("\n", parts);
  }

  private static String nested(Group group) {
    GroupType type = group.getType();
    boolean list = type.getLogicalTypeAnnotation() instanceof LogicalTypeAnnotation.ListLogicalTypeAnnotation;
    if (!list && type.containsField("name") && group.getFieldRepetitionCount(type.getFieldIndex("name")) > 0) {
      // {"author": {"name": "张三"}}
      return value(group, type.getFieldIndex("name"));
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < type.getFieldCount(); i++) {
      String part = value(group, i);
      if (part != null) {
        parts.add(part);
      }
    }
    return parts.isEmpty() ? null : String.join("\n", parts);
  }

  private static String primitive(Group group, int i, int index, PrimitiveType type) {
    LogicalTypeAnnotation logical = type.getLogicalTypeAnnotation();
    switch (type.getPrimitiveTypeName()) {
      case BINARY:
      case FIXED_LEN_BYTE_ARRAY:
        if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation decimal) {
          return new BigDecimal(new BigInteger(group.getBinary(i, index).getBytes()), decimal.getScale())
              .toPlainString();
        }
        return group.getBinary(i, index).toStringUsingUTF8();
      case INT32:
        int int32 = group.getInteger(i, index);
        if (logical instanceof LogicalTypeAnnotation.DateLogicalTypeAnnotation) {
          return LocalDate.ofEpochDay(int32).toString();
        }
        if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation decimal) {
          return BigDecimal.valueOf(int32, decimal.getScale()).toPlainString();
        }
        return Integer.toString(int32);
      case INT64:
        long int64 = group.getLong(i, index);
        if (logical instanceof LogicalTypeAnnotation.TimestampLogicalTypeAnnotation timestamp) {
          return timestamp(int64, timestamp);
        }
        if (logical instanceof LogicalTypeAnnotation.DecimalLogicalTypeAnnotation decimal) {
          return BigDecimal.valueOf(int64, decimal.getScale()).toPlainString();
        }
        return Long.toString(int64);
      case BOOLEAN:
        return Boolean.toString(group.getBoolean(i, index));
      case FLOAT:
        return Float.toString(group.getFloat(i, index));
      case DOUBLE:
        return Double.toString(group.getDouble(i, index));
      default:
        return null;
    }
  }

  private static String timestamp(long value, LogicalTypeAnnotation.TimestampLogicalTypeAnnotation type) {
    Instant instant = switch (type.getUnit()) {
      case MILLIS -> Instant.ofEpochMilli(value);
      case MICROS -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000L), Math.floorMod(value, 1_000_000L) * 1_000L);
      case NANOS -> Instant.ofEpochSecond(Math.floorDiv(value, 1_000_000_000L), Math.floorMod(value, 1_000_000_000L));
    };
    return type.isAdjustedToUTC() ? instant.toString() : LocalDateTime.ofInstant(instant, ZoneOffset.UTC).toString();
  }

  /** A Parquet {@link InputFile} over bytes already in memory. */
  private static final class BytesInputFile implements InputFile {
    private final byte[] bytes;

    BytesInputFile(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public long getLength() {
      return bytes.length;
    }

    @Override
    public SeekableInputStream newStream() {
      PositionedBytes in = new PositionedBytes(bytes);
      return new DelegatingSeekableInputStream(in) {
        @Override
        public long getPos() {
          return in.position();
        }

        @Override
        public void seek(long newPos) throws IOException {
          if (newPos < 0 || newPos > bytes.length) {
            throw new IOException("Cannot seek to " + newPos + " in a file of " + bytes.length + " bytes");
          }
          in.moveTo((int) newPos);
        }
      };
    }
  }

  /** A byte array stream whose position can be read and set. */
  private static final class PositionedBytes extends ByteArrayInputStream {
    PositionedBytes(byte[] bytes) {
      super(bytes);
    }

    synchronized long position() {
      return pos;
    }

    synchronized void moveTo(int position) {
      pos = position;
    }
  }
}
