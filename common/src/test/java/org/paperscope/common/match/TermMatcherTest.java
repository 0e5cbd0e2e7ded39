package org.paperscope.common.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TermMatcherTest {

  private static TermMatcher<String> matcher(String... surfaces) {
    Map<String, String> dictionary = new LinkedHashMap<>();
    for (String s : surfaces) {
      dictionary.put(s, s);
    }
    return TermMatcher.of(dictionary);
  }

  private static List<String> surfaces(List<TermHit<String>> hits) {
    return hits.stream().map(h -> h.surface() + "@" + h.start()).toList();
  }

  @Test
  void findsEveryOccurrenceWithOffsets() {
    List<TermHit<String>> hits = matcher("算力", "芯片").hits("芯片和算力，算力和芯片");

    assertThat(surfaces(hits)).containsExactly("芯片@0", "算力@3", "算力@6", "芯片@9");
    assertThat(hits.get(1).end()).isEqualTo(5);
  }

  @Test
  void countsANestedTermOnceForTheLongerOne() {
    TermMatcher<String> m = matcher("信息化", "工业和信息化部", "内卷", "内卷式");

    assertThat(surfaces(m.hits("工业和信息化部推进信息化，不搞内卷式竞争，反对内卷")))
        .containsExactly("工业和信息化部@0", "信息化@9", "内卷式@15", "内卷@23");
  }

  @Test
  void keepsTheLeftmostOfTwoOverlappingTerms() {
    TermMatcher<String> m = matcher("数据要素", "要素市场");

    assertThat(surfaces(m.hits("数据要素市场化"))).containsExactly("数据要素@0");
  }

  @Test
  void listsNestedAndOverlappingCandidatesLongestFirst() {
    TermMatcher<String> m = matcher("信息化", "工业和信息化部", "信息");

    assertThat(surfaces(m.candidates("工业和信息化部")))
        .containsExactly("工业和信息化部@0", "信息化@3", "信息@3");
  }

  @Test
  void matchesLatinTermsCaseInsensitivelyAndReportsTheSurfaceAsWritten() {
    List<TermHit<String>> hits = matcher("AI").hits("ai芯片与Ai应用");

    assertThat(surfaces(hits)).containsExactly("ai@0", "Ai@5");
    assertThat(hits.get(0).payload()).isEqualTo("AI");
  }

  @Test
  void matchesLatinTermsOnlyAtLatinWordBoundaries() {
    TermMatcher<String> m = matcher("AI", "5G-A", "5.5G", "5G");

    assertThat(surfaces(m.hits("AI芯片"))).containsExactly("AI@0");
    assertThat(surfaces(m.hits("发送MAIL给OpenAI"))).isEmpty();
    assertThat(surfaces(m.hits("AIGC和AI2.0"))).isEmpty();
    assertThat(surfaces(m.hits("5G-AX不是5G-A，5G-A网络"))).containsExactly("5G@0", "5G-A@7", "5G-A@12");
    assertThat(surfaces(m.hits("15.5G和5.5GHz"))).isEmpty();
    assertThat(surfaces(m.hits("带宽达到5.5G。"))).containsExactly("5.5G@4");
    assertThat(surfaces(m.hits("5G-A x AI"))).containsExactly("5G-A@0", "AI@7");
    assertThat(surfaces(m.hits("(AI)"))).containsExactly("AI@1");
  }

  @Test
  void findsTermsAtTheVeryStartAndEndOfATextAndNothingInAnEmptyOne() {
    TermMatcher<String> m = matcher("算力", "AI");

    assertThat(surfaces(m.hits("算力"))).containsExactly("算力@0");
    assertThat(surfaces(m.hits("AI"))).containsExactly("AI@0");
    assertThat(surfaces(m.hits("提升算力"))).containsExactly("算力@2");
    assertThat(m.hits("")).isEmpty();
  }

  @Test
  void followsFailureLinksAcrossPartialMatches() {
    TermMatcher<String> m = matcher("新能源汽车", "能源安全", "汽车");

    assertThat(surfaces(m.hits("新能源安全和新能源车和汽车")))
        .containsExactly("能源安全@1", "汽车@11");
  }

  @Test
  void handlesTermsWithManyBranchesAtOneState() {
    TermMatcher<String> m = matcher("数字经济", "数字中国", "数字化转型", "数字孪生", "数字人", "数字政府");

    assertThat(surfaces(m.hits("数字政府数字人数字化转型数字经济")))
        .containsExactly("数字政府@0", "数字人@4", "数字化转型@7", "数字经济@12");
  }

  @Test
  void refusesTheSameSurfaceForTwoPayloads() {
    Map<String, String> dictionary = new LinkedHashMap<>();
    dictionary.put("AI", "人工智能");
    dictionary.put("ai", "别的");

    assertThatThrownBy(() -> TermMatcher.of(dictionary))
        .hasMessage("Cannot build matcher: surface form 'ai' is listed for two payloads, 人工智能 and 别的");
  }

  @Test
  void refusesAnEmptySurface() {
    assertThatThrownBy(() -> TermMatcher.of(Map.of("", "x")))
        .hasMessage("Cannot build matcher: empty surface form for payload x");
  }

  @Test
  void sharesOneMatcherPerTermListValue() {
    TermList a = TermList.parse("算力", "a.txt");
    TermList sameContent = TermList.parse("算力", "a.txt");
    TermList other = TermList.parse("芯片", "a.txt");

    assertThat(TermMatcher.cachedFor(a)).isSameAs(TermMatcher.cachedFor(sameContent))
        .isNotSameAs(TermMatcher.cachedFor(other));
    assertThat(TermMatcher.cachedFor(a).hits("提升算力").get(0).payload())
        .isEqualTo(new TopicTerm("算力", "算力"));
  }

  @Test
  void selectsLeftmostLongestInsideEachGroupOnly() {
    Map<String, String> dictionary = new LinkedHashMap<>();
    dictionary.put("数据要素", "数据");
    dictionary.put("要素市场", "市场");
    dictionary.put("内卷", "内卷");
    dictionary.put("内卷式", "内卷");

    TermMatcher<String> grouped = TermMatcher.of(dictionary, g -> g);
    assertThat(surfaces(grouped.hits("数据要素市场化，内卷式竞争")))
        .containsExactly("数据要素@0", "要素市场@2", "内卷式@8");
    assertThat(surfaces(TermMatcher.of(dictionary).hits("数据要素市场化，内卷式竞争")))
        .containsExactly("数据要素@0", "内卷式@8");
  }

  @Test
  void groupsATermListByTopic() {
    TermList terms = TermList.parse("新能源\n新能源汽车\n内卷: 内卷, 内卷式\n", "test");

    assertThat(TermMatcher.cachedFor(terms).hits("新能源汽车，内卷式").stream()
            .map(h -> h.surface() + "@" + h.start()).toList())
        .containsExactly("新能源汽车@0", "新能源@0", "内卷式@6");
  }

  @Test
  void setsAsideOccurrencesTheLatinRuleRefuses() {
    TermMatcher.Scan<String> scan = matcher("5G", "AI").scan("5GB流量，5G网络，OpenAI");

    assertThat(surfaces(scan.candidates())).containsExactly("5G@6");
    assertThat(surfaces(scan.latinRefused())).containsExactly("5G@0", "AI@15");
    assertThat(TermMatcher.latinWordAround("消耗5GB流量", 2, 4)).isEqualTo("5GB");
    assertThat(TermMatcher.latinWordAround("进入5.5G时代", 4, 6)).isEqualTo("5.5G");
  }
}
