package io.github.dyadscore.cli;

/** The command's exit codes, listed in {@code --help}. */
final class ExitCodes {
  /** Everything was read and scored. */
  static final int OK = 0;
  /** Some input rows were rejected (see errors.csv); the rest were scored and written. */
  static final int ROWS_REJECTED = 1;
  /** The command line itself was wrong. */
  static final int USAGE = 2;
  /** A definition or input file is invalid; nothing was scored. */
  static final int INVALID_INPUT = 3;
  /** A file could not be read or written. */
  static final int IO_ERROR = 4;
  /**
   * An unexpected failure (out of memory, a bug): nothing was replaced, and a script must not read
   * the folder's files as this run's. 70 is EX_SOFTWARE of BSD's sysexits.h.
   */
  static final int INTERNAL_ERROR = 70;

  static final String HELP = "%nExit codes:%n"
      + "  0  success%n"
      + "  1  some input rows were rejected (listed in errors.csv); the rest were scored%n"
      + "  2  usage error%n"
      + "  3  invalid definition or input file; nothing was scored%n"
      + "  4  a file could not be read or written%n"
      + "  70 unexpected failure (out of memory, a bug); no output was replaced%n";

  private ExitCodes() {}
}
