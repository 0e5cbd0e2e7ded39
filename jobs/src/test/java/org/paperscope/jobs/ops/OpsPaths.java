package org.paperscope.jobs.ops;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the operations tests find the project, the shaded jar and their own scratch folders. The
 * failsafe configuration in jobs/pom.xml passes {@code paperscope.project.dir},
 * {@code paperscope.jar} and {@code paperscope.build.dir}.
 */
final class OpsPaths {
  private OpsPaths() {}

  /** The project root (holds bin/ and conf/). */
  static Path projectDir() {
    String configured = System.getProperty("paperscope.project.dir");
    Path dir = configured != null ? Path.of(configured) : Path.of("..");
    return dir.toAbsolutePath().normalize();
  }

  /** The shaded jar of this build; fails when it was not built (the ITs run after `package`). */
  static Path shadedJar() {
    String configured = System.getProperty("paperscope.jar");
    Path jar = configured != null ? Path.of(configured)
        : projectDir().resolve("jobs").resolve("target").resolve("paperscope-jobs.jar");
    if (!Files.isRegularFile(jar)) {
      fail("The shaded jar " + jar + " does not exist: run the ITs with `mvn verify` (after package)");
    }
    return jar.toAbsolutePath();
  }

  /** A fresh folder {@code <build dir>/ops-it/<name>} that survives the test, for logs worth reading. */
  static Path scratch(String name) {
    String configured = System.getProperty("paperscope.build.dir");
    Path build = configured != null ? Path.of(configured) : projectDir().resolve("jobs").resolve("target");
    Path dir = build.resolve("ops-it").resolve(name).toAbsolutePath();
    try {
      if (Files.exists(dir)) {
        try (var paths = Files.walk(dir)) {
          for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
            Files.delete(path);
          }
        }
      }
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare scratch folder " + dir, e);
    }
  }

  /** Skips without python3 on the PATH; under CI=true a missing python3 fails instead. */
  static String requirePython() {
    try {
      Process probe = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      probe.getInputStream().readAllBytes();
      if (probe.waitFor() == 0) {
        return "python3";
      }
    } catch (IOException e) {
      // not installed: handled below
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    String message = "python3 is not on the PATH (needed to render the Airflow command)";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("CI=true but " + message);
    }
    assumeTrue(false, "Skipping: " + message);
    return null;
  }
}
