package io.github.dyadscore.batch;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Splits the rows of plain CSV straight from the file's bytes: the rows that spreadsheets,
 * statistics packages and survey tools write, well-formed UTF-8 text whose cells are either
 * unquoted or quoted as a whole ({@code "a,b"}, with {@code ""} for a quote) on one line, lines
 * ending with LF or CR LF. Such a row reads exactly as Jackson CSV reads it ({@code
 * InputRowsEquivalenceTest} and {@code InputRowsFuzzTest} check this on random files), and answer
 * cells become codes without a string being made of them, which makes reading several times
 * faster.
 *
 * <p>Anything else is {@link #OUTSIDE} the scanner's reach and is left to {@link JacksonRows}: a
 * NUL byte or malformed UTF-8 (which Jackson's side reports with its line and position), a lone
 * CR, a quote inside an unquoted cell or text after a closing quote, a quoted cell that spans lines
 * or is never closed. Not thread-safe.
 */
final class RowScanner {

  /** {@link #scan} needs more bytes than the buffer holds to see the row's end. */
  static final int NEED_MORE = -1;
  /** {@link #scan} found a row the scanner does not read. */
  static final int OUTSIDE = -2;

  /** A cell flag: quoted with doubled quotes inside, so its text must be unescaped. */
  private static final byte DOUBLED = 1;
  /** A cell flag: not all ASCII, so its text is decoded as UTF-8. */
  private static final byte UTF8 = 2;

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
  /** Per cell, {@link #DOUBLED} and {@link #UTF8} or neither. */
  private byte[] flags = new byte[64];
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
      // Most cells of a file: one plain byte (an answer code) and the delimiter, with more after.
      while (i + 2 < limit && plain[bytes[i] & 0xFF] && bytes[i + 1] == delimiter) {
        add(i, i + 1, (byte) 0);
        i += 2;
      }
      byte cell = 0;
      if (i < limit && bytes[i] == '"') {
        int start = ++i;
        while (true) {
          while (i < limit && bytes[i] != '"' && bytes[i] > 0 && bytes[i] != '\n'
              && bytes[i] != '\r') {
            i++;
          }
          if (i < limit && bytes[i] < 0) {
            int length = utf8Length(bytes, i, limit);
            if (length <= 0) {
              return length == 0 && !endOfFile ? NEED_MORE : OUTSIDE;
            }
            i += length;
            cell |= UTF8;
            continue;
          }
          if (i == limit) {
            return endOfFile ? OUTSIDE : NEED_MORE; // not closed (yet)
          }
          if (bytes[i] != '"') {
            return OUTSIDE; // a line break inside the quotes, or NUL
          }
          if (i + 1 == limit) {
            if (!endOfFile) {
              return NEED_MORE; // a closing quote or the first of two?
            }
            add(start, i, cell);
            return limit;
          }
          if (bytes[i + 1] != '"') {
            break;
          }
          cell |= DOUBLED;
          i += 2;
        }
        add(start, i, cell);
        i++; // past the closing quote; a byte follows (checked above)
      } else {
        int start = i;
        while (true) {
          while (i < limit && plain[bytes[i] & 0xFF]) {
            i++;
          }
          if (i == limit || bytes[i] >= 0) {
            break;
          }
          int length = utf8Length(bytes, i, limit);
          if (length <= 0) {
            return length == 0 && !endOfFile ? NEED_MORE : OUTSIDE;
          }
          i += length;
          cell = UTF8;
        }
        if (i == limit) {
          if (!endOfFile) {
            return NEED_MORE;
          }
          add(start, i, cell);
          return limit;
        }
        add(start, i, cell);
      }
      byte next = bytes[i];
      if (next == delimiter) {
        i++;
        if (i == limit) {
          if (!endOfFile) {
            return NEED_MORE;
          }
          add(i, i, (byte) 0); // the file ends with an empty cell
          return limit;
        }
      } else if (next == '\n') {
        return i + 1;
      } else if (next == '\r' && i + 1 < limit) {
        return bytes[i + 1] == '\n' ? i + 2 : OUTSIDE; // a lone CR is left to Jackson
      } else if (next == '\r') {
        return endOfFile ? OUTSIDE : NEED_MORE;
      } else {
        return OUTSIDE; // a quote in an unquoted cell, text after a closing quote, NUL
      }
    }
  }

  /**
   * The length of the well-formed UTF-8 sequence at {@code i} (2 to 4), 0 when the buffer ends
   * inside it, -1 when it is malformed: the rules of {@link Utf8CheckingInputStream}, which
   * reports the malformed ones once Jackson has taken over.
   */
  private static int utf8Length(byte[] bytes, int i, int limit) {
    int lead = bytes[i] & 0xFF;
    int length = Utf8CheckingInputStream.sequenceLength(lead);
    if (length == 0) {
      return -1;
    }
    int low = Utf8CheckingInputStream.firstContinuationLow(lead);
    int high = Utf8CheckingInputStream.firstContinuationHigh(lead);
    for (int k = 1; k < length; k++) {
      if (i + k == limit) {
        return 0;
      }
      int next = bytes[i + k] & 0xFF;
      if (next < low || next > high) {
        return -1;
      }
      low = 0x80;
      high = 0xBF;
    }
    return length;
  }

  private void add(int start, int end, byte cellFlags) {
    if (count == starts.length) {
      starts = Arrays.copyOf(starts, 2 * count);
      ends = Arrays.copyOf(ends, 2 * count);
      flags = Arrays.copyOf(flags, 2 * count);
    }
    starts[count] = start;
    ends[count] = end;
    flags[count] = cellFlags;
    count++;
  }

  /** The cells of the last row scanned. */
  int cells() {
    return count;
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
    if (flags[0] != 0) {
      return text(bytes, 0).isBlank(); // white space beyond ASCII, as Jackson's side decides
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
      // A cell with UTF-8 reads from its bytes as from its text: spaces and digits are ASCII, and
      // the tokens are compared in UTF-8.
      boolean escaped = (flags[c] & DOUBLED) != 0;
      if (answers != null && !escaped && answers.isCodeColumn(c)) {
        int code = answers.read(bytes, starts[c], ends[c]);
        if (code != AnswerCells.NOT_WHOLE) {
          codes[c] = code;
          continue;
        }
      }
      fields[c] = text(bytes, c);
      if (answers != null && escaped && answers.isCodeColumn(c)) {
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
    // ASCII decodes as Latin-1 as it does as UTF-8, and faster.
    String text = new String(bytes, starts[cell], ends[cell] - starts[cell],
        (flags[cell] & UTF8) != 0 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    return (flags[cell] & DOUBLED) != 0 ? text.replace("\"\"", "\"") : text;
  }
}
