package org.paperscope.jobs.articles;

import java.io.Serializable;
import org.paperscope.common.issue.ParserSettings;

/** What executors need to read and parse files: plain values, safe to ship. */
public record ParseSettings(ParserSettings parser, long maxFileBytes) implements Serializable {}
