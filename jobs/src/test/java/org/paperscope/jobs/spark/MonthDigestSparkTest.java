package org.paperscope.jobs.spark;

import static org.apache.spark.sql.functions.col;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The month summaries of a per-month table: reused while a month's files stay, summarised again
 * from the partition when they change, dropped when the month is gone, and the state rewritten
 * only when it is missing or many months were read again.
 */
@Tag("spark")
class MonthDigestSparkTest {
  private static final TableSpec DAYS = TableSpec.daily("t_days", new StructType()
      .add("value", DataTypes.LongType));
  private static final StructType DIGEST = new StructType()
      .add("publication", DataTypes.StringType)
      .add("issue_month", DataTypes.StringType)
      .add("issue_date", DataTypes.DateType)
      .add("value", DataTypes.LongType);

  private static SparkSession spark;
  @TempDir
  Path dir;
  private Warehouse warehouse;

  @BeforeAll
  static void setUp() {
    spark = SparkTestSession.get();
  }

  @BeforeEach
  void open() {
    warehouse = Warehouse.open(spark, dir.resolve("wh").toString(), "test-run");
  }

  @AfterEach
  void close() {
    warehouse.close();
  }

  private MonthDigest.Refresh digest(String version) {
    return MonthDigest.refresh(warehouse, DAYS, "t_days_digest", version, DIGEST,
        rows -> rows.select(col("publication"), col("issue_month"), col("issue_date"), col("value")));
  }

  /** Writes the rows of one day per month (value = month number × factor) into the table's month folders. */
  private void writeMonths(String publication, int factor, String... months) {
    List<Row> rows = new ArrayList<>();
    for (String month : months) {
      LocalDate day = LocalDate.parse(month + "-05");
      rows.add(RowFactory.create((long) day.getMonthValue() * factor, day, publication, month));
    }
    spark.createDataFrame(rows, DAYS.schema()).write().mode(SaveMode.Overwrite)
        .option("partitionOverwriteMode", "dynamic")
        .partitionBy("publication", "issue_month").parquet(warehouse.tablePath(DAYS.name()));
  }

  private static List<String> values(Dataset<Row> rows) {
    return rows.orderBy(col("publication"), col("issue_date")).collectAsList().stream()
        .map(row -> row.getString(0) + " " + row.getString(1) + " " + row.getLocalDate(2) + " " + row.getLong(3))
        .toList();
  }

  private void deleteTree(Path path) throws IOException {
    try (Stream<Path> walk = Files.walk(path)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private Path monthFolder(String publication, String month) {
    return Path.of(warehouse.tablePath(DAYS.name()))
        .resolve("publication=" + publication).resolve("issue_month=" + month);
  }

  @Test
  void keepsMonthsWhoseFilesStayAndReadsAgainOnlyThoseThatChanged() throws IOException {
    writeMonths("a", 1, "2024-01", "2024-02", "2024-03");

    MonthDigest.Refresh first = digest("v1");
    assertThat(first.fresh()).hasSize(3);
    assertThat(first.rewritten()).isTrue();
    assertThat(values(first.rows())).containsExactly(
        "a 2024-01 2024-01-05 1", "a 2024-02 2024-02-05 2", "a 2024-03 2024-03-05 3");

    MonthDigest.Refresh again = digest("v1");
    assertThat(again.fresh()).isEmpty();
    assertThat(again.rewritten()).isFalse();
    assertThat(values(again.rows())).isEqualTo(values(first.rows()));

    // Another run rewrites February (new files), and a new publication and month come in.
    deleteTree(monthFolder("a", "2024-02"));
    writeMonths("a", 10, "2024-02");
    writeMonths("b", 1, "2024-04");
    MonthDigest.Refresh changed = digest("v1");
    assertThat(changed.fresh()).containsExactly("publication=a/issue_month=2024-02", "publication=b/issue_month=2024-04");
    assertThat(changed.rewritten()).isFalse();
    assertThat(values(changed.rows())).containsExactly(
        "a 2024-01 2024-01-05 1", "a 2024-02 2024-02-05 20", "a 2024-03 2024-03-05 3", "b 2024-04 2024-04-05 4");

    // Not rewritten: the next run reads the same two months again, and a month gone is dropped.
    deleteTree(monthFolder("a", "2024-03"));
    MonthDigest.Refresh dropped = digest("v1");
    assertThat(dropped.fresh()).containsExactly("publication=a/issue_month=2024-02", "publication=b/issue_month=2024-04");
    assertThat(values(dropped.rows())).containsExactly(
        "a 2024-01 2024-01-05 1", "a 2024-02 2024-02-05 20", "b 2024-04 2024-04-05 4");
  }

  @Test
  void rewritesTheStateWhenManyMonthsWereReadAgainOrTheVersionChanged() {
    String[] months = {"2023-01", "2023-02", "2023-03", "2023-04", "2023-05", "2023-06", "2023-07", "2023-08"};
    writeMonths("a", 1, months[0]);
    assertThat(digest("v1").rewritten()).isTrue();
    writeMonths("a", 1, java.util.Arrays.copyOfRange(months, 1, months.length));

    MonthDigest.Refresh many = digest("v1");
    assertThat(many.fresh()).hasSize(months.length - 1).hasSizeGreaterThan(MonthDigest.MAX_FRESH_MONTHS);
    assertThat(many.rewritten()).isTrue();
    assertThat(many.rows().count()).isEqualTo(months.length);
    assertThat(digest("v1").fresh()).isEmpty();

    MonthDigest.Refresh other = digest("v2");
    assertThat(other.fresh()).hasSize(months.length);
    assertThat(other.rewritten()).isTrue();
    assertThat(digest("v2").fresh()).isEmpty();
  }

  @Test
  void aMonthWhoseSummaryIsEmptyIsStillKept() {
    writeMonths("a", 1, "2024-01", "2024-02");
    MonthDigest.Refresh first = MonthDigest.refresh(warehouse, DAYS, "t_days_odd", "v1", DIGEST,
        rows -> rows.select(col("publication"), col("issue_month"), col("issue_date"), col("value"))
            .filter(col("value").equalTo(1L)));
    assertThat(values(first.rows())).containsExactly("a 2024-01 2024-01-05 1");
    MonthDigest.Refresh again = MonthDigest.refresh(warehouse, DAYS, "t_days_odd", "v1", DIGEST,
        rows -> rows.select(col("publication"), col("issue_month"), col("issue_date"), col("value"))
            .filter(col("value").equalTo(1L)));
    assertThat(again.fresh()).isEmpty();
    assertThat(values(again.rows())).containsExactly("a 2024-01 2024-01-05 1");
  }

  @Test
  void aTableNotWrittenYetHasAnEmptySummary() {
    MonthDigest.Refresh none = digest("v1");
    assertThat(none.fresh()).isEmpty();
    assertThat(none.rows().count()).isZero();
    assertThat(none.rows().schema().fieldNames()).containsExactly(DIGEST.fieldNames());
  }
}
