package io.github.dyadscore.batch;

import io.github.dyadscore.batch.BatchOptions.Delimiter;
import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a CSV file with their line numbers. Skips a byte order mark and blank lines. Not
 * thread-safe; one reader thread uses it.
 *
 * <p>Two readers share the work. The {@link RowScanner} splits rows straight from the file's bytes
 * as long as they are plain CSV (well-formed UTF-8, cells unquoted or quoted on one line, LF or
 * CR LF line ends); at the first row that is not, {@link JacksonRows}, Jackson CSV on top of a UTF-8 check, takes over for the rest of
 * the file. Both give the same rows, lines and errors; the scanner is there for speed, because
 * Jackson 3.3's CSV decoder makes a {@code String} of every cell whatever the caller asks for,
 * which costs more than the whole scoring of a row.
 *
 * <p>Once told which columns hold answers ({@link #readAnswers}), the reader turns every answer
 * cell that is a whole number or a missing-value token into an int code as it reads the row, and
 * keeps the text only of the other cells: a row waiting in a chunk for a scoring thread is then
 * two small arrays rather than some 2 KB of strings.
 */
final class InputRows implements Closeable {

  static final int[] NO_CODES = new int[0];
  /** The scanner's buffer, and how far the delimiter detection looks for the header's end. */
  static final int BUFFER = 1 << 20;

  private final String source;
  private final InputStream file;
  private final char delimiter;
  private final RowScanner scanner;
  private final byte[] buffer;
  private int position;
  private int limit;
  private boolean endOfFile;
  /** The file's bytes before {@code buffer[0]}. */
  private long bufferOffset;
  /** The lines before {@code position}. */
  private long lines;
  /** The cells of the rows the scanner read. */
  private long cells;
  /** Jackson, once the scanner met a row it does not read; null before. */
  private @Nullable JacksonRows jackson;
  /** The answer columns and how their cells read, once the header is known; null before. */
  private @Nullable AnswerCells answers;

  private InputRows(String source, InputStream file, Delimiter delimiter, boolean scan,
      int bufferSize) throws IOException {
    this.source = source;
    this.file = file;
    this.buffer = new byte[bufferSize];
    fill();
    boolean bom = limit >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB
        && (buffer[2] & 0xFF) == 0xBF;
    this.position = bom ? 3 : 0;
    this.delimiter = delimiter == Delimiter.AUTO ? detect() : switch (delimiter) {
      case COMMA -> ',';
      case SEMICOLON -> ';';
      case TAB -> '\t';
      case AUTO -> throw new AssertionError();
    };
    this.scanner = new RowScanner(this.delimiter);
    if (!scan || !startIsUtf8()) {
      handOver();
    }
  }

  /**
   * Whether the first buffer is plain ASCII or checks as UTF-8 without NUL bytes. When it does not,
   * Jackson reads the whole file, so that a file that is not text (a PDF, a spreadsheet, UTF-16)
   * is reported as such, at its first bad byte, rather than through a header made of its first
   * line.
   */
  private boolean startIsUtf8() throws IOException {
    int end = limit;
    boolean ascii = true;
    for (int i = position; i < limit && ascii; i++) {
      ascii = buffer[i] > 0;
    }
    if (ascii) {
      return true;
    }
    if (!endOfFile) {
      // Up to the last line end, so that a character cut by the end of the buffer is no error.
      while (end > position && buffer[end - 1] != '\n' && buffer[end - 1] != '\r') {
        end--;
      }
    }
    try (InputStream check = new Utf8CheckingInputStream(
        new ByteArrayInputStream(buffer, position, end - position))) {
      check.transferTo(OutputStream.nullOutputStream());
      return true;
    } catch (Utf8CheckingInputStream.MalformedUtf8Exception e) {
      return false;
    }
  }

  static InputRows open(Path input, String source, Delimiter delimiter) throws IOException {
    return open(input, source, delimiter, true, BUFFER);
  }

  /**
   * Opens a file.
   *
   * @param scan false to read the whole file with Jackson, as tests compare
   * @param bufferSize the scanner's buffer; tests make it small to cut rows at every byte
   */
  static InputRows open(Path input, String source, Delimiter delimiter, boolean scan,
      int bufferSize) throws IOException {
    InputStream file = Files.newInputStream(input);
    try {
      return new InputRows(source, file, delimiter, scan, bufferSize);
    } catch (IOException | RuntimeException e) {
      file.close();
      throw e;
    }
  }

  /**
   * The most frequent of comma, semicolon and tab outside quotes in the first line (within the
   * first MiB). On bytes: none of these bytes occurs inside a UTF-8 sequence.
   */
  private char detect() {
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = position; i < limit; i++) {
      byte c = buffer[i];
      if (!quoted && (c == '\n' || c == '\r')) {
        break;
      }
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        commas += c == ',' ? 1 : 0;
        semicolons += c == ';' ? 1 : 0;
        tabs += c == '\t' ? 1 : 0;
      }
    }
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    if (tabs > commas && tabs > semicolons) {
      return '\t';
    }
    return ',';
  }

  char delimiter() {
    return delimiter;
  }

  /**
   * From the next row on, turns the cells of the answer columns into codes where they are whole
   * numbers or missing-value tokens (see {@link Group.Row}).
   */
  void readAnswers(AnswerCells cells) {
    this.answers = cells;
  }

  /** The next row that is not a blank line, or null at the end. */
  Group.@Nullable Row next() throws IOException {
    while (jackson == null) {
      if (position == limit && endOfFile) {
        return null;
      }
      int end = scanner.scan(buffer, position, limit, endOfFile);
      if (end == RowScanner.NEED_MORE && (position > 0 || limit < buffer.length)) {
        fill();
      } else if (end < 0) {
        handOver();
      } else {
        long line = lines + 1;
        if (scanner.cells() > InputLimits.MAX_COLUMNS) {
          throw InputLimits.tooManyColumns(source, line);
        }
        cells += scanner.cells();
        boolean blank = scanner.isBlank(buffer);
        Group.Row row = blank ? null : scanner.row(line, buffer, answers);
        lines++;
        position = end;
        if (!blank) {
          return row;
        }
      }
    }
    Group.Row row = jackson.next();
    return row == null ? null : codes(row);
  }

  /** Moves the unread bytes to the front of the buffer and reads more after them. */
  private void fill() throws IOException {
    int unread = limit - position;
    System.arraycopy(buffer, position, buffer, 0, unread);
    bufferOffset += position;
    position = 0;
    limit = unread;
    while (limit < buffer.length) {
      int n = file.read(buffer, limit, buffer.length - limit);
      if (n < 0) {
        endOfFile = true;
        return;
      }
      limit += n;
    }
  }

  /** Leaves the rest of the file, from the row the scanner stopped at, to Jackson. */
  private void handOver() {
    InputStream rest = new SequenceInputStream(
        new ByteArrayInputStream(buffer, position, limit - position), file);
    jackson = new JacksonRows(source, rest, lines, bufferOffset + position, delimiter);
  }

  /** A row read by Jackson with its answer cells turned into codes where they read as such. */
  private Group.Row codes(Group.Row row) {
    if (answers == null) {
      return row;
    }
    @Nullable String[] cells = row.fields();
    int[] codes = new int[cells.length];
    for (int c = 0; c < cells.length; c++) {
      if (answers.isCodeColumn(c)) {
        int code = answers.read(cells[c]);
        if (code != AnswerCells.NOT_WHOLE) {
          codes[c] = code;
          cells[c] = null;
        }
      }
    }
    return new Group.Row(row.line(), cells, codes);
  }

  long bytesRead() {
    return jackson != null ? jackson.bytesRead() : bufferOffset + position;
  }

  /**
   * What the rows read so far weigh in memory, roughly: their bytes and {@link
   * InputLimits#CELL_WEIGHT} per cell. The batch closes chunks and waits for them by it.
   */
  long weightRead() {
    long allCells = cells + (jackson != null ? jackson.cellsRead() : 0);
    return bytesRead() + InputLimits.CELL_WEIGHT * allCells;
  }

  @Override
  public void close() throws IOException {
    try {
      if (jackson != null) {
        jackson.close();
      }
    } finally {
      file.close();
    }
  }
}
