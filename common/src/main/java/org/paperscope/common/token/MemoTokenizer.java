package org.paperscope.common.token;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A tokenizer that segments each distinct text once and hands out the remembered tokens after
 * that: for one detection pass that asks about the same window several times (one article in
 * {@code MinistryDetector}), or a test that detects over the same corpus many times. Keep its
 * lifetime short: it remembers every text it was given. Safe to share between threads.
 */
public final class MemoTokenizer implements Tokenizer {
  private final Tokenizer delegate;
  private final Map<String, List<Token>> seen = new ConcurrentHashMap<>();

  public MemoTokenizer(Tokenizer delegate) {
    this.delegate = delegate;
  }

  @Override
  public List<Token> tokenize(String text) {
    return seen.computeIfAbsent(text, delegate::tokenize);
  }

  @Override
  public TokenizerSettings settings() {
    return delegate.settings();
  }
}
