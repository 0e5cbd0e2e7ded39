package org.paperscope.common.input;

import java.time.LocalDate;

/** One row of an input manifest CSV: {@code path,date,publication,edition}. */
public record ManifestEntry(String path, LocalDate date, String publication, String edition) {}
