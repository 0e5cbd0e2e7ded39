package org.paperscope.common.issue;

import java.util.List;

/** The articles of one issue and the layout they were read with. */
public record ParsedIssue(Layout layout, List<Article> articles) {
  public ParsedIssue {
    articles = List.copyOf(articles);
  }
}
