package io.github.dyadscore.batch;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import io.github.dyadscore.internal.Shown;
import java.util.regex.Pattern;

/**
 * Writes CSV cells: numbers locale-independently with 15 significant digits as R's {@code
 * write.csv} writes them, text quoted where needed and defused against spreadsheet formula
 * injection. Stateless.
 */
final class CsvText {

  /** Written for a missing number or text; R, SPSS (as a user-missing string) and pandas read it. */
  static final String NA = "NA";

  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

  private static final int DIGITS = 15;
  private static final long MIN_DIGITS = 100_000_000_000_000L; // 10^14: 15 digits
  private static final long MAX_DIGITS = 10 * MIN_DIGITS;
  private static final double LOG10_OF_2 = 0.30102999566398120;

  /** "0." and the most zeros fixed notation has before the digits: 3, as in 0.000123. */
  private static final String LEADING_ZEROS = "0.000";

  /** 10^k for k = 0..22, each exact as a double (5^22 < 2^53). */
  private static final double[] EXACT_POWERS = new double[23];

  /** 10^k for k = 0..6 as longs. */
  private static final long[] LONG_POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

  /** 10^k for k = -8..15 at index k + 8, rounded to doubles: bounds, not factors. */
  private static final double[] POWER_BOUNDS = new double[24];

  static {
    double power = 1;
    for (int k = 0; k < EXACT_POWERS.length; k++) {
      EXACT_POWERS[k] = power;
      power *= 10;
    }
    for (int k = -8; k <= 15; k++) {
      POWER_BOUNDS[k + 8] = Double.parseDouble("1e" + k);
    }
  }

  private CsvText() {}

  /**
   * A double as R's {@code write.csv} and data.table's {@code fwrite} write it: at most 15
   * significant digits ({@code DBL_DIG}; R's {@code write.table} formats doubles with that many),
   * correctly rounded from the double's exact binary value with ties to even (as glibc's {@code
   * printf("%.15e")}), trailing zeros dropped. The notation follows R's rule with {@code scipen =
   * 0}: fixed unless it is wider than scientific, so {@code 3.2}, {@code 0.333333333333333},
   * {@code 123456}, {@code 0.00012}, but {@code 1e-04}, {@code 1e+05}, {@code
   * 6.66666666666667e-06}. Negative zero is {@code 0}; NaN and infinities are {@code NA}. The text
   * never depends on the default locale.
   *
   * <p>From 1e15 on, fixed notation pads the 15 digits with zeros ({@code 123456789012346000}) as
   * {@code fwrite} does; {@code write.csv} writes the double's whole integer part there ({@code
   * 123456789012345680}). Scores are bounded far below that.
   */
  static String number(double value) {
    return number(new Utf8Builder(24), value).asciiString();
  }

