package io.github.dyadscore.batch;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

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
  /** The tokens in UTF-8, to compare with the scanner's cells; null for one that has none. */
  private final byte[] @Nullable [] missingTokenBytes;
  /** Whether a token reads as a whole number (such as {@code -99}), so must be checked first. */
  private final boolean tokensLookLikeNumbers;

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
    this.missingTokenBytes = new byte[missingTokens.length][];
    for (int t = 0; t < missingTokens.length; t++) {
      // A token with a lone surrogate has no UTF-8 form (getBytes would make '?' of it) and
      // equals no cell of a UTF-8 file.
      missingTokenBytes[t] = StandardCharsets.UTF_8.newEncoder().canEncode(missingTokens[t])
          ? missingTokens[t].getBytes(StandardCharsets.UTF_8) : null;
    }
    this.tokensLookLikeNumbers = Arrays.stream(missingTokens)
        .anyMatch(token -> wholeNumber(token) != NOT_WHOLE);
  }

  private void mark(int[] columns, boolean code) {
    for (int column : columns) {
      if (column >= 0) { // -1: a prediction item the file has no column for
        codeColumns[column] = code;
      }
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
   * {@link #read(String)} of a cell of UTF-8 bytes (the scanner's cells), without making a string
   * of it.
   */
  int read(byte[] bytes, int from, int to) {
    if (to - from == 1 && !tokensLookLikeNumbers && bytes[from] >= '0' && bytes[from] <= '9') {
      // Most cells: one digit, which no token can be (so no trimming, no token checks).
      return bytes[from] - '0';
    }
    int start = from;
    int end = to;
    while (start < end && (bytes[start] & 0xFF) <= ' ') {
      start++;
    }
    while (end > start && (bytes[end - 1] & 0xFF) <= ' ') {
      end--;
    }
    if (!tokensLookLikeNumbers) {
      // No token is a whole number, so a whole number is no token.
      int code = wholeNumber(bytes, start, end);
      if (code != NOT_WHOLE) {
        return code;
      }
    }
    for (byte @Nullable [] token : missingTokenBytes) {
      if (token != null && Arrays.equals(bytes, start, end, token, 0, token.length)) {
        return MISSING;
      }
    }
    return wholeNumber(bytes, start, end);
  }

  /**
   * Parses a whole number of up to 9 digits with an optional sign, optionally written with a zero
   * fraction such as {@code 3.0}; {@link #NOT_WHOLE} for anything else.
   */
  static int wholeNumber(String cell) {
    // Latin-1 keeps every character that can be part of a number and turns the others into bytes
    // that cannot, so the byte parser decides for text too.
    byte[] bytes = cell.getBytes(StandardCharsets.ISO_8859_1);
    return wholeNumber(bytes, 0, bytes.length);
  }

  /** {@link #wholeNumber(String)} of bytes; hand-written because it runs for every cell. */
  static int wholeNumber(byte[] cell, int from, int to) {
    int i = from;
    boolean negative = false;
    if (i < to && (cell[i] == '-' || cell[i] == '+')) {
      negative = cell[i] == '-';
      i++;
    }
    int start = i;
    int value = 0;
    while (i < to && cell[i] >= '0' && cell[i] <= '9') {
      value = value * 10 + (cell[i] - '0');
      i++;
    }
    int digits = i - start;
    if (digits == 0 || digits > 9) {
      return NOT_WHOLE;
    }
    if (i < to) {
      if (cell[i] != '.' || i + 1 == to) {
        return NOT_WHOLE;
      }
      for (i++; i < to; i++) {
        if (cell[i] != '0') {
          return NOT_WHOLE;
        }
      }
    }
    return negative ? -value : value;
  }
}
