package org.paperscope.demo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Fills the placeholders of one article's templates. Placeholders:
 * {@code {省} {市} {企} {行业}} (names), {@code {N}} 3–60, {@code {M}} 100–999, {@code {K}}
 * 1200–9800, {@code {P}} 5.0–35.0, {@code {p}} 1.0–9.9, {@code {Q}} 60.0–98.0, {@code {D}} 1–9,
 * {@code {年}} {@code {年+1}} {@code {年+2}} (issue year and later), {@code {月}} (last month),
 * {@code {日}} (the event day as 6月20日), {@code {m:KEY}} (one ministry), {@code {联合:K1,K2}} (a
 * joint notice). A place or company drawn once keeps its value inside the article, so a story
 * stays about one city.
 */
final class TemplateRenderer {

  private final LocalDate issueDate;
  private final LocalDate eventDate;
  private final SplittableRandom random;
  private final DemoMinistries ministries;
  private final String province;
  private final String city;
  private final String company;
  private final String industry;

  TemplateRenderer(LocalDate issueDate, LocalDate eventDate, SplittableRandom random) {
    this.issueDate = issueDate;
    this.eventDate = eventDate;
    this.random = random;
    this.ministries = new DemoMinistries(issueDate, random);
    this.province = DemoWords.pick(DemoWords.PROVINCES, random);
    this.city = DemoWords.pick(DemoWords.CITIES, random);
    this.company = DemoWords.pick(DemoWords.COMPANIES, random);
    this.industry = DemoWords.pick(DemoWords.INDUSTRIES, random);
  }

  String render(Template template) {
    return render(template.text());
  }

  String render(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c != '{') {
        out.append(c);
        i++;
        continue;
      }
      int close = text.indexOf('}', i);
      if (close < 0) {
        throw new IllegalArgumentException("Unclosed placeholder in demo template '" + text + "'");
      }
      out.append(fill(text.substring(i + 1, close), text));
      i = close + 1;
    }
    return out.toString();
  }

  private String fill(String name, String text) {
    if (name.startsWith("m:")) {
      return ministries.name(name.substring(2));
    }
    if (name.startsWith("联合:")) {
      List<String> keys = Arrays.asList(name.substring(3).split(","));
      return ministries.joint(keys);
    }
    return switch (name) {
      case "省" -> province;
      case "市" -> city;
      case "企" -> company;
      case "行业" -> industry;
      case "N" -> Integer.toString(3 + random.nextInt(58));
      case "M" -> Integer.toString(100 + random.nextInt(900));
      case "K" -> Integer.toString(1200 + 100 * random.nextInt(87));
      case "P" -> decimal(50 + random.nextInt(301));
      case "p" -> decimal(10 + random.nextInt(90));
      case "Q" -> decimal(600 + random.nextInt(381));
      case "D" -> Integer.toString(1 + random.nextInt(9));
      case "年" -> Integer.toString(issueDate.getYear());
      case "年+1" -> Integer.toString(issueDate.getYear() + 1);
      case "年+2" -> Integer.toString(issueDate.getYear() + 2);
      case "月" -> Integer.toString(issueDate.minusMonths(1).getMonthValue());
      case "日" -> eventDate.getMonthValue() + "月" + eventDate.getDayOfMonth() + "日";
      default -> throw new IllegalArgumentException(
          "Unknown placeholder {" + name + "} in demo template '" + text + "'");
    };
  }

  /** Tenths as text: 125 → 12.5. */
  private static String decimal(int tenths) {
    return tenths / 10 + "." + tenths % 10;
  }
}
