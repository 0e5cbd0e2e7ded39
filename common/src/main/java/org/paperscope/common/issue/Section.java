package org.paperscope.common.issue;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of paragraphs under one sub-heading (or under the headline). Repairs never join or
 * de-duplicate across sections. Captions, markers and repair counts belong to the section, so
 * they travel with it when a stray fragment is stitched into another article.
 */
final class Section {
  final String subheading;
  /** Opened after the article had already ended with its author tag: maybe a stray fragment. */
  final boolean stray;
  final List<Paragraph> paragraphs = new ArrayList<>();
  final List<String> captions = new ArrayList<>();
  Integer continuedToPage;
  Integer continuedFromPage;
  int breaksRepaired;
  int duplicatesRemoved;
  int boilerplateRemoved;
  /** The next paragraph follows an image caption (a sign of a page-layout break). */
  boolean captionPending;

  Section(String subheading, boolean stray) {
    this.subheading = subheading;
    this.stray = stray;
  }

  void addParagraph(String text) {
    paragraphs.add(new Paragraph(text, captionPending));
    captionPending = false;
  }

  void addCaption(String caption) {
    captions.add(caption);
    captionPending = true;
  }

  /** Adds the other section's captions, markers and counts to this one. */
  void absorbCountsOf(Section other) {
    captions.addAll(other.captions);
    if (other.continuedToPage != null) {
      continuedToPage = other.continuedToPage;
    }
    if (continuedFromPage == null) {
      continuedFromPage = other.continuedFromPage;
    }
    breaksRepaired += other.breaksRepaired;
    duplicatesRemoved += other.duplicatesRemoved;
    boilerplateRemoved += other.boilerplateRemoved;
  }
}
