package org.paperscope.common.token;

import java.util.List;

/**
 * Splits text into tokens that cover it end to end. Implementations are thread-safe and expensive
 * to build: get them from a per-JVM cache ({@link HanlpTokenizer#cachedFor}).
 */
public interface Tokenizer {
  /** Tokens of {@code text} in order; their offsets are relative to {@code text}. */
  List<Token> tokenize(String text);

  /** The settings this tokenizer was built from. */
  TokenizerSettings settings();
}
