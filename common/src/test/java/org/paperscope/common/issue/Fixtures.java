package org.paperscope.common.issue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads test fixtures from {@code src/test/resources/fixtures/}. */
final class Fixtures {
  private Fixtures() {}

  /** The UTF-8 text of {@code fixtures/<path>}; fails naming the path when it is missing. */
  static String text(String path) {
    String resource = "/fixtures/" + path;
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("No test fixture at " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read test fixture " + resource, e);
    }
  }
}
