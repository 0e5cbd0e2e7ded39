package org.paperscope.common;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Locates the read-only {@code ../shared} folder that sits beside the project (seed issue, xwlb
 * corpus). Tests that need it skip with a clear message when it is absent, except under CI
 * ({@code CI=true}), where a missing folder fails the test instead of hiding it.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared folder; skips (or fails under CI) when it is not there. */
  public static Path root() {
    String configured = System.getProperty("paperscope.shared.dir");
    Path root = configured != null ? Path.of(configured) : Path.of("..", "..", "shared");
    if (!Files.isDirectory(root)) {
      root = Path.of("..", "shared").toAbsolutePath().normalize();
    }
    require(root, "the shared folder");
    return root.toAbsolutePath().normalize();
  }

  /** {@code shared/seed/000_c9a42c12dc24582c.txt}. */
  public static Path seedIssue() {
    Path seed = root().resolve("seed").resolve("000_c9a42c12dc24582c.txt");
    require(seed, "the seed issue");
    return seed;
  }

  /** {@code shared/corpora/xwlb}, 1,691 daily 新闻联播 transcripts. */
  public static Path xwlbCorpus() {
    Path corpus = root().resolve("corpora").resolve("xwlb");
    require(corpus, "the xwlb corpus");
    return corpus;
  }

  private static void require(Path path, String what) {
    if (Files.exists(path)) {
      return;
    }
    String message = "Skipping: " + what + " is not at " + path.toAbsolutePath().normalize()
        + " (the read-only ../shared folder beside the project)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("CI=true but " + message.substring("Skipping: ".length()));
    }
    assumeTrue(false, message);
  }
}
