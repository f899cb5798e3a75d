package io.github.dyadscore.batch;

/**
 * Which columns of a file hold answers, and how an answer cell reads: a missing-value token, a
 * whole-number code, or neither. The reader uses it to turn answer cells into codes as it reads
 * them (see {@link InputRows#readAnswers}), and the scorer uses it for the cells the reader kept as
 * text, so both follow the same rules. Immutable and thread-safe.
 *
 * <p>The rules: the cell is trimmed as {@link String#trim()} does; a cell equal to one of the
 * missing-value tokens is unanswered; otherwise it must be a whole number of up to 9 digits with an
 * optional sign, optionally written with a zero fraction such as {@code 3.0}. Whether a code is an
 * option of its item, or one of the definition's missing codes, is the scorer's business.
 */
final class AnswerCells {

  /** {@link #read} of a missing-value token; no whole number of up to 9 digits is this low. */
  static final int MISSING = Integer.MIN_VALUE;
  /** {@link #read} of a cell that is neither a missing-value token nor a whole number. */
  static final int NOT_WHOLE = Integer.MIN_VALUE + 1;

  /**
   * Per column, whether the reader turns its cells into codes: the item columns, except a column
   * that is also the couple id, partner or a pass-through column, whose text is needed as is.
   */
  private final boolean[] codeColumns;
  private final String[] missingTokens;

  AnswerCells(Header header, BatchOptions options) {
    this.codeColumns = new boolean[header.width()];
    mark(header.itemColumnsA, true);
    if (header.itemColumnsB != null) {
      mark(header.itemColumnsB, true);
    }
    codeColumns[header.coupleColumn] = false;
    if (header.partnerColumn >= 0) {
      codeColumns[header.partnerColumn] = false;
    }
    mark(header.passThroughColumns, false);
    this.missingTokens = options.missingTokens().toArray(new String[0]);
  }

  private void mark(int[] columns, boolean code) {
    for (int column : columns) {
      codeColumns[column] = code;
    }
  }

  /** Whether the reader turns the cells of this column (from 0) into codes. */
  boolean isCodeColumn(int column) {
    return column < codeColumns.length && codeColumns[column];
  }

  /**
   * Reads an answer cell: its whole number, {@link #MISSING} or {@link #NOT_WHOLE}.
   *
   * @param cell the cell as read, untrimmed
   */
  int read(String cell) {
    String trimmed = cell.trim();
    // A scan of a few tokens beats hashing each of millions of cells.
    for (String token : missingTokens) {
      if (token.equals(trimmed)) {
        return MISSING;
      }
    }
    return wholeNumber(trimmed);
  }

  /**
   * Parses a whole number of up to 9 digits with an optional sign, optionally written with a zero
   * fraction such as {@code 3.0}; {@link #NOT_WHOLE} for anything else. Hand-written because it
   * runs for every cell.
   */
  static int wholeNumber(String cell) {
    int n = cell.length();
    int i = 0;
    boolean negative = false;
    if (i < n && (cell.charAt(i) == '-' || cell.charAt(i) == '+')) {
      negative = cell.charAt(i) == '-';
      i++;
    }
    int start = i;
    int value = 0;
    while (i < n && cell.charAt(i) >= '0' && cell.charAt(i) <= '9') {
      value = value * 10 + (cell.charAt(i) - '0');
      i++;
    }
    int digits = i - start;
    if (digits == 0 || digits > 9) {
      return NOT_WHOLE;
    }
    if (i < n) {
      if (cell.charAt(i) != '.' || i + 1 == n) {
        return NOT_WHOLE;
      }
      for (i++; i < n; i++) {
        if (cell.charAt(i) != '0') {
          return NOT_WHOLE;
        }
      }
    }
    return negative ? -value : value;
  }
}
