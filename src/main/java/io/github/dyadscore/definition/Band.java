package io.github.dyadscore.definition;

import java.math.BigDecimal;

/**
 * An interpretation band: the scores between a lower and an upper bound, where each bound says
 * whether the bound itself belongs to the band.
 *
 * <p>Published cut-offs differ in which side the cut-off value belongs to ("below 13.5" against
 * "at or below 17"), so the side is part of the band, not a convention of the code: a definition
 * writes a lower bound as {@code from} (the value is in the band) or {@code above} (it is not), and
 * an upper bound as {@code below} (the value is not in the band) or {@code atMost} (it is).
 *
 * @param label what a score in the band means
 * @param lower the lower bound, or negative infinity for an open lower end
 * @param includesLower whether a score equal to {@code lower} is in the band (false for an open
 *     end)
 * @param upper the upper bound, or positive infinity for an open upper end
 * @param includesUpper whether a score equal to {@code upper} is in the band (false for an open
 *     end)
 * @since 0.1.0
 */
public record Band(
    LocalizedText label, double lower, boolean includesLower, double upper,
    boolean includesUpper) {

  /**
   * Creates a band; an infinite end never counts as included.
   *
   * @param label what a score in the band means
   * @param lower the lower bound, or negative infinity
   * @param includesLower whether the lower bound is in the band
   * @param upper the upper bound, or positive infinity
   * @param includesUpper whether the upper bound is in the band
   * @throws IllegalArgumentException when the band is empty or a bound is NaN
   */
  public Band {
    if (Double.isNaN(lower) || Double.isNaN(upper) || !(lower < upper
        || (lower == upper && includesLower && includesUpper))) {
      throw new IllegalArgumentException("band " + lower + " to " + upper + " is empty");
    }
    includesLower = includesLower && lower != Double.NEGATIVE_INFINITY;
    includesUpper = includesUpper && upper != Double.POSITIVE_INFINITY;
  }

  /**
   * A band from {@code from} (inclusive) up to {@code below} (exclusive), the most common form of a
   * published cut-off ("below 13.5" and "13.5 or above").
   *
   * @param label what a score in the band means
   * @param from the lowest score in the band, or negative infinity
   * @param below the first score above the band, or positive infinity
   * @return the band
   */
  public static Band fromBelow(LocalizedText label, double from, double below) {
    return new Band(label, from, true, below, false);
  }

  /**
   * Whether a score falls in this band.
   *
   * @param score the score
   * @return true when the score lies between the bounds, each bound counted as its side says;
   *     false for NaN
   */
  public boolean contains(double score) {
    boolean aboveLower = includesLower ? score >= lower : score > lower;
    boolean belowUpper = includesUpper ? score <= upper : score < upper;
    return aboveLower && belowUpper;
  }

  /**
   * Whether the band has a lower bound.
   *
   * @return false when it is open downwards
   */
  public boolean hasLower() {
    return lower != Double.NEGATIVE_INFINITY;
  }

  /**
   * Whether the band has an upper bound.
   *
   * @return false when it is open upwards
   */
  public boolean hasUpper() {
    return upper != Double.POSITIVE_INFINITY;
  }

  /**
   * The band's bounds in English words, saying on which side each bound value lies: {@code "below
   * 13.5"}, {@code "at or above 13.5"}, {@code "at or below 17"}, {@code "above 17"}, {@code "at or
   * above 10 and below 20"}, or {@code "any score"} for a band open at both ends. Numbers are
   * written in full without trailing zeros ({@code 47}, {@code 51.5}). Renderers in other
   * languages build their own words from {@link #lower()}, {@link #includesLower()}, {@link
   * #upper()} and {@link #includesUpper()}.
   *
   * @return the wording
   */
  public String boundsWording() {
    String low = hasLower() ? (includesLower ? "at or above " : "above ") + number(lower) : null;
    String high = hasUpper() ? (includesUpper ? "at or below " : "below ") + number(upper) : null;
    if (low != null && high != null) {
      return lower == upper ? "exactly " + number(lower) : low + " and " + high;
    }
    return low != null ? low : high != null ? high : "any score";
  }

  /**
   * A bound value as a definition writes it: {@code 17}, {@code 13.5}, {@code 0.25}.
   *
   * @param value a finite number
   * @return its shortest decimal text without exponent or trailing zeros
   */
  static String number(double value) {
    String plain = BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    return plain.equals("-0") ? "0" : plain;
  }
}
