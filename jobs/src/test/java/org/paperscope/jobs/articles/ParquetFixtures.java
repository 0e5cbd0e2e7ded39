package org.paperscope.jobs.articles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.SimpleGroupFactory;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.example.ExampleParquetWriter;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.MessageTypeParser;

/**
 * Writes the Parquet record fixture with Parquet's own example writer: the two articles of
 * {@code fixtures/inputs/} (as in every other format) under non-default field names, with a
 * DATE column, the body as a list of paragraphs and the author as a struct, then a placeholder
 * body (row 3) and a row without a title (row 4). Written by the tests, not committed: a binary
 * file would hide what it holds.
 */
final class ParquetFixtures {
  static final MessageType SCHEMA = MessageTypeParser.parseMessageType("""
      message article {
        optional binary headline (STRING);
        optional binary pre_title (STRING);
        optional binary sub_title (STRING);
        optional int32 issue_date (DATE);
        optional int32 page_no;
        optional binary section_name (STRING);
        optional group author { optional binary name (STRING); }
        optional binary url (STRING);
        optional group content (LIST) { repeated group list { optional binary element (STRING); } }
      }
      """);
  static final LocalDate DAY = LocalDate.of(2025, 3, 8);

  private ParquetFixtures() {}

  /** The four-row fixture at {@code file} (its folders created). */
  static Path write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.deleteIfExists(file);
    SimpleGroupFactory rows = new SimpleGroupFactory(SCHEMA);
    try (ParquetWriter<Group> writer = ExampleParquetWriter.builder(new LocalOutputFile(file))
        .withType(SCHEMA).build()) {
      Group first = rows.newGroup()
          .append("headline", "加快发展新质生产力 推动制造业升级")
          .append("pre_title", "工信部部署重点工作")
          .append("sub_title", "支持人工智能与实体经济深度融合")
          .append("issue_date", (int) DAY.toEpochDay())
          .append("page_no", 1)
          .append("section_name", "要闻")
          .append("url", "https://paper.example.cn/2025-03/08/content_1.htm");
      first.addGroup("author").append("name", "李明");
      paragraphs(first, List.of(
          "　　本报北京3月7日电 （记者 李明）工业和信息化部7日召开会议，部署加快发展新质生产力，推动制造业高端化、智能化、绿色化发展。",
          "　　会议指出，要坚决破除“内卷式”竞争，营造公平有序的市场环境，支持人工智能与实体经济深度融合。",
          "　　会议要求，各地要抓好政策落实，确保各项措施见到实效。（李明）"));
      writer.write(first);
      Group second = rows.newGroup()
          .append("headline", "我国新能源汽车产销连续十年全球第一")
          .append("issue_date", (int) DAY.toEpochDay())
          .append("page_no", 1)
          .append("section_name", "要闻");
      paragraphs(second, List.of(
          "新华社北京3月7日电　记者从商务部获悉，今年前两个月，我国新能源汽车产销两旺，出口同比增长超过三成。",
          "业内人士表示，新能源汽车产业要避免内卷，靠创新赢得市场。"));
      writer.write(second);
      Group placeholder = rows.newGroup()
          .append("headline", "多国专家热议中国经济前景")
          .append("issue_date", (int) DAY.toEpochDay())
          .append("page_no", 4)
          .append("section_name", "国际");
      paragraphs(placeholder, List.of("正文无法提取"));
      writer.write(placeholder);
      Group untitled = rows.newGroup().append("issue_date", (int) DAY.toEpochDay());
      paragraphs(untitled, List.of("一条没有标题的记录。"));
      writer.write(untitled);
    }
    return file;
  }

  private static void paragraphs(Group row, List<String> paragraphs) {
    Group content = row.addGroup("content");
    for (String paragraph : paragraphs) {
      content.addGroup("list").append("element", paragraph);
    }
  }
}
