package io.github.dyadscore.batch;

/**
 * CSV cells exactly as dyadscore's own output files write them, for a program that writes its
 * own CSV file beside them (the command line's {@code reliability.csv} does): numbers with at most
 * 15 significant digits as R's {@code write.csv} writes them, whatever the default locale, and
 * text quoted where needed and defused against spreadsheet formula injection. Stateless and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class CsvCells {

  private CsvCells() {}

  /**
   * A number as a CSV cell.
   *
   * @param value any double
   * @return at most 15 significant digits, correctly rounded, in R's fixed or scientific notation
   *     ({@code 3.2}, {@code 0.333333333333333}, {@code 1e-04}); {@code NA} for NaN and infinities
   */
  public static String number(double value) {
    return CsvText.number(value);
  }

  /**
   * A text as a CSV cell.
   *
   * @param value the text
   * @return the text, with a leading {@code '} when a spreadsheet would run it as a formula, and
   *     in double quotes (inner quotes doubled) when it holds a comma, quote or line break
   */
  public static String text(String value) {
    Utf8Builder out = new Utf8Builder(value.length() + 8);
    CsvText.text(out, value);
    return out.toString();
  }
}
