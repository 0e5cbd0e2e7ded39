package org.paperscope.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * A subject the demo writes about, with how often it is written about on a given date.
 *
 * @param id         short stable name, used in the trend table of the report
 * @param kind       industry and policy themes get the cross-cutting closing lines, background
 *                   themes (farming, weather, travel) do not
 * @param weight     relative chance that an article on that date is about this theme
 * @param headlines  {@code main|tail}: newspapers print the main part, broadcasts both parts
 * @param sentences  body sentences, drawn without repetition inside one article
 * @param captions   image captions without the leading 图为
 */
record Theme(
    String id,
    Kind kind,
    Curve weight,
    List<Template> headlines,
    List<Template> sentences,
    List<Template> captions) {

  enum Kind { INDUSTRY, POLICY, BACKGROUND }

  Theme {
    headlines = List.copyOf(headlines);
    sentences = List.copyOf(sentences);
    captions = List.copyOf(captions);
  }

  static Theme of(String id, Kind kind, Curve weight, String headlines, String sentences,
      String captions) {
    return new Theme(id, kind, weight, Template.lines(headlines), Template.lines(sentences),
        Template.lines(captions));
  }

  /** True when the theme has a headline and at least two sentences usable on {@code date}. */
  boolean usableOn(LocalDate date) {
    return weight.at(date) > 0
        && headlines.stream().anyMatch(t -> t.validOn(date))
        && sentences.stream().filter(t -> t.validOn(date)).count() >= 2;
  }
}
