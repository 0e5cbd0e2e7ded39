package org.paperscope.jobs.ops;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Watches a cluster run's log and, once a given line appears (e.g. the trends stage starting),
 * kills one executor JVM of that cluster with SIGKILL ({@code kill -9}): the fault the run must
 * survive by Spark retrying the lost tasks.
 */
final class ExecutorKiller implements AutoCloseable {
  private static final String EXECUTOR_CLASS = "org.apache.spark.executor.CoarseGrainedExecutorBackend";
  private final Thread thread;
  private final AtomicReference<String> killed = new AtomicReference<>();

  private ExecutorKiller(Path log, String trigger, Path clusterDir, Duration timeout) {
    thread = new Thread(() -> watch(log, trigger, clusterDir, timeout), "executor-killer");
    thread.setDaemon(true);
  }

  /** Starts watching {@code log} for {@code trigger}; kills an executor whose command names {@code clusterDir}. */
  static ExecutorKiller start(Path log, String trigger, Path clusterDir, Duration timeout) {
    ExecutorKiller killer = new ExecutorKiller(log, trigger, clusterDir.toAbsolutePath().normalize(), timeout);
    killer.thread.start();
    return killer;
  }

  /** The executor killed (its pid and command), if one was. */
  Optional<String> killed() {
    return Optional.ofNullable(killed.get());
  }

  private void watch(Path log, String trigger, Path clusterDir, Duration timeout) {
    Instant deadline = Instant.now().plus(timeout);
    try {
      while (Instant.now().isBefore(deadline)) {
        if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(trigger)) {
          Optional<ProcessHandle> executor = ProcessHandle.allProcesses()
              .filter(p -> p.info().commandLine().map(c -> c.contains(EXECUTOR_CLASS)).orElse(false))
              .filter(p -> p.info().commandLine().orElse("").contains(clusterDir.toString())
                  || workingDir(p).startsWith(clusterDir))
              .findFirst();
          if (executor.isPresent()) {
            ProcessHandle victim = executor.get();
            victim.destroyForcibly();
            killed.set(victim.pid() + " " + victim.info().commandLine().orElse(""));
            return;
          }
        }
        Thread.sleep(200);
      }
    } catch (IOException e) {
      // the log is being written; the next poll reads it again
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The process's working folder (Linux /proc); executors run in the worker's work folder. */
  private static Path workingDir(ProcessHandle process) {
    try {
      return Files.readSymbolicLink(Path.of("/proc", String.valueOf(process.pid()), "cwd"));
    } catch (IOException | UnsupportedOperationException e) {
      return Path.of("/nonexistent");
    }
  }

  @Override
  public void close() throws InterruptedException {
    thread.interrupt();
    thread.join(5_000);
  }
}