  /**
   * Appends {@link #number(double)}'s text without making a string of it.
   *
   * <p>Three ways, fastest first. A whole number below 1e5 is written as an int. A magnitude whose
   * 15-digit rounding has at most 6 decimals, such as a mean of ten items (3.2) or a difference of
   * two (3.1999999999999997, which is 3.2 to 15 digits), is written from one rounded product,
   * several times faster than the general way; most numbers of a batch run are such. Why that test
   * is exact: with t = fl(magnitude * 10^k) (10^k exact) and n = rint(t), the real X = magnitude *
   * 10^k differs from t by at most half an ulp of t, 2^-53 t, and |t - n| is computed exactly (the
   * two are close). The 15th significant digit of X is worth u > 10^-15 t. If |t - n| <= 3.5e-16 t,
   * then |X - n| < 4.7e-16 t < u / 2, so X rounds to the 15 digits of n: the text is n with k
   * decimals. For 1e-3 <= magnitude < 1e5 fixed notation is never wider than scientific (R's rule),
   * so no exponent is needed.
   *
   * <p>Any other 1e-8 <= magnitude < 1e15 is rounded to 15 significant digits without
   * Double.toString or BigDecimal. With e the decimal exponent, the real product X = magnitude *
   * 10^(14 - e) lies in [10^14, 10^15) and the factor is an exact double (14 - e is 0..22), so X
   * carries the digits exactly; it only has to be rounded to an integer. The double product p =
   * fl(X) may itself be rounded, but the error of a product of two doubles is a double, and fma
   * returns it exactly: X = p + r. As p < 2^50, p's spacing u is at most 1/8, so f = p - floor(p)
   * (exact) and 0.5 are multiples of u while |r| <= u/2: f < 0.5 means X rounds down, f > 0.5 up,
   * both as {@code rint(p)} does, and at f == 0.5 the sign of r decides, with r == 0 an exact tie
   * that goes to the even integer, as {@code rint} rounds it. The rare tiny or huge rest goes
   * through BigDecimal.
   *
   * <p>The ways are one method, not three, on purpose: at over 325 bytes of bytecode (HotSpot's
   * {@code FreqInlineSize}) C2 compiles it once and calls it, instead of inlining it at each of the
   * dozen call sites of a writer's line. Inlined, it made the writers' compiled code three times
   * larger and their compilation cost more CPU than the calls it saved (up to a second of C2 time
   * in a run of a million couples, measured with {@code -XX:+CITime} and {@code
   * bench/compare-jars.sh}); whether it got inlined depended on the order of compilations, so the
   * speed of a run varied with it.
   */
  static Utf8Builder number(Utf8Builder out, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return out.append(NA);
    }
    double magnitude = Math.abs(value);
    if (magnitude < 1e5 && value == Math.rint(value)) {
      // Fixed is never the wider up to 99999; (int) -0.0 is 0.
      return integer(out, (int) value);
    }
    if (value < 0) {
      out.append('-');
    }
    if (magnitude >= 1e-3 && magnitude < 1e5) {
      for (int k = 0; k <= 6; k++) {
        double t = magnitude * EXACT_POWERS[k];
        double n = Math.rint(t);
        if (Math.abs(t - n) <= 3.5e-16 * t) {
          long digits = (long) n;
          long unit = LONG_POWERS[k];
          long whole = digits / unit;
          if (whole >= 100_000) {
            break; // rounded up to 1e5, which R writes as 1e+05
          }
          long fraction = digits - whole * unit;
          int decimals = k;
          while (decimals > 0 && fraction % 10 == 0) { // when n/10 just missed at k - 1
            fraction /= 10;
            decimals--;
          }
          integer(out, (int) whole);
          if (decimals > 0) {
            // The fraction's digits with its leading zeros are those of 10^decimals + fraction
            // after the leading 1, which becomes the point: 0.05 is 105, written ".05". (A loop
            // over the places failed C2's loop limit check once per run, and number was compiled
            // a second time.)
            int point = out.length();
            out.appendDigits(LONG_POWERS[decimals] + fraction).setByteAt(point, (byte) '.');
          }
          return out;
        }
      }
    }
    if (magnitude < 1e-8 || magnitude >= 1e15) {
      roundExactly(out, magnitude);
      return out;
    }
    // magnitude in [2^b, 2^(b+1)) puts log10(magnitude) in [b log10 2, (b+1) log10 2): e or e + 1
    int e = (int) Math.floor(Math.getExponent(magnitude) * LOG10_OF_2);
    if (magnitude >= POWER_BOUNDS[e + 1 + 8]) {
      e++;
    }
    // Of the bounds 1e-8..1e-1, only 1e-6 and 1e-7 are below the real power (by 4.5e-17 of it),
    // so e is one too high for exactly those two doubles. Their X then lies 0.0045 below 10^14
    // and rounds to 10^14: the digits and exponent that e - 1 would give as well.
    double scale = EXACT_POWERS[DIGITS - 1 - e];
    double product = magnitude * scale;
    // Away from a tie of p, X rounds as p does. The tie is tested first: a branch the CPU
    // predicts, where testing f against 0.5 for every number was one it mostly could not.
    double rounded = Math.rint(product);
    if (Math.abs(product - rounded) == 0.5) {
      double residual = Math.fma(magnitude, scale, -product);
      if (residual != 0) {
        rounded = residual > 0 ? Math.ceil(product) : Math.floor(product);
      }
    }
    long digits = (long) rounded;
    if (digits == MAX_DIGITS) { // rounded up across a power of ten, such as 0.0999... to 0.1
      digits = MIN_DIGITS;
      e++;
    }
    write(out, digits, e);
    return out;
  }

  /** Appends an int; the one- and two-digit ones, most of a batch's counts, without a loop. */
  static Utf8Builder integer(Utf8Builder out, int value) {
    if (value >= 0 && value < 10) {
      return out.append((char) ('0' + value));
    }
    if (value >= 10 && value < 100) {
      return out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
    return value < 0 ? out.append('-').appendDigits(-(long) value) : out.appendDigits(value);
  }

  /** Rounds any positive magnitude via BigDecimal: slow, for the rare tiny or huge ones. */
  private static void roundExactly(Utf8Builder out, double magnitude) {
    BigDecimal rounded =
        new BigDecimal(magnitude).round(new MathContext(DIGITS, RoundingMode.HALF_EVEN));
    int precision = rounded.precision();
    long digits = rounded.unscaledValue().longValueExact();
    for (int k = precision; k < DIGITS; k++) {
      digits *= 10;
    }
    write(out, digits, precision - rounded.scale() - 1);
  }

  /**
   * Writes the 15 digits {@code 10^14 <= digits < 10^15} of a number digits * 10^(e - 14) without
   * trailing zeros, in fixed notation unless that is wider than scientific, as R chooses. The
   * digits are appended first and the point inserted after: no long divisions.
   */
  private static void write(Utf8Builder out, long digits, int e) {
    if (e < 0 && e >= -3) {
      // Fixed whatever the digits (the widths below): the zeros go first, no insert after.
      int end = out.append(LEADING_ZEROS, 0, 1 - e).appendFifteenDigits(digits).length();
      while (out.byteAt(end - 1) == '0') {
        end--;
      }
      out.truncate(end);
      return;
    }
    int start = out.length();
    int end = out.appendFifteenDigits(digits).length();
    while (out.byteAt(end - 1) == '0') {
      end--;
    }
    out.truncate(end);
    int significant = end - start;
    int decimals = Math.max(0, significant - e - 1);
    int fixedWidth = Math.max(e, 0) + 1 + (decimals > 0 ? decimals + 1 : 0);
    int scientificWidth = significant + (significant > 1 ? 1 : 0) + (Math.abs(e) >= 100 ? 5 : 4);
    if (fixedWidth <= scientificWidth) {
      if (e < 0) {
        out.insert(start, LEADING_ZEROS, 1 - e); // "0." and -e - 1 zeros
      } else if (decimals > 0) {
        out.insert(start + e + 1, ".", 1);
      } else {
        for (int k = significant; k <= e; k++) {
          out.append('0');
        }
      }
      return;
    }
    if (significant > 1) {
      out.insert(start + 1, ".", 1);
    }
    out.append('e').append(e < 0 ? '-' : '+');
    int exponent = Math.abs(e);
    if (exponent < 10) {
      out.append('0');
    }
    integer(out, exponent);
  }

  /**
   * Appends a text cell. A text a spreadsheet would run as a formula (first character {@code =
   * + - @}, tab or carriage return) gets a leading single quote, unless it is a plain number such
   * as {@code -3}; then the cell is quoted if it holds a comma, quote or line break.
   */
  static void text(Utf8Builder out, String value) {
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
    out.append('"').append(safe.replace("\"", "\"\"")).append('"');
  }

  /**
   * A couple or person id as every output writes it ({@code .csv}, {@code reports.jsonl}, the
   * HTML index), so that each couple has one id in all of them: {@linkplain #defuse defused}
   * against formula injection, and an id that R would read as missing ({@code NA}, which {@code
   * read.csv} and {@code fread} read as NA quoted or not, and {@code NaN}, which {@code is.na}
   * holds for in a numeric column) prefixed with {@code '} as a formula is.
   */
  static String id(String value) {
    if (value.equals(NA) || value.equals("NaN")) {
      return "'" + value;
    }
    return defuse(value);
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
   * A text as a message quotes it, invisible characters escaped ({@link Shown}): whole up to 40
   * characters, else its first 30 characters, {@code ...} and its length, so that a 10 MB cell
   * does not make a 10 MB message.
   */
  static String abbreviate(String text) {
    if (text.length() <= 40) {
      return Shown.escape(text);
    }
    return Shown.escape(text.substring(0, 30)) + "... (" + text.length() + " characters)";
  }

  static void bool(Utf8Builder out, boolean value) {
    out.append(value ? "TRUE" : "FALSE");
  }
}
