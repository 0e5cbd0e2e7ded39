package org.paperscope.jobs.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The JIT, the heap and the collector the launchers choose (bin/lib/jvm.sh, sourced by
 * bin/paperscope, bin/bench and bin/local-cluster): C1 alone and a 768 MB heap for the demo and for
 * runs of at most a month of days, HotSpot's default tiers and 1 GB for everything else,
 * PAPERSCOPE_JIT overriding the JIT; the parallel collector unless the JVM options given name one.
 */
class LauncherJvmTest {
  private static final String QUICK_FLAGS = "-XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=240m";

  @Test
  void theDemoAndRunsOfAtMostAMonthGetC1Alone() throws Exception {
    assertThat(mode(Map.of(), "demo")).isEqualTo("quick");
    assertThat(mode(Map.of(), "run", "--input", "in", "--from", "2024-03-05", "--to", "2024-03-05")).isEqualTo("quick");
    assertThat(mode(Map.of(), "ingest", "--from=2024-03-01", "--to=2024-03-31")).isEqualTo("quick");
    // Either order; a leap day inside counts as a day.
    assertThat(mode(Map.of(), "run", "--to", "2024-03-02", "--from", "2024-01-31")).isEqualTo("full");
    assertThat(mode(Map.of(), "run", "--to", "2024-02-29", "--from", "2024-01-30")).isEqualTo("quick");
    assertThat(flags(Map.of(), "demo")).isEqualTo(QUICK_FLAGS);
  }

  @Test
  void longerOrOpenRangesKeepHotSpotsDefaultTiers() throws Exception {
    assertThat(mode(Map.of(), "run", "--input", "in")).isEqualTo("full");
    assertThat(mode(Map.of(), "run", "--from", "2024-03-01", "--to", "2024-04-01")).isEqualTo("full");
    assertThat(mode(Map.of(), "run", "--from", "2024-03-05")).isEqualTo("full");
    assertThat(mode(Map.of(), "run", "--from", "2024-03-05", "--to", "2024-03-04")).isEqualTo("full");
    assertThat(mode(Map.of(), "run", "--from", "yesterday", "--to", "today")).isEqualTo("full");
    assertThat(flags(Map.of(), "run", "--input", "in")).isEmpty();
  }

  @Test
  void theEnvironmentOverridesAndABadValueFails() throws Exception {
    assertThat(mode(Map.of("PAPERSCOPE_JIT", "full"), "demo")).isEqualTo("full");
    assertThat(mode(Map.of("PAPERSCOPE_JIT", "quick"), "run", "--input", "in")).isEqualTo("quick");
    assertThat(mode(Map.of("PAPERSCOPE_JIT_QUICK_DAYS", "40"),
        "run", "--from", "2024-03-01", "--to", "2024-04-01")).isEqualTo("quick");
    Result bad = call("paperscope_jit_flags", Map.of("PAPERSCOPE_JIT", "fast"), "demo");
    assertThat(bad.exitCode).isEqualTo(2);
    assertThat(bad.stderr).contains("PAPERSCOPE_JIT must be auto, quick or full, not 'fast'");
  }

  @Test
  void smallRunsGetTheSmallerHeapWhateverTheJit() throws Exception {
    assertThat(heap(Map.of(), "demo")).isEqualTo("-Xmx768m");
    assertThat(heap(Map.of(), "run", "--input", "in", "--from", "2024-03-05", "--to", "2024-03-05")).isEqualTo("-Xmx768m");
    assertThat(heap(Map.of(), "run", "--input", "in")).isEqualTo("-Xmx1g");
    assertThat(heap(Map.of(), "run", "--from", "2024-03-01", "--to", "2024-04-01")).isEqualTo("-Xmx1g");
    // Forcing the JIT does not move the heap; the day limit moves both.
    assertThat(heap(Map.of("PAPERSCOPE_JIT", "full"), "demo")).isEqualTo("-Xmx768m");
    assertThat(heap(Map.of("PAPERSCOPE_JIT", "quick"), "run", "--input", "in")).isEqualTo("-Xmx1g");
    assertThat(heap(Map.of("PAPERSCOPE_JIT_QUICK_DAYS", "40"),
        "run", "--from", "2024-03-01", "--to", "2024-04-01")).isEqualTo("-Xmx768m");
  }

  @Test
  void theParallelCollectorUnlessTheOptionsNameOne() throws Exception {
    assertThat(gc("")).isEqualTo("-XX:+UseParallelGC");
    assertThat(gc("-Xmx2g")).isEqualTo("-XX:+UseParallelGC");
    // A flag that merely starts with UseGC is not a collector.
    assertThat(gc("-XX:+UseGCOverheadLimit -Xmx1g")).isEqualTo("-XX:+UseParallelGC");
    assertThat(gc("-Xmx2g -XX:+UseG1GC")).isEmpty();
    assertThat(gc("-XX:+UseSerialGC")).isEmpty();
    assertThat(gc("-Xmx4g -XX:+UseZGC -XX:+ZGenerational")).isEmpty();
  }

  private static String gc(String javaOptions) throws Exception {
    return succeeded("paperscope_gc_flags", Map.of(), javaOptions);
  }

  private static String mode(Map<String, String> env, String... args) throws Exception {
    return succeeded("paperscope_jit_mode", env, args);
  }

  private static String flags(Map<String, String> env, String... args) throws Exception {
    return succeeded("paperscope_jit_flags", env, args);
  }

  private static String heap(Map<String, String> env, String... args) throws Exception {
    return succeeded("paperscope_heap_flags", env, args);
  }

  /** What the function printed, after checking it exited with 0. */
  private static String succeeded(String function, Map<String, String> env, String... args)
      throws Exception {
    Result result = call(function, env, args);
    assertThat(result.exitCode).as(result.stderr).isZero();
    return result.stdout;
  }

  private record Result(int exitCode, String stdout, String stderr) {}

  private static Result call(String function, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", "-c",
        "source \"$0\" && " + function + " \"$@\"",
        OpsPaths.projectDir().resolve("bin/lib/jvm.sh").toString()));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().remove("PAPERSCOPE_JIT");
    builder.environment().remove("PAPERSCOPE_JIT_QUICK_DAYS");
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).trim();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("bash finished").isTrue();
    return new Result(process.exitValue(), out, err);
  }
}
