package io.github.dyadscore.batch;

import io.github.dyadscore.batch.BatchOptions.Delimiter;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.core.FormatSchema;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The rows of a CSV file with their line numbers, read by Jackson CSV's streaming parser (RFC 4180
 * quoting, fields with line breaks; each row arrives as an array of string tokens, and the line of
 * its first token is the row's line) on top of a UTF-8 check. Databind is not needed. Skips a byte
 * order mark and blank lines. Not thread-safe; one reader thread uses it.
 *
 * <p>Once told which columns hold answers ({@link #readAnswers}), the reader turns every answer
 * cell that is a whole number or a missing-value token into an int code as it reads the row, and
 * keeps the text only of the other cells. Why here: Jackson 3.3's CSV decoder makes a {@code
 * String} of every value while it tokenizes, whether or not the caller asks for it ({@code
 * getStringCharacters()} even copies that string into a new {@code char[]}), so the string per cell
 * cannot be avoided with Jackson's API. What can be avoided is keeping it: read at once, while it
 * is fresh in this thread's cache, it dies young instead of being copied by the collector while its
 * chunk waits for a scoring thread; a row waiting in a chunk shrinks from some 2 KB of strings to
 * two small arrays; and the scoring threads no longer take a cache miss on every cell.
 */
final class InputRows implements Closeable {

  private static final CsvFactory FACTORY = CsvFactory.builder().build();
  /** How far the delimiter detection looks for the end of the header line. */
  private static final int HEADER_LOOKAHEAD = 1 << 20;
  private static final int[] NO_CODES = new int[0];

  private final String source;
  private final Utf8CheckingInputStream bytes;
  private final BufferedReader reader;
  private final JsonParser rows;
  private final List<String> fields = new ArrayList<>();
  private final char delimiter;
  /** The answer columns and how their cells read, once the header is known; null before. */
  private @Nullable AnswerCells answers;
  /** The line the row being read starts on, once known: where an unclosed quote is reported. */
  private long rowStart;

  private InputRows(String source, Utf8CheckingInputStream bytes, BufferedReader reader,
      Delimiter delimiter) throws IOException {
    this.source = source;
    this.bytes = bytes;
    this.reader = reader;
    try {
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
      this.delimiter = delimiter == Delimiter.AUTO ? detect(reader) : switch (delimiter) {
        case COMMA -> ',';
        case SEMICOLON -> ';';
        case TAB -> '\t';
        case AUTO -> throw new AssertionError();
      };
    } catch (IOException e) {
      throw translate(e);
    }
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(this.delimiter)
        .withQuoteChar('"');
    ObjectReadContext context = new ObjectReadContext.Base() {
      @Override
      public FormatSchema getSchema() {
        return schema;
      }
    };
    this.rows = FACTORY.createParser(context, reader);
  }

  static InputRows open(Path input, String source, Delimiter delimiter) throws IOException {
    Utf8CheckingInputStream bytes = new Utf8CheckingInputStream(
        new BufferedInputStream(Files.newInputStream(input), 1 << 16));
    BufferedReader reader = new BufferedReader(
        new InputStreamReader(bytes, StandardCharsets.UTF_8), 1 << 16);
    try {
      return new InputRows(source, bytes, reader, delimiter);
    } catch (IOException | RuntimeException e) {
      reader.close();
      throw e;
    }
  }

  /** The most frequent of comma, semicolon and tab outside quotes in the first line. */
  private static char detect(BufferedReader reader) throws IOException {
    reader.mark(HEADER_LOOKAHEAD);
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0; i < HEADER_LOOKAHEAD - 1; i++) {
      int c = reader.read();
      if (c < 0 || (!quoted && (c == '\n' || c == '\r'))) {
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
    reader.reset();
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
    try {
      JsonToken token;
      while ((token = rows.nextToken()) != null) {
        if (token != JsonToken.START_ARRAY) {
          throw new IllegalStateException("unexpected CSV token " + token);
        }
        fields.clear();
        long first = 0;
        rowStart = rows.currentLocation().getLineNr();
        while ((token = rows.nextToken()) == JsonToken.VALUE_STRING) {
          if (fields.isEmpty()) {
            first = rows.currentTokenLocation().getLineNr();
            rowStart = first;
          }
          fields.add(rows.getString());
        }
        if (fields.isEmpty() || fields.size() == 1 && fields.get(0).isBlank()) {
          continue;
        }
        return row(first, fields.toArray(new String[0]));
      }
      return null;
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  /** The row with its answer cells turned into codes where they read as such. */
  private Group.Row row(long line, @Nullable String[] cells) {
    if (answers == null) {
      return new Group.Row(line, cells, NO_CODES);
    }
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
    return new Group.Row(line, cells, codes);
  }

  long bytesRead() {
    return bytes.bytesRead();
  }

  private RuntimeException translate(Exception e) throws IOException {
    if (bytes.failedLine() > 0 && bytes.failedByte() == 0) {
      return new BatchInputException(source, bytes.failedLine(), String.format(Locale.ROOT,
          "the file holds a NUL byte (byte %d of the line), so it is not CSV text; expected a "
          + "text file in UTF-8 (a spreadsheet or UTF-16 text? save it as 'CSV UTF-8')",
          bytes.failedColumn()));
    }
    if (bytes.failedLine() == 1 && bytes.failedColumn() == 1
        && (bytes.failedByte() == 0xFF || bytes.failedByte() == 0xFE)) {
      return new BatchInputException(source, 1, "the file starts with a UTF-16 byte order mark, "
          + "so it is UTF-16 text; expected UTF-8 (in Excel: save as 'CSV UTF-8', not 'Unicode "
          + "Text')");
    }
    if (bytes.failedLine() > 0) {
      return new BatchInputException(source, bytes.failedLine(), String.format(Locale.ROOT,
          "the file is not valid UTF-8 (byte 0x%02X at byte %d of the line); save it as UTF-8 "
          + "(in Excel: 'CSV UTF-8'; in R: write.csv(..., fileEncoding = \"UTF-8\"))",
          bytes.failedByte(), bytes.failedColumn()));
    }
    if (e instanceof IOException io) {
      throw io;
    }
    if (e.getCause() instanceof IOException io) {
      throw io;
    }
    if (e instanceof JacksonException je
        && String.valueOf(je.getOriginalMessage()).startsWith("Missing closing quote")) {
      return new BatchInputException(source, Math.max(rowStart, 1), "malformed CSV: a quoted "
          + "cell in the row starting on this line is never closed (the double quote that opens it "
          + "runs to the end of the file); expected a closing double quote, and a double quote "
          + "inside a quoted cell written twice (\"\")");
    }
    if (e instanceof JacksonException je) {
      TokenStreamLocation location = je.getLocation();
      long at = location == null ? 0 : location.getLineNr();
      return new BatchInputException(source, Math.max(at, 0), "malformed CSV: "
          + je.getOriginalMessage() + " (check for an unclosed double quote)");
    }
    return (RuntimeException) e;
  }

  @Override
  public void close() throws IOException {
    try {
      rows.close();
    } finally {
      reader.close();
    }
  }
}
