package org.paperscope.common.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TermListTest {

  @Test
  void readsTopicsWithVariantsSingleTermLinesAndComments() {
    TermList list = TermList.parse("""
        # a comment
        内卷: 内卷, 内卷式 , 内卷化,反内卷   # trailing comment

        新质生产力
        人工智能：人工智能，AI、AIGC
        """, "test.txt");

    assertThat(list.topics()).extracting(TermList.Topic::name)
        .containsExactly("内卷", "新质生产力", "人工智能");
    assertThat(list.topics().get(0).variants()).containsExactly("内卷", "内卷式", "内卷化", "反内卷");
    assertThat(list.topics().get(0).line()).isEqualTo(2);
    assertThat(list.topics().get(1).variants()).containsExactly("新质生产力");
    assertThat(list.topics().get(2).variants()).containsExactly("人工智能", "AI", "AIGC");
    assertThat(list.terms()).contains(new TopicTerm("人工智能", "AIGC"));
    assertThat(list.dictionary()).containsEntry("内卷式", new TopicTerm("内卷", "内卷式"));
  }

  @Test
  void foldsFullWidthVariantsToAscii() {
    TermList list = TermList.parse("5G-A: ５Ｇ－Ａ, 5.5G", "test.txt");

    assertThat(list.variants()).containsExactly("5G-A", "5.5G");
  }

  @Test
  void ignoresByteOrderMarkAndCrLf() {
    TermList list = TermList.parse("\uFEFF算力\r\n芯片\r\n", "test.txt");

    assertThat(list.variants()).containsExactly("算力", "芯片");
  }

  @Test
  void failsOnEmptyVariantNamingTheLine() {
    assertThatThrownBy(() -> TermList.parse("# header\n\n内卷: 内卷,, 内卷式\n", "topics.txt"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot read term list line 3: empty variant in '内卷: 内卷,, 内卷式' (topics.txt)");
  }

  @Test
  void failsOnMissingTopicName() {
    assertThatThrownBy(() -> TermList.parse("算力\n: AI, AIGC", "topics.txt"))
        .hasMessageStartingWith("Cannot read term list line 2: missing topic name before ':'");
  }

  @Test
  void failsOnTopicWithoutVariants() {
    assertThatThrownBy(() -> TermList.parse("人工智能:   ", "topics.txt"))
        .hasMessageStartingWith("Cannot read term list line 1: no variants after ':'");
  }

  @Test
  void failsOnVariantListedUnderTwoTopicsIgnoringLatinCase() {
    assertThatThrownBy(() -> TermList.parse("人工智能: AI\n\n机器学习: 机器学习, ai", "topics.txt"))
        .hasMessage("Cannot read term list line 3: variant 'ai' is already listed under topic "
            + "'人工智能' on line 1 (topics.txt)");
  }

  @Test
  void failsOnDuplicateTopic() {
    assertThatThrownBy(() -> TermList.parse("算力\n算力: 算力网络", "topics.txt"))
        .hasMessage("Cannot read term list line 2: topic '算力' is already defined on line 1 "
            + "(topics.txt)");
  }

  @Test
  void failsOnVariantWithSentenceDelimiter() {
    assertThatThrownBy(() -> TermList.parse("口号: 稳中求进；以进促稳", "topics.txt"))
        .hasMessageStartingWith("Cannot read term list line 1: variant '稳中求进；以进促稳' contains");
  }

  @Test
  void hashesTheContent() {
    TermList a = TermList.parse("算力", "a.txt");
    TermList b = TermList.parse("算力\n", "a.txt");

    assertThat(a.contentHash())
        .isEqualTo("cc273cdd14052963b2d772ac4e36527e98fad745193be452730f285e6441e0b1")
        .isNotEqualTo(b.contentHash());
  }

  @Test
  void survivesJavaSerialization() throws IOException, ClassNotFoundException {
    TermList list = TermList.parse("内卷: 内卷, 内卷式", "a.txt");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(list);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(list);
    }
  }

  @Test
  void bundledTopicListParsesAndHoldsTheIssueTopics() throws IOException {
    Path file = Path.of(System.getProperty("paperscope.project.dir", "..")).resolve("conf/terms/topics.txt");
    TermList list = TermList.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());

    assertThat(list.dictionary()).containsEntry("内卷式", new TopicTerm("内卷", "内卷式"))
        .containsEntry("新质生产力", new TopicTerm("新质生产力", "新质生产力"))
        .containsEntry("AIGC", new TopicTerm("人工智能", "AIGC"))
        .containsEntry("5.5G", new TopicTerm("5G-A", "5.5G"))
        .containsKeys("数字经济", "数据要素", "专精特新", "人形机器人", "低空经济", "碳达峰", "碳中和",
            "新型工业化", "智能制造", "集成电路", "芯片", "算力", "新能源汽车");
  }
}
