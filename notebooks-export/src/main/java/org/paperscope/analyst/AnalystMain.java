package org.paperscope.analyst;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.util.Arrays;

/**
 * Entry point of the analyst layer: {@code report} and {@code export} (run by {@code bin/paperscope}).
 * Exit codes as the pipeline's CLI: 0 success, 1 failure (I/O, a query), 2 usage error (the message
 * names the bad value).
 */
public final class AnalystMain {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  private AnalystMain() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs one command and returns its exit code. */
  public static int run(String[] args) {
    if (args.length == 0 || args[0].equals("--help") || args[0].equals("-h")) {
      System.out.println(ReportOptions.USAGE + "\n\n" + ExportOptions.USAGE);
      return args.length == 0 ? USAGE : OK;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    if (Arrays.asList(rest).contains("--help")) {
      System.out.println(args[0].equals("export") ? ExportOptions.USAGE : ReportOptions.USAGE);
      return OK;
    }
    try {
      switch (args[0]) {
        case "report" -> {
          ReportCommand.Result result = ReportCommand.run(ReportOptions.parse(rest));
          System.out.printf("paperscope report OK: %s (%,d bytes, of which %,d bytes of embedded data)%n",
              result.html().toAbsolutePath().normalize(), result.htmlBytes(), result.dataBytes());
        }
        case "export" -> {
          ExportCommand.Result result = ExportCommand.run(ExportOptions.parse(rest));
          System.out.printf("paperscope export OK: %d files in %s%n", result.files().size(),
              result.folder().toAbsolutePath().normalize());
          result.files().forEach(file -> System.out.println("  " + file));
        }
        default -> {
          System.err.println("paperscope: unknown analyst command '" + args[0] + "' (report or export)");
          return USAGE;
        }
      }
      return OK;
    } catch (IllegalArgumentException e) {
      System.err.println("paperscope " + args[0] + ": " + e.getMessage());
      return USAGE;
    } catch (IOException e) {
      System.err.println("paperscope " + args[0] + " failed: " + e.getMessage());
      e.printStackTrace(System.err);
      return FAILED;
    } catch (SQLException | UncheckedIOException e) {
      System.err.println("paperscope " + args[0] + " failed: " + e.getMessage());
      e.printStackTrace(System.err);
      return FAILED;
    }
  }
}
