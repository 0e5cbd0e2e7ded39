package org.paperscope.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of {@code jobs} depend on each other one way: the CLI ({@code org.paperscope.jobs}:
 * {@code Main}, {@code Pipeline}, {@code DemoCommand}, options) on the pipeline core, never the
 * other way, and no package on a package that depends on it. Read from the sources: every
 * {@code org.paperscope.jobs.<package>.<Type>} an import or a qualified name mentions.
 */
class PackageDependenciesTest {
  private static final String ROOT = "org.paperscope.jobs";
  private static final Pattern REFERENCE = Pattern.compile("\\borg\\.paperscope\\.jobs((?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");
  private static final Path SOURCES = Path.of("src/main/java/org/paperscope/jobs");

  @Test
  void noPackageDependsOnTheCli() {
    Map<String, Set<String>> graph = dependencies();
    List<String> offenders = new ArrayList<>();
    graph.forEach((from, to) -> {
      if (!from.equals(ROOT) && to.contains(ROOT)) {
        offenders.add(from);
      }
    });
    assertThat(offenders).as("packages that import the CLI package " + ROOT).isEmpty();
  }

  @Test
  void packageDependenciesHaveNoCycle() {
    Map<String, Set<String>> graph = dependencies();
    assertThat(graph).as("packages found under " + SOURCES.toAbsolutePath()).containsKeys(ROOT,
        ROOT + ".run", ROOT + ".spark", ROOT + ".articles", ROOT + ".trends", ROOT + ".ministries");
    List<String> cycles = new ArrayList<>();
    for (String start : graph.keySet()) {
      for (String next : graph.get(start)) {
        if (reaches(graph, next, start, new TreeSet<>())) {
          cycles.add(start + " -> " + next + " -> ... -> " + start);
        }
      }
    }
    assertThat(cycles).as("package cycles").isEmpty();
  }

  @Test
  void findsAQualifiedReferenceOutsideImports() {
    Matcher matcher = REFERENCE.matcher("x = org.paperscope.jobs.spark.RunHeartbeat.start(fs);");
    assertThat(matcher.find()).isTrue();
    assertThat(ROOT + matcher.group(1)).isEqualTo(ROOT + ".spark");
  }

  private static boolean reaches(Map<String, Set<String>> graph, String from, String target, Set<String> seen) {
    if (from.equals(target)) {
      return true;
    }
    if (!seen.add(from)) {
      return false;
    }
    for (String next : graph.getOrDefault(from, Set.of())) {
      if (reaches(graph, next, target, seen)) {
        return true;
      }
    }
    return false;
  }

  /** Package -> the other packages of jobs it references. */
  private static Map<String, Set<String>> dependencies() {
    Map<String, Set<String>> graph = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String relative = SOURCES.relativize(file.getParent()).toString().replace('/', '.');
        String pkg = relative.isEmpty() ? ROOT : ROOT + "." + relative;
        Set<String> targets = graph.computeIfAbsent(pkg, p -> new TreeSet<>());
        Matcher matcher = REFERENCE.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (matcher.find()) {
          String target = ROOT + matcher.group(1);
          if (!target.equals(pkg)) {
            targets.add(target);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the sources under " + SOURCES.toAbsolutePath(), e);
    }
    return graph;
  }
}
