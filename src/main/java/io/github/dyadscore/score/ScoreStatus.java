package io.github.dyadscore.score;

/**
 * Whether a scale could be scored.
 *
 * @since 0.1.0
 */
public enum ScoreStatus {
  /** Enough items (or component scales) were answered; the score is a number. */
  SCORED,
  /** Fewer were answered than the scale's minimum; the score is NaN. */
  TOO_FEW_ANSWERS
}
