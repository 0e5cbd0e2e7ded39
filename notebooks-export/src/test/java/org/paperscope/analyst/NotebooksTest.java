package org.paperscope.analyst;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Executes every notebook of {@code notebooks-export/notebooks/} headlessly with the venv's
 * {@code jupyter nbconvert --execute} (a timeout per cell) against the demo warehouse; any cell
 * error fails. Skips when the venv is missing ({@code .ci/run} makes it), fails under CI=true.
 * Executed copies go to {@code target/notebooks/}; the committed notebooks carry no outputs.
 */
class NotebooksTest {

  private static final int CELL_TIMEOUT_SECONDS = 300;
  private static final long NOTEBOOK_TIMEOUT_MINUTES = 10;

  @TestFactory
  Stream<DynamicTest> everyNotebookRunsWithoutError() throws IOException {
    Path folder = Path.of(System.getProperty("paperscope.notebooks", "notebooks"));
    List<Path> notebooks;
    try (Stream<Path> files = Files.list(folder)) {
      notebooks = files.filter(f -> f.toString().endsWith(".ipynb")).sorted().toList();
    }
    assertThat(notebooks).as("notebooks in %s", folder).isNotEmpty();
    return notebooks.stream().map(nb -> DynamicTest.dynamicTest(nb.getFileName().toString(), () -> execute(nb)));
  }

  private static void execute(Path notebook) throws IOException, InterruptedException {
    String committed = Files.readString(notebook, StandardCharsets.UTF_8);
    assertThat(committed).as("committed notebooks carry no outputs").doesNotContain("\"output_type\"");
    assertThat(committed).contains("\"parameters\"");
    Path jupyter = Path.of(System.getProperty("paperscope.venv", ".venv")).resolve("bin").resolve("jupyter");
    if (!Files.isExecutable(jupyter)) {
      String message = "Skipping: no " + jupyter + " (python3 -m venv notebooks-export/.venv && "
          + "notebooks-export/.venv/bin/pip install -r notebooks-export/requirements.txt; .ci/run does it)";
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        fail("CI=true but " + message.substring("Skipping: ".length()));
      }
      assumeTrue(false, message);
    }
    Path warehouse = DemoWarehouse.get();
    Path out = Path.of(System.getProperty("paperscope.build.dir", "target")).resolve("notebooks");
    Files.createDirectories(out);
    Path log = out.resolve(notebook.getFileName() + ".log");
    ProcessBuilder builder = new ProcessBuilder(jupyter.toString(), "nbconvert", "--execute", "--to", "notebook",
        "--output-dir", out.toString(), "--ExecutePreprocessor.timeout=" + CELL_TIMEOUT_SECONDS, notebook.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("PAPERSCOPE_WAREHOUSE", warehouse.toString());
    builder.environment().put("MPLBACKEND", "Agg");
    Process process = builder.start();
    if (!process.waitFor(NOTEBOOK_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      fail(notebook + " did not finish in " + NOTEBOOK_TIMEOUT_MINUTES + " minutes; log: " + log);
    }
    assertThat(process.exitValue()).as("nbconvert of %s; its log:%n%s", notebook, Files.readString(log)).isZero();
    String executed = Files.readString(out.resolve(notebook.getFileName()), StandardCharsets.UTF_8);
    assertThat(executed).doesNotContain("\"output_type\": \"error\"");
  }
}
