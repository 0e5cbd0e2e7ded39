package org.paperscope.common.match;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The analyst-editable list of topics and their variants ({@code conf/terms/topics.txt}), parsed
 * on the driver and shipped to executors as this small serializable value. It is also the key of
 * the per-JVM matcher and tokenizer caches, so two runs with the same content share them.
 *
 * <p>Format, one topic per line (documented in the file header):
 *
 * <pre>
 * # comment
 * 内卷: 内卷, 内卷式, 内卷化, 反内卷
 * 新质生产力                      (no colon: one variant, the topic itself)
 * 人工智能：人工智能，AI、AIGC      (full-width colon and commas, 、 also separate)
 * </pre>
 *
 * <p>Variants are normalized like article text (full-width forms folded to ASCII). Each variant may
 * appear once in the file, compared case-insensitively for Latin letters.
 *
 * @param sourceName where the content came from, for error messages (a path or resource name)
 * @param content    the raw file content; {@link #contentHash()} is computed from it
 * @param topics     the parsed topics in file order
 */
public record TermList(String sourceName, String content, List<Topic> topics)
    implements Serializable {

  /**
   * One topic line.
   *
   * @param name     the topic label
   * @param variants the normalized variants, in the order listed
   * @param line     the 1-based line number in the source
   */
  public record Topic(String name, List<String> variants, int line) implements Serializable {
    public Topic {
      Objects.requireNonNull(name, "name");
      variants = List.copyOf(variants);
    }
  }

  public TermList {
    Objects.requireNonNull(sourceName, "sourceName");
    Objects.requireNonNull(content, "content");
    topics = List.copyOf(topics);
  }

  /** Characters a variant may not contain: they end the sentence the token check looks at. */
  private static final String FORBIDDEN = "。！？!?；;\n\r\t";

  /**
   * Parses a term list.
   *
   * @param content    the file content (UTF-8 text, a leading BOM is ignored)
   * @param sourceName the file or resource name, quoted in error messages
   * @throws IllegalArgumentException {@code "Cannot read term list line 12: ..."} for a bad line
   */
  public static TermList parse(String content, String sourceName) {
    Objects.requireNonNull(content, "content");
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    List<Topic> topics = new ArrayList<>();
    Map<String, Integer> topicLines = new LinkedHashMap<>();
    Map<String, String> variantOwners = new LinkedHashMap<>();
    Map<String, Integer> variantLines = new LinkedHashMap<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      int lineNo = i + 1;
      String line = stripComment(lines[i]).strip();
      if (line.isEmpty()) {
        continue;
      }
      Topic topic = parseLine(line, lineNo, sourceName);
      Integer previous = topicLines.putIfAbsent(topic.name(), lineNo);
      if (previous != null) {
        throw error(lineNo, sourceName, "topic '" + topic.name()
            + "' is already defined on line " + previous);
      }
      for (String variant : topic.variants()) {
        String key = TermMatcher.foldCase(variant);
        String owner = variantOwners.putIfAbsent(key, topic.name());
        if (owner != null) {
          throw error(lineNo, sourceName, "variant '" + variant + "' is already listed under topic '"
              + owner + "' on line " + variantLines.get(key));
        }
        variantLines.put(key, lineNo);
      }
      topics.add(topic);
    }
    return new TermList(sourceName, content, topics);
  }

  private static Topic parseLine(String line, int lineNo, String sourceName) {
    int colon = indexOfAny(line, ":：");
    String name;
    List<String> variants = new ArrayList<>();
    if (colon < 0) {
      name = MatchText.normalize(line).strip();
      variants.add(name);
    } else {
      name = MatchText.normalize(line.substring(0, colon)).strip();
      if (name.isEmpty()) {
        throw error(lineNo, sourceName, "missing topic name before ':' in '" + line + "'");
      }
      String rest = line.substring(colon + 1);
      if (rest.isBlank()) {
        throw error(lineNo, sourceName, "no variants after ':' in '" + line + "'");
      }
      for (String part : rest.split("[,，、]", -1)) {
        String variant = MatchText.normalize(part).strip();
        if (variant.isEmpty()) {
          throw error(lineNo, sourceName, "empty variant in '" + line + "'");
        }
        if (variants.stream().anyMatch(v -> TermMatcher.foldCase(v).equals(
            TermMatcher.foldCase(variant)))) {
          throw error(lineNo, sourceName, "variant '" + variant + "' is listed twice in '"
              + line + "'");
        }
        variants.add(variant);
      }
    }
    for (String variant : variants) {
      if (indexOfAny(variant, FORBIDDEN) >= 0 || indexOfAny(variant, ":：") >= 0) {
        throw error(lineNo, sourceName, "variant '" + variant
            + "' contains a sentence delimiter, tab or second colon");
      }
    }
    return new Topic(name, variants, lineNo);
  }

  private static String stripComment(String line) {
    int hash = line.indexOf('#');
    return hash < 0 ? line : line.substring(0, hash);
  }

  private static int indexOfAny(String s, String chars) {
    for (int i = 0; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static IllegalArgumentException error(int lineNo, String sourceName, String why) {
    return new IllegalArgumentException(
        "Cannot read term list line " + lineNo + ": " + why + " (" + sourceName + ")");
  }

  /** Every listed variant with its topic, in file order. */
  public List<TopicTerm> terms() {
    List<TopicTerm> terms = new ArrayList<>();
    for (Topic topic : topics) {
      for (String variant : topic.variants()) {
        terms.add(new TopicTerm(topic.name(), variant));
      }
    }
    return terms;
  }

  /** Surface form to payload, the dictionary a {@link TermMatcher} is built from. */
  public Map<String, TopicTerm> dictionary() {
    Map<String, TopicTerm> dictionary = new LinkedHashMap<>();
    for (TopicTerm term : terms()) {
      dictionary.put(term.term(), term);
    }
    return dictionary;
  }

  /** Every variant, for a tokenizer's custom dictionary. */
  public List<String> variants() {
    return terms().stream().map(TopicTerm::term).toList();
  }

  /** Lower-case hex SHA-256 of {@link #content()} (UTF-8): identifies the list in logs and runs. */
  public String contentHash() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(content.getBytes(StandardCharsets.UTF_8)))
          .toLowerCase(Locale.ROOT);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available in this JVM", e);
    }
  }
}
