package org.paperscope.common.gazetteer;

import java.util.List;

/**
 * What the detector found in one article.
 *
 * <p>Sentences are numbered from 0 across the article: the headline (one sentence when it is not
 * blank), then each sub-heading, then the sentences of the body ({@link Sentences}).
 *
 * @param mentions      confirmed mentions in text order (headline, sub-headings, body)
 * @param sentenceCount the number of sentences of the article, with or without a mention
 * @param refused       candidates turned away, with the reason (for checking the rules), in text
 *                      order
 */
public record ArticleMinistries(List<MinistryMention> mentions, int sentenceCount,
    List<Refusal> refused) {

  public ArticleMinistries {
    mentions = List.copyOf(mentions);
    refused = List.copyOf(refused);
  }

  /** Why a candidate name was not counted ({@code ministry_refusals.reason}). */
  public static final class Reasons {
    /** The segmenter cut through the name: 财政|部门. */
    public static final String BOUNDARY = "boundary";
    /** X部 + 门: the generic "X departments" (各地财政部门). */
    public static final String GENERIC = "generic";
    /** A foreign prefix or foreign place right before it: 美国财政部, 以国防部长, 卡塔尔等国外交部. */
    public static final String FOREIGN = "foreign";
    /** A local prefix or a Chinese place right before it: 省发改委, 北京市发改委, 各地国资委. */
    public static final String LOCAL = "local";
    /** A name foreign states share, in a sentence about a foreign state: 以色列总理和国防部长. */
    public static final String FOREIGN_CONTEXT = "foreign_context";
    /** A bare repeat of a name the same article used for a foreign body: 俄罗斯国防部 … 国防部会议. */
    public static final String FOREIGN_REPEAT = "foreign_repeat";

    private Reasons() {}
  }

  /**
   * A candidate name that was not counted.
   *
   * @param surface the name as written
   * @param reason  one of {@link Reasons}
   * @param context what decided it: the tokens (boundary), the prefix token and its tag
   *                (foreign, local), the cue found in the sentence (foreign_context)
   * @param snippet the text around the candidate, the name in [brackets]
   */
  public record Refusal(String surface, String reason, String context, String snippet) {}
}
