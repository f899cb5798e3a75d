package io.github.dyadscore.cli;

/**
 * The commands' exit codes. Each command's {@code --help} lists the codes it can return (the
 * {@code *_HELP} footers); the README states the same.
 */
final class ExitCodes {
  /** Everything was read and scored. */
  static final int OK = 0;
  /** Some input rows were rejected; the rest were scored. */
  static final int ROWS_REJECTED = 1;
  /**
   * The command line itself was wrong: an unknown option or value, a questionnaire that is neither
   * a bundled name nor a file, an input that does not exist or is a folder, an output folder that
   * is a file. Nothing was written.
   */
  static final int USAGE = 2;
  /** A definition or input file is invalid (content, encoding, header); nothing was written. */
  static final int INVALID_INPUT = 3;
  /**
   * The system refused a read or write: no permission, a full disk, a device error. No output was
   * replaced.
   */
  static final int IO_ERROR = 4;
  /**
   * An unexpected failure (out of memory, a bug): nothing was replaced, and a script must not read
   * the folder's files as this run's. 70 is EX_SOFTWARE of BSD's sysexits.h.
   */
  static final int INTERNAL_ERROR = 70;

  // One line per code, each under 80 columns so that picocli does not wrap it.
  private static final String HEADER = "%nExit codes:%n";
  private static final String LINE_OK = "  0  success%n";
  private static final String LINE_USAGE =
      "  2  usage error: unknown option or value, no such questionnaire or input%n";
  private static final String LINE_INVALID =
      "  3  invalid definition or input (content, encoding, header); nothing written%n";
  private static final String LINE_IO =
      "  4  a file could not be read or written (permission, full disk)%n";
  private static final String LINE_INTERNAL =
      "  70 unexpected failure (out of memory, a bug); no output was replaced%n";

  static final String SCORE_HELP = HEADER + LINE_OK
      + "  1  some input rows were rejected (listed in errors.csv); the rest were scored%n"
      + LINE_USAGE + LINE_INVALID + LINE_IO + LINE_INTERNAL;

  static final String RELIABILITY_HELP = HEADER + LINE_OK
      + "  1  some input rows were left out as unscorable ('score' lists them)%n"
      + LINE_USAGE + LINE_INVALID + LINE_IO + LINE_INTERNAL;

  static final String DYADIC_HELP = RELIABILITY_HELP;

  static final String CALIBRATE_HELP = RELIABILITY_HELP;

  static final String REPORT_HELP = HEADER + LINE_OK + LINE_USAGE
      + "  3  invalid definition or answers file; nothing printed%n" + LINE_IO + LINE_INTERNAL;

  static final String VALIDATE_HELP = HEADER
      + "  0  every definition is valid%n"
      + "  2  usage error: unknown option, no such questionnaire%n"
      + "  3  a definition has problems (each one printed)%n"
      + "  4  a file could not be read%n" + LINE_INTERNAL;

  static final String MAIN_HELP = HEADER + LINE_OK
      + "  1  score, reliability, dyadic, calibrate: some input rows were rejected%n"
      + "  2  usage error%n"
      + "  3  invalid definition or input file; nothing written%n"
      + "  4  a file could not be read or written%n"
      + LINE_INTERNAL
      + "Each command's --help lists its own codes.%n";

  private ExitCodes() {}
}
