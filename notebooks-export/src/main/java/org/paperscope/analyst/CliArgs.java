package org.paperscope.analyst;

/** A cursor over command-line arguments; errors name the option and the command. */
final class CliArgs {
  private final String command;
  private final String[] args;
  private int next;

  CliArgs(String command, String[] args) {
    this.command = command;
    this.args = args.clone();
  }

  boolean hasNext() {
    return next < args.length;
  }

  String next() {
    return args[next++];
  }

  String value(String option) {
    if (next >= args.length || args[next].startsWith("--")) {
      throw new IllegalArgumentException(command + " option " + option + " needs a value");
    }
    return args[next++];
  }

  int intValue(String option) {
    String value = value(option);
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(command + " option " + option + " expects a whole number, got '"
          + value + "'", e);
    }
  }
}
