package org.paperscope.jobs;

import java.nio.file.Path;
import java.util.Locale;
import org.paperscope.demo.DemoCorpus;

/**
 * The one class of the jobs module that calls the demo generator (the optional paperscope-demo
 * jar). Kept apart from {@link DemoCommand} because picocli reads every method signature of a
 * command class when it builds the command line, for any command: a signature naming a generator
 * class there would break {@code ingest} or {@code run} under spark-submit, whose jar leaves the
 * generator out. This class is loaded only when {@code demo} runs with the generator present.
 */
final class DemoCorpusWriter {
  private DemoCorpusWriter() {}

  /** Writes the demo corpus into {@code corpus}; returns the line that says what was written. */
  static String write(Path corpus) {
    DemoCorpus.Summary summary = DemoCorpus.generate(corpus);
    long files = 0;
    long bytes = 0;
    for (DemoCorpus.PublicationSummary publication : summary.publications()) {
      files += publication.files();
      bytes += publication.bytes();
    }
    return String.format(Locale.ROOT, "Demo corpus: %d issue files (%.1f MB) of %d publications in %s",
        files, bytes / 1e6, summary.publications().size(), corpus.toAbsolutePath().normalize());
  }
}
