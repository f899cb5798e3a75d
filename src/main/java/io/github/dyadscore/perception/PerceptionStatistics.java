package io.github.dyadscore.perception;

/**
 * The per-couple indices of {@link PerceptionIndices}: Pearson correlations, hit rates, the
 * directional bias and the mean absolute error of one partner's predictions (Kenny and Acitelli
 * 2001, Journal of Personality and Social Psychology 80(3), 439-448), with the regression from
 * {@link KennyAcitelliRegression}.
 */
final class PerceptionStatistics {

  /** Fewer items than this leave the correlations undefined: two points always correlate ±1. */
  static final int MIN_ITEMS_FOR_CORRELATION = 3;

  private PerceptionStatistics() {}

  static PerceptionIndices indices(double[] p, double[] truth, double[] own, int n) {
    if (n < 0 || p.length < n || truth.length < n || own.length < n) {
      throw new IllegalArgumentException("expected arrays of at least " + n + " values");
    }
    for (int i = 0; i < n; i++) {
      if (Double.isNaN(p[i]) || Double.isNaN(truth[i]) || Double.isNaN(own[i])) {
        throw new IllegalArgumentException("value " + i + " is NaN; expected only items where "
            + "all three answers are present");
      }
    }
    if (n == 0) {
      return new PerceptionIndices(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN,
          Double.NaN, Double.NaN, Double.NaN, KennyAcitelliFit.UNDEFINED);
    }
    int exact = 0;
    int withinOne = 0;
    double sumDifference = 0;
    double sumAbsolute = 0;
    for (int i = 0; i < n; i++) {
      double difference = p[i] - truth[i];
      if (difference == 0) {
        exact++;
      }
      if (Math.abs(difference) <= 1) {
        withinOne++;
      }
      sumDifference += difference;
      sumAbsolute += Math.abs(difference);
    }
    return new PerceptionIndices(n, correlation(p, truth, n), correlation(p, own, n),
        correlation(own, truth, n), 100.0 * exact / n, 100.0 * withinOne / n, sumDifference / n,
        sumAbsolute / n, KennyAcitelliRegression.fit(p, truth, own, n));
  }

  /** Pearson's r of the first n values, NaN below 3 values or when either is constant. */
  static double correlation(double[] x, double[] y, int n) {
    if (n < MIN_ITEMS_FOR_CORRELATION) {
      return Double.NaN;
    }
    double meanX = mean(x, n);
    double meanY = mean(y, n);
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < n; i++) {
      double dx = x[i] - meanX;
      double dy = y[i] - meanY;
      sxy += dx * dy;
      sxx += dx * dx;
      syy += dy * dy;
    }
    return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
  }

  static double mean(double[] x, int n) {
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += x[i];
    }
    return sum / n;
  }
}
