package io.github.dyadscore.batch;

import io.github.dyadscore.DyadscoreException;

/**
 * The input file as a whole cannot be scored: its header lacks required columns, its layout
 * cannot be told, it is not UTF-8, or its CSV structure is broken (such as an unclosed quote).
 * Problems of single rows never throw; they go to {@code errors.csv}. When this is thrown no
 * output file has been replaced.
 *
 * @since 0.1.0
 */
public final class BatchInputException extends DyadscoreException {

  private static final long serialVersionUID = 1L;

  /** The line of the problem, from 1; 0 when it concerns no line. */
  private final long line;

  /**
   * Creates the exception.
   *
   * @param source the file name
   * @param line the line, from 1, or 0
   * @param message what is wrong and what was expected
   */
  public BatchInputException(String source, long line, String message) {
    super(source + (line > 0 ? ":" + line : "") + ": " + message);
    this.line = line;
  }

  /**
   * The line of the problem.
   *
   * @return the line from 1, or 0 when the problem concerns no single line
   */
  public long line() {
    return line;
  }
}
