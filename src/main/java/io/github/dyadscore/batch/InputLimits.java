package io.github.dyadscore.batch;

import java.util.Locale;

/**
 * The limits that keep a batch run within a small, fixed heap whatever the input holds: a file
 * that breaks one of them is rejected as a whole ({@link BatchInputException}, naming the line)
 * rather than read until memory runs out. Each is far beyond what a questionnaire file needs; the
 * README's "Limits" section lists them. The in-flight budget bounds the rows waiting for or in
 * scoring together, so that long rows or many threads cannot pile up more of them than a 256 MB
 * heap holds.
 */
final class InputLimits {

  /**
   * The characters of one cell: 1 MiB, so that every row the byte scanner reads whole (its buffer
   * is {@link InputRows#BUFFER} bytes, and a character is at least one byte) is within it, and the
   * two readers accept the same files. Excel's own limit is 32,767 characters a cell.
   */
  static final int MAX_CELL_CHARS = InputRows.BUFFER;

  /** The characters of one row, header included, its cells together. */
  static final long MAX_ROW_CHARS = 16L * 1024 * 1024;

  /**
   * The cells of one row, header included: room for the wide layout of a definition of 100,000
   * items (two columns each) with its id and pass-through columns.
   */
  static final int MAX_COLUMNS = 250_000;

  /**
   * The characters of a couple id (person id in the single layout), after trimming; the reader
   * remembers the last 65,536 ids to find non-adjacent rows of a couple.
   */
  static final int MAX_ID_CHARS = 256;

  /** The scoring threads one run may use. */
  static final int MAX_THREADS = BatchOptions.MAX_THREADS;

  /**
   * A chunk is handed to a scoring thread when its rows weigh this much, even before it holds
   * {@link BatchScorer#CHUNK_COUPLES} couples. A row weighs its bytes plus {@link #CELL_WEIGHT}
   * per cell.
   */
  static final long CHUNK_WEIGHT = 4L * 1024 * 1024;

  /**
   * The weight of the chunks in flight at once (read, queued or being scored) at most: an eighth
   * of the heap, from 8 MiB to 64 MiB (32 MiB with {@code -Xmx256m}). Ordinary files never reach
   * it: their {@code 2 * threads + 2} chunks of 512 couples weigh a few MiB.
   */
  static final long IN_FLIGHT_WEIGHT = Math.max(8L << 20,
      Math.min(64L << 20, Runtime.getRuntime().maxMemory() / 8));

  /** What a cell costs beyond its text: the reference and the {@code String} object. */
  static final int CELL_WEIGHT = 24;

  private InputLimits() {}

  /** A count with thousands separators, as the messages show limits. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  static BatchInputException tooManyColumns(String source, long line) {
    return new BatchInputException(source, line, "the row starting on this line has more than "
        + count(MAX_COLUMNS) + " cells, the limit for a row; expected one cell per column of "
        + "the header (a file that is not CSV, or the wrong --delimiter?)");
  }

  static BatchInputException rowTooLong(String source, long line) {
    return new BatchInputException(source, line, "the row starting on this line is longer than "
        + count(MAX_ROW_CHARS) + " characters, the limit for a row; expected a CSV row per line "
        + "(a file that is not CSV, or a double quote that is never closed?)");
  }

  static BatchInputException cellTooLong(String source, long line) {
    return new BatchInputException(source, line, "a cell in the row starting on this line is "
        + "longer than " + count(MAX_CELL_CHARS) + " characters, the limit for a cell; expected "
        + "short cells (a file that is not CSV, or a double quote that is never closed?)");
  }

  static BatchInputException idTooLong(String source, long line, String what, int length) {
    return new BatchInputException(source, line, "the " + what + " is " + count(length)
        + " characters long; expected at most " + count(MAX_ID_CHARS) + " (is it the right "
        + "column?)");
  }
}
