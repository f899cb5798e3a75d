package io.github.dyadscore.perception;

/**
 * The per-couple regression of Kenny and Acitelli (2001, Journal of Personality and Social
 * Psychology 80(3), 439-448): across the items, one partner's predictions {@code P} on the other's
 * self answers {@code S_Y} (the truth) and on the predictor's own answers {@code S_X} (assumed
 * similarity), {@code P = b0 + b_truth S_Y + b_assumed S_X + e}, by ordinary least squares.
 *
 * <p>With the centred sums {@code Syy = sum (S_Y - mean)^2}, {@code Sxx}, {@code Sxy} and {@code
 * Spy = sum (P - mean)(S_Y - mean)}, {@code Spx}, and {@code D = Syy Sxx - Sxy^2}: {@code b_truth =
 * (Sxx Spy - Sxy Spx) / D}, {@code b_assumed = (Syy Spx - Sxy Spy) / D}, {@code b0 = mean(P) -
 * b_truth mean(S_Y) - b_assumed mean(S_X)}, which is R's {@code coef(lm(P ~ S_Y + S_X))}.
 */
final class KennyAcitelliRegression {

  /** One residual degree of freedom beyond the three coefficients. */
  static final int MIN_ITEMS = 4;

  /** Below this {@code 1 - r(S_Y, S_X)^2} the two predictors count as collinear. */
  static final double COLLINEAR = 1e-10;

  private KennyAcitelliRegression() {}

  static KennyAcitelliFit fit(double[] p, double[] truth, double[] own, int n) {
    if (n < MIN_ITEMS) {
      return KennyAcitelliFit.UNDEFINED;
    }
    double meanP = PerceptionStatistics.mean(p, n);
    double meanY = PerceptionStatistics.mean(truth, n);
    double meanX = PerceptionStatistics.mean(own, n);
    double syy = 0;
    double sxx = 0;
    double sxy = 0;
    double spy = 0;
    double spx = 0;
    for (int i = 0; i < n; i++) {
      double dp = p[i] - meanP;
      double dy = truth[i] - meanY;
      double dx = own[i] - meanX;
      syy += dy * dy;
      sxx += dx * dx;
      sxy += dx * dy;
      spy += dp * dy;
      spx += dp * dx;
    }
    if (syy == 0 || sxx == 0 || 1 - sxy * sxy / (syy * sxx) < COLLINEAR) {
      return KennyAcitelliFit.UNDEFINED;
    }
    double det = syy * sxx - sxy * sxy;
    double truthSlope = (sxx * spy - sxy * spx) / det;
    double assumedSlope = (syy * spx - sxy * spy) / det;
    return new KennyAcitelliFit(meanP - truthSlope * meanY - assumedSlope * meanX, truthSlope,
        assumedSlope);
  }
}
