package org.paperscope.jobs.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperscope.common.SharedData;
import org.paperscope.jobs.ExitCode;

/**
 * The Airflow DAG's command, rendered by {@code conf/airflow/paperscope_command.py} exactly as the
 * DAG renders it, and executed the way the BashOperator executes it ({@code bash -c}) with Spark's
 * real spark-submit (from {@code bin/local-cluster spark-submit}) against the xwlb corpus.
 */
class AirflowCommandIT {
  private static final Duration PYTHON_TIMEOUT = Duration.ofMinutes(1);
  private static final Duration SUBMIT_TIMEOUT = Duration.ofMinutes(8);

  private final Path airflowDir = OpsPaths.projectDir().resolve("conf").resolve("airflow");

  @Test
  void pythonTestsOfTheDagAndCommandPass() {
    String python = OpsPaths.requirePython();
    Path scratch = OpsPaths.scratch("airflow-unittest");

    ExternalCommand tests = ExternalCommand.run(
        List.of(python, "-B", "-m", "unittest", "discover", "-s", airflowDir.resolve("tests").toString(), "-v"),
        Map.of("PYTHONDONTWRITEBYTECODE", "1"), OpsPaths.projectDir(), scratch.resolve("unittest.log"),
        PYTHON_TIMEOUT);

    assertThat(tests.exitCode()).as(tests.describe()).isZero();
  }

  @Test
  void dagFileCompiles() {
    String python = OpsPaths.requirePython();
    Path scratch = OpsPaths.scratch("airflow-compile");

    ExternalCommand compile = ExternalCommand.run(
        List.of(python, "-c", "import py_compile, sys; py_compile.compile(sys.argv[1], cfile=sys.argv[2], doraise=True)",
            airflowDir.resolve("paperscope_daily.py").toString(), scratch.resolve("dag.pyc").toString()),
        Map.of(), OpsPaths.projectDir(), scratch.resolve("compile.log"), PYTHON_TIMEOUT);

    assertThat(compile.exitCode()).as(compile.describe()).isZero();
  }

  @Test
  void renderedCommandWritesTheDaysPartitions() throws IOException {
    Path corpus = SharedData.xwlbCorpus();
    Path scratch = OpsPaths.scratch("airflow-day");
    Path warehouse = scratch.resolve("warehouse");

    ExternalCommand run = executeRendered("2024-01-05", corpus, warehouse, scratch);

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.OK);
    for (String table : List.of("articles", "issues")) {
      assertThat(warehouse.resolve(table).resolve("publication=xwlb").resolve("issue_month=2024-01"))
          .as("month partition of %s", table).isDirectory();
    }
    try (var days = Files.list(warehouse.resolve("articles/publication=xwlb"))) {
      assertThat(days.map(day -> day.getFileName().toString()).toList()).containsExactly("issue_month=2024-01");
    }
    JsonNode manifest = new ObjectMapper().readTree(warehouse.resolve("_runs/airflow-20240105T000000-1.json").toFile());
    assertThat(manifest.path("status").asText()).isEqualTo("succeeded");
    assertThat(manifest.path("from").asText()).isEqualTo("2024-01-05");
    assertThat(manifest.path("to").asText()).isEqualTo("2024-01-05");
  }

  @Test
  void dayWithoutAnIssueExitsWithTheCodeTheBashOperatorSkips() throws IOException {
    Path corpus = SharedData.xwlbCorpus();
    Path scratch = OpsPaths.scratch("airflow-no-input");

    // The corpus starts in 2022: nothing is dated 2021-06-01.
    ExternalCommand run = executeRendered("2021-06-01", corpus, scratch.resolve("warehouse"), scratch);

    assertThat(run.exitCode()).as(run.describe()).isEqualTo(ExitCode.NO_INPUT);
    JsonNode bashOperator = new ObjectMapper().readTree(render("2021-06-01", "bash-operator", corpus,
        scratch.resolve("warehouse"), scratch));
    assertThat(bashOperator.path("skip_on_exit_code").asInt()).isEqualTo(ExitCode.NO_INPUT);
  }

  /** Renders the DAG's bash command for {@code ds} and runs it with {@code bash -c}, as BashOperator does. */
  private ExternalCommand executeRendered(String ds, Path corpus, Path warehouse, Path scratch) throws IOException {
    String command = render(ds, "bash", corpus, warehouse, scratch).strip();
    assertThat(command).contains("--from '" + ds + "' --to '" + ds + "'");
    Files.writeString(scratch.resolve("command.sh"), command + "\n", StandardCharsets.UTF_8);
    return ExternalCommand.run(List.of("bash", "-c", command), environment(corpus, warehouse, scratch),
        scratch, scratch.resolve("submit.log"), SUBMIT_TIMEOUT);
  }

  private String render(String ds, String format, Path corpus, Path warehouse, Path scratch) throws IOException {
    String python = OpsPaths.requirePython();
    Path output = scratch.resolve("render-" + format + ".out");
    ExternalCommand render = ExternalCommand.run(
        List.of(python, "-B", airflowDir.resolve("paperscope_command.py").toString(), "--ds", ds, "--format", format),
        environment(corpus, warehouse, scratch), OpsPaths.projectDir(), output, PYTHON_TIMEOUT);
    assertThat(render.exitCode()).as(render.describe()).isZero();
    return Files.readString(output, StandardCharsets.UTF_8);
  }

  /** The PAPERSCOPE_* settings an Airflow worker would have, pointed at this build and a local master. */
  private static Map<String, String> environment(Path corpus, Path warehouse, Path scratch) {
    Map<String, String> environment = new HashMap<>();
    environment.put("PYTHONDONTWRITEBYTECODE", "1");
    environment.put("PAPERSCOPE_JAR", OpsPaths.shadedJar().toString());
    environment.put("PAPERSCOPE_INPUT", corpus.toString());
    environment.put("PAPERSCOPE_WAREHOUSE", warehouse.toString());
    environment.put("PAPERSCOPE_SPARK_SUBMIT",
        "bash " + OpsPaths.projectDir().resolve("bin/local-cluster") + " spark-submit");
    environment.put("PAPERSCOPE_SPARK_MASTER", "local[2]");
    environment.put("PAPERSCOPE_DRIVER_MEMORY", "1g");
    environment.put("PAPERSCOPE_SPARK_CONF", "spark.ui.enabled=false;spark.sql.shuffle.partitions=4");
    environment.put("PAPERSCOPE_NO_INPUT", "skip");
    // bin/local-cluster keeps its scratch here; the Spark runtime itself stays cached in .cluster/.
    environment.put("PAPERSCOPE_CLUSTER_DIR", scratch.resolve("cluster").toString());
    return environment;
  }
}
