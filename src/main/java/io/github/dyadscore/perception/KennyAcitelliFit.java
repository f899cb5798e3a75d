package io.github.dyadscore.perception;

/**
 * One couple's regression of a partner's predictions on the truth and on the predictor's own
 * answers across items, {@code P = b0 + b_truth S_Y + b_assumed S_X + e}: R's {@code coef(lm(P ~
 * S_Y + S_X))} (Kenny and Acitelli 2001, Journal of Personality and Social Psychology 80(3),
 * 439-448, where the slopes are the per-couple accuracy and assumed-similarity effects).
 *
 * <p>All three are {@code NaN} when the fit is not defined: fewer than 4 items (no residual degree
 * of freedom is left), {@code S_Y} or {@code S_X} without variance, or the two collinear ({@code 1
 * - r(S_Y, S_X)^2 < 1e-10}). Constant predictions are no obstacle: the slopes are then 0.
 *
 * @param intercept {@code b0}
 * @param truthSlope {@code b_truth}, the slope on the partner's self answers
 * @param assumedSimilaritySlope {@code b_assumed}, the slope on the predictor's own answers
 * @since 0.1.0
 */
public record KennyAcitelliFit(double intercept, double truthSlope, double assumedSimilaritySlope) {

  /** The fit of too few or degenerate items. */
  static final KennyAcitelliFit UNDEFINED = new KennyAcitelliFit(Double.NaN, Double.NaN,
      Double.NaN);

  /**
   * Whether the regression is defined for the items.
   *
   * @return false when every coefficient is NaN
   */
  public boolean defined() {
    return !Double.isNaN(intercept);
  }
}
