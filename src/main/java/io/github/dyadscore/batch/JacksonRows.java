package io.github.dyadscore.batch;

import io.github.dyadscore.internal.DefinitionText;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.FormatSchema;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.dataformat.csv.CsvFactory;
import tools.jackson.dataformat.csv.CsvSchema;

/**
 * The general way {@link InputRows} reads a file: Jackson CSV's streaming parser (RFC 4180 quoting
 * with every quirk of real files, fields with line breaks; each row arrives as an array of string
 * tokens, and the line of its first token is the row's line) on top of a UTF-8 check. It takes
 * over from the byte scanner at the first row the scanner does not read, and reads from there to
 * the end, so its lines and bytes are counted from the start of the file. Databind is not needed.
 * Not thread-safe.
 */
final class JacksonRows implements Closeable {

  /** Jackson stops a cell beyond the cell limit before it holds it (see {@link InputLimits}). */
  private static final CsvFactory FACTORY = CsvFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxStringLength(InputLimits.MAX_CELL_CHARS).build())
      .build();

  private final String source;
  private final Utf8CheckingInputStream bytes;
  private final BufferedReader reader;
  private final JsonParser parser;
  private final long linesBefore;
  private final List<String> fields = new ArrayList<>();
  /** The line the row being read starts on, once known: where an unclosed quote is reported. */
  private long rowStart;
  private long cells;

  private static final int START = 64;
  /** The file's first bytes when this reader starts at the file's start, else empty. */
  private byte[] start = new byte[0];

  /**
   * Starts reading.
   *
   * @param in the rest of the file, from the start of a line (or after the byte order mark)
   * @param linesBefore the lines of the file before {@code in}
   * @param bytesBefore the bytes of the file before {@code in}
   */
  JacksonRows(String source, InputStream in, long linesBefore, long bytesBefore,
      char delimiter) {
    this.source = source;
    this.linesBefore = linesBefore;
    InputStream from = in;
    if (bytesBefore == 0) {
      // The file's first bytes, kept to tell UTF-16 text from a binary file if it fails.
      from = new PushbackInputStream(in, START);
      try {
        byte[] first = from.readNBytes(START);
        ((PushbackInputStream) from).unread(first);
        start = first;
      } catch (IOException e) {
        start = new byte[0];
      }
    }
    this.bytes = new Utf8CheckingInputStream(from, linesBefore, bytesBefore);
    this.reader = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8),
        1 << 16);
    CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter).withQuoteChar('"');
    ObjectReadContext context = new ObjectReadContext.Base() {
      @Override
      public FormatSchema getSchema() {
        return schema;
      }
    };
    this.parser = FACTORY.createParser(context, reader);
  }

  /** The next row that is not a blank line, with its cells as text; null at the end. */
  Group.@Nullable Row next() throws IOException {
    try {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token != JsonToken.START_ARRAY) {
          throw new IllegalStateException("unexpected CSV token " + token);
        }
        fields.clear();
        long first = 0;
        long chars = 0;
        rowStart = linesBefore + parser.currentLocation().getLineNr();
        while ((token = parser.nextToken()) == JsonToken.VALUE_STRING) {
          if (fields.isEmpty()) {
            first = linesBefore + parser.currentTokenLocation().getLineNr();
            rowStart = first;
          }
          String cell = parser.getString();
          chars += cell.length() + 1;
          if (fields.size() == InputLimits.MAX_COLUMNS) {
            throw InputLimits.tooManyColumns(source, rowStart);
          }
          if (chars > InputLimits.MAX_ROW_CHARS) {
            throw InputLimits.rowTooLong(source, rowStart);
          }
          fields.add(cell);
          cells++;
        }
        if (fields.isEmpty() || fields.size() == 1 && fields.get(0).isBlank()) {
          continue;
        }
        return new Group.Row(first, fields.toArray(new String[0]), InputRows.NO_CODES);
      }
      return null;
    } catch (JacksonException e) {
      throw translate(e);
    }
  }

  long bytesRead() {
    return bytes.bytesRead();
  }

  /** The cells of the rows read so far. */
  long cellsRead() {
    return cells;
  }

  private RuntimeException translate(Exception e) throws IOException {
    String utf16 = bytes.failedLine() == 1 && bytes.failedByte() == 0
        ? DefinitionText.utf16(start) : null;
    if (utf16 != null) {
      return new BatchInputException(source, 1, "the file is " + utf16 + "; expected UTF-8 (in "
          + "Excel: save as 'CSV UTF-8', not 'Unicode Text')");
    }
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
    if (e instanceof StreamConstraintsException) {
      return InputLimits.cellTooLong(source, Math.max(rowStart, 1));
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
      long at = location == null || location.getLineNr() <= 0 ? 0
          : linesBefore + location.getLineNr();
      // Jackson's own text quotes the character it stopped at (a piece of an answer) and may
      // name parser features: say what is wrong in our words instead.
      // Jackson's column is one past the character it stopped at.
      String where = location != null && location.getColumnNr() > 1
          ? " at character " + (location.getColumnNr() - 1) + " of the line" : "";
      return new BatchInputException(source, at, String.valueOf(je.getOriginalMessage())
          .startsWith("Unexpected character")
          ? "malformed CSV: text follows the closing double quote of a quoted cell" + where
              + "; expected a delimiter or the end of the line right after it (a double quote "
              + "inside a quoted cell is written twice: \"\")"
          : "malformed CSV" + where + ": the row cannot be read as CSV (check for an unclosed "
              + "double quote)");
    }
    return (RuntimeException) e;
  }

  @Override
  public void close() throws IOException {
    try {
      parser.close();
    } finally {
      reader.close();
    }
  }
}
