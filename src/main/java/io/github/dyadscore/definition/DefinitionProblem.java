package io.github.dyadscore.definition;

/**
 * One problem in a definition file, located as precisely as the input allows.
 *
 * <p>{@link #toString()} gives the form editors and terminals understand, for example {@code
 * mutuality-security.json:41:17 at /scales/1/items/3: unknown item 'm13'; expected one of [m1,
 * m2]}.
 *
 * @param source the file name or other description of the input
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 * @param pointer the JSON pointer (RFC 6901) of the offending value, empty for the whole document
 * @param message what was found and what was expected
 * @since 0.1.0
 */
public record DefinitionProblem(
    String source, int line, int column, String pointer, String message) {

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(source);
    if (line > 0) {
      text.append(':').append(line).append(':').append(column);
    }
    if (!pointer.isEmpty()) {
      text.append(" at ").append(pointer);
    }
    return text.append(": ").append(message).toString();
  }
}
