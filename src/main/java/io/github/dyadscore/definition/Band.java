package io.github.dyadscore.definition;

/**
 * An interpretation band: scores from {@code from} (inclusive) up to {@code below} (exclusive).
 *
 * @param label what a score in the band means
 * @param from the lowest score in the band, or negative infinity for an open lower end
 * @param below the first score above the band, or positive infinity for an open upper end
 * @since 0.1.0
 */
public record Band(LocalizedText label, double from, double below) {

  /**
   * Whether a score falls in this band.
   *
   * @param score the score
   * @return true when {@code from <= score < below}
   */
  public boolean contains(double score) {
    return score >= from && score < below;
  }
}
