package io.github.dyadscore.internal;

/**
 * Text as a message shows it: every character a reader cannot see, or that would change how the
 * message looks, is written as a Java escape ({@code \u200b}), so that two ids that look alike
 * but differ by an invisible character can be told apart in the message. Stateless.
 */
public final class Shown {

  private Shown() {}

  /**
   * Escapes control characters (C0, DEL, C1), format characters (zero-width space, joiners,
   * direction marks, the byte order mark), line and paragraph separators, spaces other than
   * U+0020, and lone surrogates; a backslash is doubled only when something else is escaped, so
   * that ordinary text is shown unchanged.
   *
   * @param text any text
   * @return the text, unchanged when every character is visible
   */
  public static String escape(String text) {
    int first = firstHidden(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        out.append("\\\\");
      } else if (hidden(text, i)) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int firstHidden(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (hidden(text, i)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean hidden(String text, int i) {
    char c = text.charAt(i);
    if (c >= 0x21 && c < 0x7F || c == ' ') {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i == 0 || !Character.isHighSurrogate(text.charAt(i - 1));
    }
    int type = Character.getType(c);
    return Character.isISOControl(c) || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
        || type == Character.SPACE_SEPARATOR || type == Character.UNASSIGNED
        || type == Character.PRIVATE_USE;
  }
}
