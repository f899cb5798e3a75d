package io.github.dyadscore.stats;

import org.apache.commons.math3.distribution.FDistribution;

/**
 * The Feldt confidence interval for coefficient alpha (Feldt, Woodruff and Salih 1987, Applied
 * Psychological Measurement 11(1), 93-103), as R's {@code psych::alpha.ci} computes it:
 * {@code 1 - (1 - alpha) F(1 - p/2; n - 1, (n - 1)(k - 1))} to {@code 1 - (1 - alpha) F(p/2; n - 1,
 * (n - 1)(k - 1))} with {@code p = 0.05}.
 */
final class Feldt {

  /**
   * Absolute accuracy of the F quantiles. Commons Math's default (1e-9) would put the bounds'
   * last digits in doubt at the 1e-9 agreement the golden tests ask of psych.
   */
  private static final double QUANTILE_ACCURACY = 1e-15;

  private Feldt() {}

  /**
   * The 95 % interval.
   *
   * @param alpha raw alpha
   * @param n the number of persons
   * @param k the number of items
   * @return the interval, NaN bounds when {@code n < 2}, {@code k < 2} or alpha is NaN
   */
  static Interval interval95(double alpha, long n, int k) {
    if (n < 2 || k < 2 || Double.isNaN(alpha)) {
      return new Interval(Double.NaN, Double.NaN);
    }
    double df1 = n - 1.0;
    double df2 = (n - 1.0) * (k - 1.0);
    // No random generator: the distribution is only used for quantiles, never sampled.
    FDistribution f = new FDistribution(null, df1, df2, QUANTILE_ACCURACY);
    double lower = 1 - (1 - alpha) * f.inverseCumulativeProbability(0.975);
    double upper = 1 - (1 - alpha) * f.inverseCumulativeProbability(0.025);
    return new Interval(lower, upper);
  }
}
