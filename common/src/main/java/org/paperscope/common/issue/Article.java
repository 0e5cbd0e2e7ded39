package org.paperscope.common.issue;

import java.util.List;

/**
 * One article cut out of an issue, after repairs. Counts of each repair are kept so that the
 * published table stays auditable.
 *
 * @param seq                1-based position of the article in its issue
 * @param headline           normalized headline (`## ` in newspapers, `### ` in broadcasts)
 * @param subheadings        `### ` sub-headings inside a newspaper article, in order
 * @param leadType           the lead marker without asterisks (本报讯, 本报记者, 央视网消息, …); for a
 *                           dateline lead the source it names (本报, 新华社 …, see {@code dateline}); or null
 * @param reporters          names from bylines such as **本报记者 张琪玮**, in order
 * @param authorTag          the closing tag such as (耀文) without brackets, or null
 * @param body               the repaired body text, paragraphs joined by '\n'
 * @param captions           image captions (图为…) moved out of the body
 * @param page               page number when the source tells it, else null
 * @param continuedToPage    N from (下转第N版), else null
 * @param continuedFromPage  N from (上接第N版), else null
 * @param breaksRepaired     paragraphs re-joined across a page break
 * @param duplicatesRemoved  page-overlap duplicate paragraphs dropped
 * @param boilerplateRemoved ad / promotional lines dropped
 * @param section            the paper's section (要闻, 评论, 国际 …) when the source tells it, else null
 * @param kicker             the 引题 above the headline (feeds, HTML pages, records), else null
 * @param subtitle           the 副题 below the headline (feeds, HTML pages, records), else null
 * @param url                the article's address when the source has one, else null
 * @param dateline           the dateline that opens the text (本报北京3月7日电, 新华社北京3月7日电), else null
 */
public record Article(
    int seq,
    String headline,
    List<String> subheadings,
    String leadType,
    List<String> reporters,
    String authorTag,
    String body,
    List<String> captions,
    Integer page,
    Integer continuedToPage,
    Integer continuedFromPage,
    int breaksRepaired,
    int duplicatesRemoved,
    int boilerplateRemoved,
    String section,
    String kicker,
    String subtitle,
    String url,
    String dateline) {

  public Article {
    subheadings = List.copyOf(subheadings);
    reporters = List.copyOf(reporters);
    captions = List.copyOf(captions);
  }

  /** The same article at another position in its issue. */
  public Article withSeq(int newSeq) {
    return new Article(newSeq, headline, subheadings, leadType, reporters, authorTag, body, captions, page,
        continuedToPage, continuedFromPage, breaksRepaired, duplicatesRemoved, boilerplateRemoved, section, kicker,
        subtitle, url, dateline);
  }

  /** Length of the body in Unicode code points (one per Chinese character). */
  public int charCount() {
    return body.codePointCount(0, body.length());
  }
}
