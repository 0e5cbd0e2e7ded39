package org.paperscope.common.input.formats;

import java.time.LocalDate;
import org.paperscope.common.input.RejectReason;

/**
 * One article of a file that was dropped, with the reason.
 *
 * @param item     1-based position in the file
 * @param date     the date it would have had, or null when unknown
 * @param reason   why
 * @param detail   what was found, naming the headline or the value
 */
public record ItemReject(int item, LocalDate date, RejectReason reason, String detail) {}
