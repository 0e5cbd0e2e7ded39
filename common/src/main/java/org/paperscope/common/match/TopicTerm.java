package org.paperscope.common.match;

import java.io.Serializable;
import java.util.Objects;

/**
 * One listed variant of a topic: the payload the trends matcher attaches to every hit.
 *
 * @param topic the topic label (column {@code topic}), e.g. 内卷
 * @param term  the variant as listed, after normalization (column {@code term}), e.g. 内卷式
 */
public record TopicTerm(String topic, String term) implements Serializable {
  public TopicTerm {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(term, "term");
  }
}
