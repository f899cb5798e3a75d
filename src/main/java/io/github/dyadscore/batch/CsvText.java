package io.github.dyadscore.batch;

import java.util.regex.Pattern;

/**
 * Writes CSV cells: numbers locale-independently at full precision, text quoted where needed and
 * defused against spreadsheet formula injection. Stateless.
 */
final class CsvText {

  /** Written for a missing number or text; R, SPSS (as a user-missing string) and pandas read it. */
  static final String NA = "NA";

  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

  private CsvText() {}

  /**
   * A double as the shortest decimal that reads back as the same double ({@link
   * Double#toString(double)}, which ignores the default locale), without a trailing {@code .0};
   * NaN and infinities as {@code NA}.
   */
  static String number(double value) {
    return number(new StringBuilder(24), value).toString();
  }

  /** Appends {@link #number(double)}'s text without making a string of it. */
  static StringBuilder number(StringBuilder out, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return out.append(NA);
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return out.append((long) value);
    }
    if (!appendShortDecimal(out, value)) {
      out.append(Double.toString(value));
    }
    return out;
  }

  /**
   * Appends a value that has at most four decimals, such as a mean of ten items (a multiple of
   * 0.1), without Java 17's slow {@link Double#toString(double)}. With the fewest decimals {@code
   * k} for which {@code round(|v| 10^k) / 10^k == |v|} exactly, the decimal reads back as the same
   * double (both sides are correctly rounded), so the text is the shortest one, as {@code
   * Double.toString} gives it. Returns false, appending nothing, for other values.
   */
  private static boolean appendShortDecimal(StringBuilder out, double value) {
    double magnitude = Math.abs(value);
    if (magnitude < 1e-3 || magnitude >= 1e6) {
      return false; // Double.toString may switch to scientific notation out there
    }
    long scale = 1;
    for (int k = 1; k <= 4; k++) {
      scale *= 10;
      long digits = Math.round(magnitude * scale);
      if ((double) digits / scale == magnitude) {
        if (value < 0) {
          out.append('-');
        }
        out.append(digits / scale).append('.');
        long fraction = digits % scale;
        for (long pad = scale / 10; pad > fraction && pad > 1; pad /= 10) {
          out.append('0');
        }
        out.append(fraction);
        return true;
      }
    }
    return false;
  }

  /**
   * Appends a text cell. A text a spreadsheet would run as a formula (first character {@code =
   * + - @}, tab or carriage return) gets a leading single quote, unless it is a plain number such
   * as {@code -3}; then the cell is quoted if it holds a comma, quote or line break.
   */
  static void text(StringBuilder out, String value) {
    String safe = defuse(value);
    boolean quote = false;
    for (int i = 0; i < safe.length() && !quote; i++) {
      char c = safe.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      out.append(safe);
      return;
    }
    out.append('"');
    for (int i = 0; i < safe.length(); i++) {
      char c = safe.charAt(i);
      if (c == '"') {
        out.append('"');
      }
      out.append(c);
    }
    out.append('"');
  }

  static String defuse(String value) {
    if (value.isEmpty()) {
      return value;
    }
    char first = value.charAt(0);
    boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t'
        || first == '\r';
    if (risky && !NUMBER.matcher(value).matches()) {
      return "'" + value;
    }
    return value;
  }

  /**
   * A text as a message quotes it: unchanged up to 40 characters, else its first 30 characters,
   * {@code ...} and its length, so that a 10 MB cell does not make a 10 MB message.
   */
  static String abbreviate(String text) {
    if (text.length() <= 40) {
      return text;
    }
    return text.substring(0, 30) + "... (" + text.length() + " characters)";
  }

  static void bool(StringBuilder out, boolean value) {
    out.append(value ? "TRUE" : "FALSE");
  }
}
