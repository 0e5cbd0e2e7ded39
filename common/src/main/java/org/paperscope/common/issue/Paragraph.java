package org.paperscope.common.issue;

/**
 * One paragraph of body text, already normalized.
 *
 * @param text         the paragraph, author tag still attached
 * @param afterCaption it directly follows an image caption
 */
record Paragraph(String text, boolean afterCaption) {
  Paragraph withText(String newText) {
    return new Paragraph(newText, afterCaption);
  }
}
