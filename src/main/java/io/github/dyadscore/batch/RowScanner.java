package io.github.dyadscore.batch;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Splits the rows of plain CSV straight from the file's bytes: the rows that spreadsheets,
 * statistics packages and survey tools write, ASCII text whose cells are either unquoted or quoted
 * as a whole ({@code "a,b"}, with {@code ""} for a quote) on one line, lines ending with LF or CR
 * LF. Such a row reads exactly as Jackson CSV reads it ({@code InputRowsEquivalenceTest} checks
 * this on random files), and answer cells become codes without a string being made of them, which
 * makes reading several times faster.
 *
 * <p>Anything else is {@link #OUTSIDE} the scanner's reach and is left to {@link JacksonRows}: a
 * byte that is not ASCII (UTF-8 to be checked and decoded) or NUL, a lone CR, a quote inside an
 * unquoted cell or text after a closing quote, a quoted cell that spans lines or is never closed.
 * Not thread-safe.
 */
final class RowScanner {

  /** {@link #scan} needs more bytes than the buffer holds to see the row's end. */
  static final int NEED_MORE = -1;
  /** {@link #scan} found a row the scanner does not read. */
  static final int OUTSIDE = -2;

  private final byte delimiter;
  /**
   * Per byte value (as {@code b & 0xFF}), whether it may stand in an unquoted cell: ASCII other
   * than NUL, CR, LF, the quote and the delimiter. One lookup instead of five comparisons for
   * every byte of the file.
   */
  private final boolean[] plain = new boolean[256];
  /** The cells of the last row scanned: content from {@code starts[i]} to {@code ends[i]}. */
  private int[] starts = new int[64];
  private int[] ends = new int[64];
  /** Whether a cell is quoted and holds doubled quotes, so its text must be unescaped. */
  private boolean[] escaped = new boolean[64];
  private int count;

  RowScanner(char delimiter) {
    this.delimiter = (byte) delimiter;
    for (int b = 1; b < 0x80; b++) {
      plain[b] = b != '\n' && b != '\r' && b != '"' && b != delimiter;
    }
  }

  /**
   * Scans the row that starts at {@code from}.
   *
   * @param bytes the buffer
   * @param from where the row starts
   * @param limit the end of the valid bytes
   * @param endOfFile whether the file ends at {@code limit}
   * @return the position after the row's line end, {@link #NEED_MORE} or {@link #OUTSIDE}
   */
  int scan(byte[] bytes, int from, int limit, boolean endOfFile) {
    count = 0;
    int i = from;
    while (true) {
      if (i < limit && bytes[i] == '"') {
        int start = ++i;
        boolean doubled = false;
        while (true) {
          while (i < limit && bytes[i] != '"' && isLineText(bytes[i])) {
            i++;
          }
          if (i == limit) {
            return endOfFile ? OUTSIDE : NEED_MORE; // not closed (yet)
          }
          if (bytes[i] != '"') {
            return OUTSIDE; // a line break inside the quotes, or not ASCII
          }
          if (i + 1 == limit) {
            if (!endOfFile) {
              return NEED_MORE; // a closing quote or the first of two?
            }
            add(start, i, doubled);
            return limit;
          }
          if (bytes[i + 1] != '"') {
            break;
          }
          doubled = true;
          i += 2;
        }
        add(start, i, doubled);
        i++; // past the closing quote; a byte follows (checked above)
      } else {
        int start = i;
        while (i < limit && plain[bytes[i] & 0xFF]) {
          i++;
        }
        if (i == limit) {
          if (!endOfFile) {
            return NEED_MORE;
          }
          add(start, i, false);
          return limit;
        }
        add(start, i, false);
      }
      byte next = bytes[i];
      if (next == delimiter) {
        i++;
        if (i == limit) {
          if (!endOfFile) {
            return NEED_MORE;
          }
          add(i, i, false); // the file ends with an empty cell
          return limit;
        }
      } else if (next == '\n') {
        return i + 1;
      } else if (next == '\r' && i + 1 < limit) {
        return bytes[i + 1] == '\n' ? i + 2 : OUTSIDE; // a lone CR is left to Jackson
      } else if (next == '\r') {
        return endOfFile ? OUTSIDE : NEED_MORE;
      } else {
        return OUTSIDE; // a quote in an unquoted cell, text after a closing quote, not ASCII
      }
    }
  }

  /** ASCII other than NUL and the line-end bytes (a byte above 0x7F is negative). */
  private static boolean isLineText(byte b) {
    return b > 0 && b != '\n' && b != '\r';
  }

  private void add(int start, int end, boolean doubled) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, 2 * count);
      ends = Arrays.copyOf(ends, 2 * count);
      escaped = Arrays.copyOf(escaped, 2 * count);
    }
    starts[count] = start;
    ends[count] = end;
    escaped[count] = doubled;
    count++;
  }

  /**
   * Whether the last row scanned is a blank line, which is not a row: no cell, or one cell of
   * white space only.
   */
  boolean isBlank(byte[] bytes) {
    if (count == 0) {
      return true;
    }
    if (count > 1) {
      return false;
    }
    for (int i = starts[0]; i < ends[0]; i++) {
      if (!Character.isWhitespace(bytes[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * The last row scanned, with its answer cells turned into codes where they read as such (see
   * {@link Group.Row}).
   *
   * @param answers the answer columns, or null to keep every cell as text (the header)
   */
  Group.Row row(long line, byte[] bytes, @Nullable AnswerCells answers) {
    @Nullable String[] fields = new String[count];
    int[] codes = answers == null ? InputRows.NO_CODES : new int[count];
    for (int c = 0; c < count; c++) {
      if (answers != null && !escaped[c] && answers.isCodeColumn(c)) {
        int code = answers.read(bytes, starts[c], ends[c]);
        if (code != AnswerCells.NOT_WHOLE) {
          codes[c] = code;
          continue;
        }
      }
      fields[c] = text(bytes, c);
      if (answers != null && escaped[c] && answers.isCodeColumn(c)) {
        int code = answers.read(fields[c]);
        if (code != AnswerCells.NOT_WHOLE) {
          codes[c] = code;
          fields[c] = null;
        }
      }
    }
    return new Group.Row(line, fields, codes);
  }

  private String text(byte[] bytes, int cell) {
    // ASCII, so Latin-1 decodes it as UTF-8 would, and faster.
    String text = new String(bytes, starts[cell], ends[cell] - starts[cell],
        StandardCharsets.ISO_8859_1);
    return escaped[cell] ? text.replace("\"\"", "\"") : text;
  }
}
