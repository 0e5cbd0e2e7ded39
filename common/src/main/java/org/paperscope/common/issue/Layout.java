package org.paperscope.common.issue;

import java.util.Locale;

/** How an issue file marks its articles. */
public enum Layout {
  /** Printed newspaper (the seed): `## ` starts an article, `### ` is a sub-heading. */
  NEWSPAPER,
  /** Broadcast transcript (新闻联播): stories are `### ` under `## 详细新闻`. */
  BROADCAST;

  /** The lower-case name used in config files and in the published `layout` column. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a config value such as {@code newspaper}; fails naming the bad value. */
  public static Layout fromCode(String code) {
    for (Layout layout : values()) {
      if (layout.code().equals(code.trim().toLowerCase(Locale.ROOT))) {
        return layout;
      }
    }
    throw new IllegalArgumentException(
        "Unknown layout '" + code + "': expected one of newspaper, broadcast");
  }
}
