package org.paperscope.common.input.formats;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.paperscope.common.input.RejectReason;
import org.paperscope.common.input.RejectedInputException;
import org.paperscope.common.issue.ArticleParts;

/**
 * Reads an RSS 2.0 or Atom feed of one issue: one article per {@code <item>} / {@code <entry>}.
 * The item title may carry page and section ({@code [01版：要闻] 国务院常务会议…}); the article
 * itself is the HTML in {@code content:encoded}, Atom {@code <content>}, {@code <description>} or
 * {@code <summary>} (first found in that order), read by {@link HtmlArticles}.
 *
 * <p>The JDK's own StAX parser is used with DTDs and external entities off, and a feed with a
 * DOCTYPE is refused outright ({@code unsafe_markup}): that is where entity bombs and external
 * entities live, and a real feed needs none. {@code pubDate} / {@code updated} are not the issue
 * date (a feed is often posted the evening before): the page line in the body or the path is.
 */
final class FeedReader {
  private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
  /** [01版：要闻] / 【第01版:要闻】 / [A3版] before the headline. */
  private static final Pattern TITLE_PAGE = Pattern.compile(
      "^\\s*[\\[【]\\s*第?\\s*[A-Za-z]?\\s*([0-9]{1,3})\\s*版\\s*(?:[：:]\\s*([^\\]】]*?))?\\s*[\\]】]\\s*");

  private FeedReader() {}

  static SourceRead read(String text, String encoding, InputFormat expected) throws RejectedInputException {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    XMLStreamReader xml = null;
    try {
      // Decoded already (BOM, GB18030, gzip): a declared encoding="GB2312" cannot mislead the parser.
      xml = factory.createXMLStreamReader(new StringReader(text));
      List<SourceItem> items = new ArrayList<>();
      InputFormat format = null;
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
          throw new RejectedInputException(RejectReason.UNSAFE_MARKUP,
              "the feed declares a DOCTYPE; DTDs are refused (entity expansion, external entities)");
        }
        if (event != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String name = xml.getLocalName();
        if (format == null) {
          format = rootFormat(name);
          continue;
        }
        if ((format == InputFormat.RSS && name.equals("item")) || (format == InputFormat.ATOM && name.equals("entry"))) {
          items.add(item(readItem(xml), items.size() + 1));
        }
      }
      if (format == null) {
        throw new RejectedInputException(RejectReason.MALFORMED, "no root element (read as " + expected.code() + ")");
      }
      return new SourceRead(format, encoding, items, List.of());
    } catch (XMLStreamException e) {
      Location at = e.getLocation();
      String where = at == null ? "" : "line " + at.getLineNumber() + " column " + at.getColumnNumber() + ": ";
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      // The JDK prefixes its own "ParseError at [row,col]:" line; keep only the explanation.
      int newline = message.lastIndexOf('\n');
      throw new RejectedInputException(message.contains("DOCTYPE") || message.contains("entity")
          ? RejectReason.UNSAFE_MARKUP : RejectReason.MALFORMED,
          "not a well-formed feed: " + where + (newline >= 0 ? message.substring(newline + 1) : message).strip());
    } finally {
      close(xml);
    }
  }

  private static InputFormat rootFormat(String root) throws RejectedInputException {
    switch (root) {
      case "rss":
      case "RDF":
        return InputFormat.RSS;
      case "feed":
        return InputFormat.ATOM;
      default:
        throw new RejectedInputException(RejectReason.MALFORMED,
            "root element <" + root + "> is neither an RSS <rss> nor an Atom <feed>");
    }
  }

  /** The text (or inner markup) of each child of an item, by name; repeated children keep the first. */
  private static Map<String, String> readItem(XMLStreamReader xml) throws XMLStreamException {
    Map<String, String> fields = new HashMap<>();
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String key = key(xml);
        String value;
        if (key.equals("link") && xml.getAttributeValue(null, "href") != null) {
          String rel = xml.getAttributeValue(null, "rel");
          value = rel == null || rel.equals("alternate") ? xml.getAttributeValue(null, "href") : null;
          skip(xml);
        } else if (key.equals("category") && xml.getAttributeValue(null, "term") != null) {
          value = xml.getAttributeValue(null, "term");
          skip(xml);
        } else {
          value = innerMarkup(xml);
        }
        if (value != null) {
          fields.putIfAbsent(key, value);
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    return fields;
  }

  private static String key(XMLStreamReader xml) {
    String name = xml.getLocalName();
    return CONTENT_NS.equals(xml.getNamespaceURI()) && name.equals("encoded") ? "content:encoded" : name;
  }

  /**
   * The element's content: its text, or, when it has child elements (Atom {@code type="xhtml"},
   * {@code <author><name>}), the children written back as markup.
   */
  private static String innerMarkup(XMLStreamReader xml) throws XMLStreamException {
    StringBuilder out = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          depth++;
          out.append('<').append(xml.getLocalName()).append('>');
        }
        case XMLStreamConstants.END_ELEMENT -> {
          depth--;
          if (depth > 0) {
            out.append("</").append(xml.getLocalName()).append('>');
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
            out.append(depth > 1 ? escape(xml.getText()) : xml.getText());
        default -> {
          // comments and processing instructions are not content
        }
      }
    }
    return out.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static void skip(XMLStreamReader xml) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private static SourceItem item(Map<String, String> fields, int position) {
    String title = text(fields.get("title"));
    Integer titlePage = null;
    String titleSection = null;
    if (title != null) {
      Matcher m = TITLE_PAGE.matcher(title);
      if (m.find()) {
        titlePage = Integer.valueOf(m.group(1));
        titleSection = m.group(2) == null || m.group(2).isBlank() ? null : m.group(2).strip();
        title = title.substring(m.end()).strip();
      }
    }
    String html = first(fields, "content:encoded", "content", "description", "summary");
    HtmlArticles.HtmlArticle body = null;
    if (html != null) {
      List<HtmlArticles.HtmlArticle> read = HtmlArticles.read(html.indexOf('<') < 0 ? plainToHtml(html) : html);
      body = read.isEmpty() ? null : read.get(0);
    }
    String headline = body != null && body.headline() != null && !body.headline().isBlank() && hasHeadline(html)
        ? body.headline() : title;
    Integer page = body != null && body.page() != null ? body.page() : titlePage;
    String section = titleSection != null ? titleSection
        : body != null && body.section() != null ? body.section() : text(fields.get("category"));
    String author = text(first(fields, "creator", "author"));
    if (author != null && author.contains("<name>")) {
      author = author.replaceAll("(?s).*<name>(.*?)</name>.*", "$1").strip();
    }
    ArticleParts parts = new ArticleParts(headline, body == null ? null : body.kicker(),
        body == null ? null : body.subtitle(), body == null ? List.of() : body.paragraphs(), page, section,
        text(first(fields, "link", "guid")), null, author);
    return new SourceItem(position, parts, body == null ? null : body.date());
  }

  private static boolean hasHeadline(String html) {
    return html.contains("<h1") || html.contains("<H1");
  }

  private static String plainToHtml(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\r?\n|\r")) {
      out.append("<p>").append(escape(line)).append("</p>");
    }
    return out.toString();
  }

  private static String first(Map<String, String> fields, String... keys) {
    for (String key : keys) {
      String value = fields.get(key);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static void close(XMLStreamReader xml) {
    if (xml == null) {
      return;
    }
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // Closing an in-memory reader releases nothing; the read's own outcome stands.
    }
  }
}
