package org.paperscope.common.gazetteer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How a mention names its body ({@code ministry_mentions.mention_kind}). Which kinds count for
 * co-occurrence is a setting ({@code ministries.cooccurrence.kinds}); by default names, aliases
 * and units count, titles, historical and planned mentions do not.
 */
public enum MentionKind {
  /** The canonical name: 工业和信息化部. */
  NAME,
  /** Another name of the gazetteer: 工信部. */
  ALIAS,
  /** A person named by a post of the body: 外交部长王毅, 全国人大常委会委员长, 全国政协委员. */
  TITLE,
  /** A sub-unit named right after the body: 工业和信息化部装备工业司. */
  UNIT,
  /**
   * A name whose body no longer existed on the issue date (卫生部 in 2024, 银保监会 after
   * 2023-05-18): history talk, or a foreign body the rules did not catch; never its successor.
   */
  HISTORICAL,
  /** A name whose body did not exist yet on the issue date (国家数据局 in March 2023). */
  PLANNED;

  /** The published value: the lower-case name (name, alias, title, unit, historical, planned). */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The kind with this published value; fails naming the value and the known ones. */
  public static MentionKind fromCode(String code) {
    for (MentionKind k : values()) {
      if (k.code().equals(code.trim())) {
        return k;
      }
    }
    throw new IllegalArgumentException("Unknown mention kind '" + code + "', expected one of "
        + String.join(", ", codes()));
  }

  /** Every published value, in declaration order. */
  public static List<String> codes() {
    return Arrays.stream(values()).map(MentionKind::code).toList();
  }
}
