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
 * @param refused       candidates turned away, with the reason (for checking the rules)
 */
public record ArticleMinistries(List<MinistryMention> mentions, int sentenceCount,
    List<Refusal> refused) {

  public ArticleMinistries {
    mentions = List.copyOf(mentions);
    refused = List.copyOf(refused);
  }

  /**
   * A candidate name that was not counted.
   *
   * @param surface the name as written
   * @param reason  {@code boundary} (the segmenter cut through it: 财政部门), {@code generic}
   *                (X部 + 门), {@code prefix} (a foreign or local prefix: 美国财政部, 省发改委)
   * @param context the tokens or prefix that decided it
   */
  public record Refusal(String surface, String reason, String context) {}
}
