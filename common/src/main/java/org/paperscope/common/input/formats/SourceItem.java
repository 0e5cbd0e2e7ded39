package org.paperscope.common.input.formats;

import java.time.LocalDate;
import org.paperscope.common.issue.ArticleParts;

/**
 * One article as an adapter read it, before the parser's rules.
 *
 * @param item  1-based position in the file (item, entry, record, row)
 * @param parts the raw fields
 * @param date  the issue date the item itself names (record field, page dateline), or null
 */
public record SourceItem(int item, ArticleParts parts, LocalDate date) {}
