package io.github.dyadscore.internal;

import io.github.dyadscore.definition.DefinitionProblem;
import io.github.dyadscore.definition.MalformedDefinitionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Reads a definition's text, bounded in size and strictly decoded, so that a file in the wrong
 * encoding is reported with its line and column instead of turning into replacement characters.
 */
public final class DefinitionText {

  private DefinitionText() {}

  /**
   * Reads UTF-8 bytes, skipping a byte order mark.
   *
   * @param source the name used in messages
   * @param in the bytes; not closed
   * @return the text
   * @throws MalformedDefinitionException when the input is too large or not UTF-8
   * @throws IOException when reading fails
   */
  public static String read(String source, InputStream in) throws IOException {
    return read(source, in, "a questionnaire definition");
  }

  /**
   * Reads UTF-8 bytes of a JSON file, skipping a byte order mark.
   *
   * @param source the name used in messages
   * @param in the bytes; not closed
   * @param expected what the file should be, for the message when it is too large, such as "a
   *     person's answers"
   * @return the text
   * @throws MalformedDefinitionException when the input is too large or not UTF-8
   * @throws IOException when reading fails
   */
  public static String read(String source, InputStream in, String expected) throws IOException {
    byte[] bytes = in.readNBytes((int) JsonTree.MAX_DOCUMENT_LENGTH + 1);
    checkSize(source, bytes.length, expected);
    String utf16 = utf16(bytes);
    if (utf16 != null) {
      throw new MalformedDefinitionException(new DefinitionProblem(source, 1, 1, "",
          "the file is " + utf16 + "; expected UTF-8 (re-save it as UTF-8; in Excel or Notepad "
              + "choose 'UTF-8', not 'Unicode')"));
    }
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer input = ByteBuffer.wrap(bytes);
    CharBuffer output = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(input, output, true);
    if (result.isError()) {
      output.flip();
      String before = output.toString();
      int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
      int column = before.length() - before.lastIndexOf('\n');
      throw new MalformedDefinitionException(new DefinitionProblem(source, line, column, "",
          String.format(java.util.Locale.ROOT, "byte 0x%02X at offset %d is not valid UTF-8; "
              + "expected a UTF-8 file (re-save it as UTF-8)",
              bytes[input.position()] & 0xFF, input.position())));
    }
    decoder.flush(output);
    output.flip();
    return stripBom(output.toString());
  }

  /**
   * Reads characters, bounded in size.
   *
   * @param source the name used in messages
   * @param reader the characters; not closed
   * @return the text
   * @throws MalformedDefinitionException when the input is too large
   * @throws IOException when reading fails
   */
  public static String read(String source, Reader reader) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
      text.append(buffer, 0, n);
      checkSize(source, text.length(), "a questionnaire definition");
    }
    return stripBom(text.toString());
  }

  /**
   * Names the encoding of a UTF-16 text, or null: a UTF-16 byte order mark, or (without one) a
   * start in which every other byte is mostly zero, as ASCII text in UTF-16 has it; UTF-8 text
   * has no zero bytes. Also used for CSV files.
   */
  public static @Nullable String utf16(byte[] bytes) {
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      return "UTF-16 text (little-endian, with a byte order mark)";
    }
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      return "UTF-16 text (big-endian, with a byte order mark)";
    }
    int pairs = Math.min(bytes.length / 2, 32);
    if (pairs == 0) {
      return null;
    }
    int little = 0;
    int big = 0;
    for (int i = 0; i < pairs; i++) {
      byte even = bytes[2 * i];
      byte odd = bytes[2 * i + 1];
      little += even != 0 && odd == 0 ? 1 : 0;
      big += even == 0 && odd != 0 ? 1 : 0;
    }
    // Most characters of the start are ASCII (so one of their two bytes is zero), in one order.
    return little > pairs / 2 && big == 0
        ? "UTF-16 text (little-endian, without a byte order mark)"
        : big > pairs / 2 && little == 0
        ? "UTF-16 text (big-endian, without a byte order mark)" : null;
  }

  private static void checkSize(String source, long length, String expected) {
    if (length > JsonTree.MAX_DOCUMENT_LENGTH) {
      throw new MalformedDefinitionException(new DefinitionProblem(source, 0, 0, "",
          "the file is larger than " + JsonTree.MAX_DOCUMENT_LENGTH / (1024 * 1024)
              + " MiB; expected " + expected));
    }
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
