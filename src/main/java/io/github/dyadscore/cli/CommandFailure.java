package io.github.dyadscore.cli;

/**
 * A run that cannot go on, with the words to print and the exit code to return. Thrown by the
 * commands' checks; {@link Main} prints the message after {@code dyadscore: } with no stack trace.
 */
final class CommandFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CommandFailure(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  static CommandFailure usage(String message) {
    return new CommandFailure(ExitCodes.USAGE, message);
  }

  static CommandFailure io(String message) {
    return new CommandFailure(ExitCodes.IO_ERROR, message);
  }

  int exitCode() {
    return exitCode;
  }
}
