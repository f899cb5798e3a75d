package io.github.dyadscore.definition;

/**
 * How many of a scale's items (or, for a composite, component scales) must be answered for the
 * scale to be scored.
 *
 * @since 0.1.0
 */
public sealed interface MinimumAnswered {

  /**
   * The number required out of a given total.
   *
   * @param total the number of items (or component scales) in the scale
   * @return the smallest number answered that still gets a score, between 1 and total
   */
  int required(int total);

  /**
   * At least a fixed number.
   *
   * @param count the number, at least 1
   */
  record Count(int count) implements MinimumAnswered {
    @Override
    public int required(int total) {
      return Math.min(count, total);
    }
  }

  /**
   * At least a fraction, rounded up: 0.75 of 14 items is 11 items.
   *
   * @param fraction the fraction, greater than 0 and at most 1
   */
  record Fraction(double fraction) implements MinimumAnswered {
    @Override
    public int required(int total) {
      // The small tolerance keeps 0.7 * 10 (6.999999...) at 7 rather than rounding it up to 8.
      return Math.max(1, (int) Math.ceil(fraction * total - 1e-9));
    }
  }
}
