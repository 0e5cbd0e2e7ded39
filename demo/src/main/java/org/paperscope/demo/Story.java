package org.paperscope.demo;

import java.util.List;

/**
 * One composed article before a layout writer prints it.
 *
 * @param themeId      the theme it was drawn from
 * @param headline     the main headline (newspapers print only this)
 * @param headlineTail the second half broadcasts print after a space, or empty
 * @param paragraphs   body paragraphs, each ending with terminal punctuation
 * @param caption      an image caption without 图为, or null
 */
record Story(String themeId, String headline, String headlineTail, List<String> paragraphs,
    String caption) {

  Story {
    paragraphs = List.copyOf(paragraphs);
  }

  /** The broadcast form: main and tail separated by a space, like 新闻联播 headlines. */
  String fullHeadline() {
    return headlineTail.isEmpty() ? headline : headline + " " + headlineTail;
  }
}
