package org.paperscope.common.input.formats;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Reads articles out of HTML with jsoup: a whole page (one article, or an issue page of several)
 * or the body of a feed item. {@code <h1>} starts an article; an {@code <h3>} right before it is
 * the kicker (引题) and an {@code <h2>} right after it the subtitle (副题); later headings are
 * sub-headings. A line such as {@code 《××日报》（2025年03月08日 第 01 版）} gives the date and the
 * page of the articles it belongs to and is not body text. Comments, {@code <style>},
 * {@code <script>} and navigation chrome ({@code <nav>}, {@code <header>}, {@code <footer>}) are
 * never text; {@code <br>} breaks a line.
 */
public final class HtmlArticles {
  /** 《人民日报》（2025年03月08日 第 01 版） or 《××日报》(2025年3月8日第1版：要闻). */
  private static final Pattern PAGE_LINE = Pattern.compile(
      "《[^》]{1,30}》\\s*[（(]\\s*([0-9]{4})\\s*年\\s*([0-9]{1,2})\\s*月\\s*([0-9]{1,2})\\s*日\\s*"
      + "(?:第\\s*([0-9]{1,3})\\s*版)?\\s*(?:[：:]\\s*([^）)]{1,20}?))?\\s*[)）]");
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "li", "ul", "ol", "dl", "dt", "dd", "table", "tbody", "thead", "tr", "td", "th",
      "blockquote", "pre", "section", "article", "main", "aside", "figure", "figcaption", "center",
      "h1", "h2", "h3", "h4", "h5", "h6", "hr", "form", "body", "html");
  private static final Set<String> SKIPPED = Set.of(
      "script", "style", "noscript", "template", "nav", "header", "footer", "head", "iframe", "svg", "select",
      "button");

  private HtmlArticles() {}

  /**
   * One article read from HTML.
   *
   * @param kicker     引题, or null
   * @param headline   the {@code <h1>} (or the page {@code <title>} when there is none), or null
   * @param subtitle   副题, or null
   * @param paragraphs body lines in order; sub-headings are given as {@code **bold**} lines
   * @param page       page from the page line, or null
   * @param section    section named in the page line ({@code 第 01 版：要闻}), or null
   * @param date       date from the page line, or null
   */
  public record HtmlArticle(String kicker, String headline, String subtitle, List<String> paragraphs,
      Integer page, String section, LocalDate date) {}

  /** A page or a fragment: every article in it, in order (none when it has no text). */
  public static List<HtmlArticle> read(String html) {
    Document document = Jsoup.parse(html);
    List<Block> blocks = new ArrayList<>();
    collect(document.body(), blocks);
    String title = document.title().isBlank() ? null : document.title().strip();
    return assemble(blocks, title);
  }

  private record Block(String tag, String text) {}

  /** Leaf blocks in document order; inline runs between nested blocks become blocks of their own. */
  private static void collect(Element element, List<Block> out) {
    StringBuilder run = new StringBuilder();
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode text) {
        run.append(inlineText(text.getWholeText(), isPre(element)));
      } else if (child instanceof Element el) {
        String tag = el.normalName();
        if (SKIPPED.contains(tag)) {
          continue;
        }
        if (tag.equals("br")) {
          run.append('\n');
        } else if (BLOCKS.contains(tag)) {
          flush(element.normalName(), run, out);
          if (hasBlockChild(el)) {
            collect(el, out);
          } else {
            StringBuilder own = new StringBuilder();
            appendInline(el, own, tag.equals("pre"));
            flush(tag, own, out);
          }
        } else {
          appendInline(el, run, false);
        }
      }
    }
    flush(element.normalName(), run, out);
  }

  private static boolean hasBlockChild(Element element) {
    for (Element child : element.children()) {
      String tag = child.normalName();
      if (BLOCKS.contains(tag) || (!SKIPPED.contains(tag) && hasBlockChild(child))) {
        return true;
      }
    }
    return false;
  }

  private static void appendInline(Element element, StringBuilder out, boolean pre) {
    for (Node child : element.childNodes()) {
      if (child instanceof TextNode text) {
        out.append(inlineText(text.getWholeText(), pre));
      } else if (child instanceof Element el && !SKIPPED.contains(el.normalName())) {
        if (el.normalName().equals("br")) {
          out.append('\n');
        } else {
          appendInline(el, out, pre || el.normalName().equals("pre"));
        }
      }
    }
  }

  private static boolean isPre(Element element) {
    return element.normalName().equals("pre");
  }

  /** Source line breaks and &#13; inside a paragraph are white space in HTML, not line breaks. */
  private static String inlineText(String text, boolean pre) {
    return pre ? text.replace('\r', '\n') : text.replace('\r', ' ').replace('\n', ' ');
  }

  private static void flush(String tag, StringBuilder run, List<Block> out) {
    String text = run.toString();
    run.setLength(0);
    if (!text.isBlank()) {
      out.add(new Block(tag, text));
    }
  }

  private static List<HtmlArticle> assemble(List<Block> blocks, String title) {
    List<HtmlArticle> articles = new ArrayList<>();
    boolean anyHeadline = blocks.stream().anyMatch(block -> block.tag().equals("h1"));
    PageLine pageLine = null;
    Builder current = anyHeadline ? null : new Builder(title);
    for (int i = 0; i < blocks.size(); i++) {
      Block block = blocks.get(i);
      PageLine found = PageLine.of(block.text());
      if (found != null) {
        pageLine = found;
        if (current != null && current.pageLine == null) {
          current.pageLine = found;
        }
        continue;
      }
      String tag = block.tag();
      boolean nextIsHeadline = i + 1 < blocks.size() && blocks.get(i + 1).tag().equals("h1");
      if (tag.equals("h1")) {
        if (current != null) {
          articles.add(current.build());
        }
        current = new Builder(block.text().strip());
        current.pageLine = pageLine;
        if (i > 0 && blocks.get(i - 1).tag().equals("h3") && current.kicker == null) {
          current.kicker = blocks.get(i - 1).text().strip();
        }
      } else if (tag.equals("h3") && nextIsHeadline) {
        // the kicker of the next article, taken when its <h1> opens
      } else if (current == null) {
        // masthead or navigation text before the first article
      } else if (tag.equals("h2") && current.paragraphs.isEmpty() && current.subtitle == null && current.headlineSet) {
        current.subtitle = block.text().strip();
      } else if (tag.matches("h[2-6]")) {
        current.paragraphs.add("**" + block.text().strip() + "**");
      } else {
        current.paragraphs.add(block.text());
      }
    }
    if (current != null && (current.headlineSet || !current.paragraphs.isEmpty())) {
      articles.add(current.build());
    }
    return articles;
  }

  private static final class Builder {
    final String headline;
    final boolean headlineSet;
    String kicker;
    String subtitle;
    PageLine pageLine;
    final List<String> paragraphs = new ArrayList<>();

    Builder(String headline) {
      this.headline = headline;
      this.headlineSet = headline != null && !headline.isBlank();
    }

    HtmlArticle build() {
      return new HtmlArticle(kicker, headline, subtitle, paragraphs,
          pageLine == null ? null : pageLine.page(), pageLine == null ? null : pageLine.section(),
          pageLine == null ? null : pageLine.date());
    }
  }

  /** The date, page and section of a page line, when the whole block is one. */
  record PageLine(LocalDate date, Integer page, String section) {
    static PageLine of(String text) {
      String line = org.paperscope.common.text.TextNormalizer.clean(text).strip();
      if (line.isEmpty() || line.charAt(0) != '《') {
        return null;
      }
      Matcher m = PAGE_LINE.matcher(line);
      if (!m.matches()) {
        return null;
      }
      LocalDate date;
      try {
        date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      } catch (DateTimeException e) {
        // 《××日报》（2025年02月30日 …）: not a date, so not a page line either; it stays text.
        return null;
      }
      Integer page = m.group(4) == null ? null : Integer.valueOf(m.group(4));
      String section = m.group(5) == null ? null : m.group(5).strip();
      return new PageLine(date, page, section);
    }
  }
}
