package io.github.dyadscore.perception;

/**
 * How one partner predicted the other over a set of items: the items where X's prediction {@code
 * P}, Y's self answer {@code S_Y} and X's own self answer {@code S_X} are all present, on keyed
 * values (Kenny and Acitelli 2001, Journal of Personality and Social Psychology 80(3), 439-448).
 *
 * <p>Rules for too little data: the correlations are {@code NaN} with fewer than 3 items or when
 * either variable is constant (R's {@code cor} gives {@code NA} for the latter); the hit rates,
 * bias and mean absolute error are {@code NaN} without items; the regression as {@link
 * KennyAcitelliFit} says. Pearson's r is computed in two passes, {@code sum(dx dy) / sqrt(sum(dx^2)
 * sum(dy^2))} on deviations from the means.
 *
 * @param items the number of items used, {@code n}
 * @param accuracy {@code r(P, S_Y)}: whether X's predictions rise and fall with Y's answers
 * @param assumedSimilarity {@code r(P, S_X)}: whether X predicts Y to answer as X did
 * @param actualSimilarity {@code r(S_X, S_Y)} on the same items
 * @param exactHits the percentage of items with {@code P = S_Y}
 * @param withinOneHits the percentage of items with {@code |P - S_Y| <= 1}
 * @param bias the directional bias {@code mean(P - S_Y)}: above 0 when X predicts Y's answers
 *     higher (on the keyed values) than Y gave them
 * @param meanAbsoluteError {@code mean(|P - S_Y|)}
 * @param regression {@code lm(P ~ S_Y + S_X)} across the items
 * @since 0.1.0
 */
public record PerceptionIndices(
    int items,
    double accuracy,
    double assumedSimilarity,
    double actualSimilarity,
    double exactHits,
    double withinOneHits,
    double bias,
    double meanAbsoluteError,
    KennyAcitelliFit regression) {

  /**
   * Computes the indices over items where all three answers are present.
   *
   * @param predictions {@code P}, X's predictions; only the first {@code n} values are read
   * @param truth {@code S_Y}, Y's self answers, item for item
   * @param own {@code S_X}, X's own self answers, item for item
   * @param n the number of items
   * @return the indices
   * @throws IllegalArgumentException when an array is shorter than {@code n} or a value is NaN
   */
  public static PerceptionIndices of(double[] predictions, double[] truth, double[] own, int n) {
    return PerceptionStatistics.indices(predictions, truth, own, n);
  }
}
