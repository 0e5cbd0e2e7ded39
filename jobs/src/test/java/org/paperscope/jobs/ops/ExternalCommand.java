package org.paperscope.jobs.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external command with its output in a log file and a time limit; on timeout the whole
 * process tree is killed, so a hung driver cannot outlive the test.
 *
 * @param exitCode the command's exit code (-1 after a timeout)
 * @param log      the file holding stdout and stderr
 */
record ExternalCommand(int exitCode, Path log) {

  static ExternalCommand run(List<String> command, Map<String, String> environment, Path workDir, Path log,
      Duration timeout) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    try {
      Process process = builder.start();
      if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        return new ExternalCommand(process.exitValue(), log);
      }
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      process.waitFor(30, TimeUnit.SECONDS);
      return new ExternalCommand(-1, log);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while running " + command, e);
    }
  }

  /** The last {@code lines} lines of the log, for assertion messages. */
  String tail(int lines) {
    try {
      List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(cannot read " + log + ": " + e.getMessage() + ")";
    }
  }

  /** What the assertion message shows: where the log is and how it ends. */
  String describe() {
    return "exit code " + exitCode + ", log " + log + ":\n" + tail(40);
  }
}
