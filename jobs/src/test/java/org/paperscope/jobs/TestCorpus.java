package org.paperscope.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The small corpus of our own writing under {@code src/test/resources/fixtures/corpus}: three
 * issues of a newspaper (产业观察报, March 2025) and one broadcast (演示新闻), with the artifacts of
 * the seed (page break mid-word, repeated paragraph, caption, ad, (下转第3版)).
 */
public final class TestCorpus {
  public static final int NEWSPAPER_ISSUES = 3;
  public static final int BROADCAST_ISSUES = 1;

  private TestCorpus() {}

  /** Copies the corpus into {@code target} (a temp dir) and returns it. */
  public static Path copyTo(Path target) {
    try {
      Path source = Path.of(TestCorpus.class.getResource("/fixtures/corpus").toURI());
      try (Stream<Path> files = Files.walk(source)) {
        for (Path file : files.sorted().toList()) {
          Path destination = target.resolve(source.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(destination);
          } else {
            Files.copy(file, destination);
          }
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Runs {@code command} with {@code args} in this JVM (reusing the test session); returns the exit code. */
  public static int run(String command, List<String> args) {
    String[] all = Stream.concat(Stream.of(command), args.stream()).toArray(String[]::new);
    return Main.run(all);
  }
}
