package io.github.dyadscore.definition;

/**
 * How a scale turns answered items (or component scale scores) into one score. With weights
 * {@code w} and keyed values {@code v} of the answered items:
 *
 * @since 0.1.0
 */
public enum ScoringMethod {
  /** {@code sum(w * v) / sum(w)}; with unit weights, R psych's {@code scoreItems(impute = "none")}. */
  MEAN,
  /** {@code sum(w * v)}: only comparable between people who answered the same items. */
  SUM,
  /**
   * {@code sum(w * v) * W / sum(w)}, where W is the total weight of all the scale's items: the sum
   * scaled up to full length, that is, the mean times W.
   */
  PRORATED_SUM
}
