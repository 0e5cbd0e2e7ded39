package org.paperscope.jobs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperscope.common.config.Suggestions;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns a command-line parse error into two lines a person can act on: what is wrong (with the
 * nearest option or command when it looks like a typo) and where the help is. No usage dump.
 */
final class UsageErrors {
  /** Why a command refuses an option that another command has. */
  private static final Map<String, String> READS = Map.of(
      "trends", "trends reads the articles of every publication in the warehouse for the dates given",
      "ministries", "ministries reads the articles of every publication in the warehouse for the dates given",
      "demo", "demo writes its own corpus and warehouse");

  private UsageErrors() {}

  /** {@code paperscope trends: unknown option --frmo; did you mean --from?} and a pointer to --help. */
  static String describe(ParameterException exception) {
    CommandLine command = exception.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    boolean root = command.getParent() == null;
    String help = root ? "Run 'paperscope --help' for the commands."
        : "Run '" + name + " --help' for its options.";
    return name + ": " + what(exception, command, root) + "\n" + help;
  }

  private static String what(ParameterException exception, CommandLine command, boolean root) {
    if (exception instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      List<String> arguments = unmatched.getUnmatched();
      Optional<String> option = arguments.stream().filter(argument -> argument.startsWith("-")).findFirst();
      if (root) {
        String given = arguments.get(0);
        return "unknown command '" + given + "'" + Suggestions.nearest(given, command.getSubcommands().keySet())
            .map(near -> "; did you mean '" + near + "'?").orElse("");
      }
      if (option.isEmpty()) {
        return "unexpected argument '" + arguments.get(0) + "' (this command takes options only)";
      }
      String given = option.get().contains("=") ? option.get().substring(0, option.get().indexOf('=')) : option.get();
      String commandName = command.getCommandName();
      List<String> elsewhere = commandsWith(command.getParent(), given);
      if (!elsewhere.isEmpty()) {
        return given + " is not an option of '" + commandName + "'"
            + (READS.containsKey(commandName) ? ": " + READS.get(commandName) : "")
            + " (" + given + " is an option of " + String.join(", ", elsewhere) + ")";
      }
      return "unknown option " + given + Suggestions.nearest(given, optionNames(command))
          .map(near -> "; did you mean " + near + "?").orElse("");
    }
    if (exception.getCause() instanceof TypeConversionException conversion
        && exception.getArgSpec() instanceof OptionSpec spec) {
      return spec.longestName() + " " + exception.getValue() + " " + conversion.getMessage();
    }
    return exception.getMessage();
  }

  private static List<String> optionNames(CommandLine command) {
    List<String> names = new ArrayList<>();
    for (OptionSpec spec : command.getCommandSpec().options()) {
      names.addAll(List.of(spec.names()));
    }
    return names;
  }

  private static List<String> commandsWith(CommandLine root, String option) {
    List<String> commands = new ArrayList<>();
    if (root == null) {
      return commands;
    }
    root.getSubcommands().forEach((name, sub) -> {
      if (sub.getCommandSpec().findOption(option) != null && !commands.contains(name)) {
        commands.add(name);
      }
    });
    return commands;
  }
}
