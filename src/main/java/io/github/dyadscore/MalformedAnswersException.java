package io.github.dyadscore;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A person's answers as JSON cannot be read: the text is not well-formed JSON, or it is not an
 * object of item id to integer code. The accessors locate the problem; neither they nor the
 * message repeat a text the person typed (a string value is described as "a string", a token that
 * is not JSON is not quoted), so the exception can be logged without leaking an answer.
 *
 * @since 0.1.0
 */
public final class MalformedAnswersException extends DyadscoreException {

  private static final long serialVersionUID = 1L;

  /** The name of the source, such as a file name. */
  private final String source;
  /** The 1-based line of the problem. */
  private final int line;
  /** The 1-based column of the problem. */
  private final int column;
  /** The JSON pointer of the value at fault. */
  private final String pointer;
  /** The item the problem concerns, or null. */
  private final @Nullable String item;

  /**
   * Creates the exception.
   *
   * @param source the file name or other description of the input
   * @param line the 1-based line, or 0 when unknown
   * @param column the 1-based column, or 0 when unknown
   * @param pointer the JSON pointer of the offending value, empty for the whole document
   * @param item the item id whose value is wrong, or null
   * @param problem what was found and what was expected
   */
  public MalformedAnswersException(String source, int line, int column, String pointer,
      @Nullable String item, String problem) {
    super(location(source, line, column, pointer) + ": " + problem);
    this.source = source;
    this.line = line;
    this.column = column;
    this.pointer = pointer;
    this.item = item;
  }

  private static String location(String source, int line, int column, String pointer) {
    StringBuilder text = new StringBuilder(source);
    if (line > 0) {
      text.append(':').append(line).append(':').append(column);
    }
    if (!pointer.isEmpty()) {
      text.append(" at ").append(pointer);
    }
    return text.toString();
  }

  /**
   * The input's name.
   *
   * @return the file name or other description given when reading
   */
  public String source() {
    return source;
  }

  /**
   * The line of the problem.
   *
   * @return the 1-based line, or 0 when unknown
   */
  public int line() {
    return line;
  }

  /**
   * The column of the problem.
   *
   * @return the 1-based column, or 0 when unknown
   */
  public int column() {
    return column;
  }

  /**
   * The JSON pointer (RFC 6901) of the offending value.
   *
   * @return the pointer, such as {@code /m1}; empty for the whole document
   */
  public String pointer() {
    return pointer;
  }

  /**
   * The item whose value is wrong.
   *
   * @return the item id, or empty when the problem is not one item's value
   */
  public Optional<String> item() {
    return Optional.ofNullable(item);
  }
}
