package org.paperscope.common.gazetteer;

import org.paperscope.common.match.ArticleText.Section;

/**
 * One confirmed mention of a body in an article.
 *
 * @param ministry      the body the name means on the issue date
 * @param surface       the name as written (工信部)
 * @param unit          the sub-unit named right after it (装备工业司), or null
 * @param kind          how the body is named (name, alias, title, unit, historical, planned)
 * @param section       headline, sub-heading or body
 * @param sectionIndex  which sub-heading (0 otherwise)
 * @param sentenceIndex the article's sentence the mention is in (see {@link ArticleMinistries})
 * @param start         offset of the name in its (normalized) section
 * @param end           offset after the name
 */
public record MinistryMention(Ministry ministry, String surface, String unit, MentionKind kind,
    Section section, int sectionIndex, int sentenceIndex, int start, int end) {}
