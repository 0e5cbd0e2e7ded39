package org.paperscope.jobs.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The manifest's git_commit comes from the build (so also under spark-submit), not from the JVM. */
class RunManifestTest {
  @Test
  void theBuildWritesTheCommitItWasMadeFrom() throws Exception {
    String head = gitHead();
    String commit = RunManifest.gitCommit();
    if (head == null) {
      // Built outside a git checkout: the build must still succeed, and the manifest says so.
      assertThat(commit).isEqualTo(RunManifest.UNKNOWN_COMMIT);
    } else {
      assertThat(commit).matches("[0-9a-f]{40}(-dirty)?").startsWith(head);
    }
  }

  /** HEAD of the checkout the tests run in, or null outside one (or without git). */
  private static String gitHead() throws InterruptedException {
    try {
      Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
      String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0) {
        return null;
      }
      return out;
    } catch (IOException e) {
      return null;
    }
  }
}
