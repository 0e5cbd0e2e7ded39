package org.paperscope.common.issue;

import java.util.ArrayList;
import java.util.List;

/**
 * Puts a stray fragment back where it belongs. Page extraction sometimes moves a sub-headed part
 * of an article to the end of another one: in the seed, {@code ### “碳硅融合创新” 打开新思路}
 * follows the author tag of the last article and ends {@code 与每一位路}, while the 5G-A article
 * goes on, after an image caption, with {@code 过的观众互动……}.
 *
 * <p>A section is stray when it starts after its article's author tag and its last paragraph
 * ends mid-sentence. Its home is a paragraph that follows an image caption (where the page
 * layout broke), whose previous paragraph ends a sentence, in another article that has no author
 * tag (it goes on elsewhere). The fragment moves only when exactly one such place exists; it is
 * inserted before that paragraph, and the ordinary break repair then joins {@code 路} +
 * {@code 过的}. Otherwise it stays where it was.
 */
final class FragmentStitcher {
  private FragmentStitcher() {}

  static void stitch(List<Draft> drafts) {
    for (Draft host : drafts) {
      for (Section stray : new ArrayList<>(host.sections)) {
        if (!stray.stray || stray.paragraphs.isEmpty()) {
          continue;
        }
        String last = stray.paragraphs.get(stray.paragraphs.size() - 1).text();
        List<Place> places = placesFor(drafts, host, last);
        if (places.size() == 1) {
          move(host, stray, places.get(0));
        }
      }
    }
  }

  private record Place(Draft draft, Section section, int index) {}

  private static List<Place> placesFor(List<Draft> drafts, Draft host, String strayEnd) {
    List<Place> places = new ArrayList<>();
    for (Draft draft : drafts) {
      if (draft == host || draft.closedByAuthorTag()) {
        continue;
      }
      for (Section section : draft.sections) {
        List<Paragraph> paragraphs = section.paragraphs;
        for (int i = 1; i < paragraphs.size(); i++) {
          Paragraph candidate = paragraphs.get(i);
          String previous = paragraphs.get(i - 1).text();
          if (candidate.afterCaption() && !ParagraphRepairs.isCut(previous, candidate.text())
              && ParagraphRepairs.isCut(strayEnd, candidate.text())) {
            places.add(new Place(draft, section, i));
          }
        }
      }
    }
    return places;
  }

  /** The stray section takes the place's paragraph and everything after it in that section. */
  private static void move(Draft host, Section stray, Place place) {
    host.sections.remove(stray);
    Section moved = new Section(stray.subheading, false);
    moved.paragraphs.addAll(stray.paragraphs);
    List<Paragraph> tail = place.section().paragraphs.subList(place.index(), place.section().paragraphs.size());
    moved.paragraphs.addAll(tail);
    tail.clear();
    moved.absorbCountsOf(stray);
    if (place.section().continuedToPage != null) {
      // the continuation marker ended the paragraphs that moved
      moved.continuedToPage = place.section().continuedToPage;
      place.section().continuedToPage = null;
    }
    List<Section> sections = place.draft().sections;
    sections.add(sections.indexOf(place.section()) + 1, moved);
  }
}
