package io.github.dyadscore.perception;

import io.github.dyadscore.perception.TruthAndBiasFit.Estimator;
import io.github.dyadscore.perception.TruthAndBiasFit.Sample;
import java.util.ArrayList;
import java.util.List;

/**
 * The truth-and-bias model of West and Kenny (2011, Psychological Review 118(2), 357-378) for one
 * scale across couples, accumulated couple by couple with memory that does not grow with their
 * number. Not thread-safe: use one per thread and {@link #merge} them.
 *
 * <p>Each couple gives up to two rows, one per direction "X about Y" whose three scores are all
 * present: {@code P}, the scale scored from X's predictions; {@code T}, Y's score on the same
 * items (the truth); {@code B}, X's own score on them (the bias variable, for assumed similarity);
 * see {@link ScalePerception}. Every variable is centred on the mean of {@code T} over the rows of
 * the model (per direction for the direction models, over both directions for {@link
 * Sample#BOTH}), so that the intercept is the directional bias. {@link #fit()} gives six fits:
 *
 * <ul>
 *   <li>{@link Estimator#OLS}, per direction: R's {@code lm(P ~ T + B)} on that direction's rows;
 *   <li>OLS, both directions stacked: {@code lm(P ~ T + B)} on all rows, ignoring that a couple's
 *       two rows are not independent;
 *   <li>{@link Estimator#GLS}, per direction: one model on both directions stacked, with an
 *       intercept and both slopes per direction, {@code nlme::gls(P ~ 0 + dir + dir:T + dir:B,
 *       correlation = corCompSymm(form = ~ 1 | couple))} (REML): the two directions' estimates,
 *       sharing {@code sigma} and the within-couple correlation {@code rho};
 *   <li>GLS, both directions: {@code gls(P ~ T + B, correlation = corCompSymm(form = ~ 1 |
 *       couple))}, the partners treated as indistinguishable.
 * </ul>
 *
 * <p>The fits use the cross-products of the rows ({@link DyadCrossProducts}); centring is a
 * change of parameters that leaves the slopes, {@code sigma} and {@code rho} as they are, so the
 * intercept is fitted on the raw scores and moved afterwards: {@code b0_centred = b0 - m (1 -
 * b_truth - b_bias)}, with the variance {@code a' Cov(beta) a} for {@code a = (1, m, m)}.
 * Standard errors are {@code sqrt(diag(sigma^2 (X'V^-1X)^-1))} as in R's {@code vcov} for both.
 * The GLS fit is {@link CompoundSymmetryGls}, which documents its optimisation.
 *
 * @since 0.1.0
 */
public final class TruthAndBiasModel {

  private static final int P3 = 3;
  private static final int P6 = 6;

  private final String scale;
  private final DyadCrossProducts[] directions = {new DyadCrossProducts(P3),
      new DyadCrossProducts(P3)};
  private final DyadCrossProducts pooled = new DyadCrossProducts(P3);
  private final DyadCrossProducts interacted = new DyadCrossProducts(P6);
  private final double[] truthSums = new double[2];

  /**
   * An empty model.
   *
   * @param scale the scale's id, for the fits
   */
  public TruthAndBiasModel(String scale) {
    this.scale = scale;
  }

  /**
   * Adds a couple's two directions on this model's scale.
   *
   * @param aAboutB A's perception of B on the scale
   * @param bAboutA B's perception of A on the scale
   */
  public void add(ScalePerception aAboutB, ScalePerception bAboutA) {
    add(aAboutB.predicted(), aAboutB.actual(), aAboutB.own(), bAboutA.predicted(),
        bAboutA.actual(), bAboutA.own());
  }

  /**
   * Adds a couple from its scores; a direction with any score NaN is left out.
   *
   * @param predictedAB the scale scored from A's predictions of B
   * @param truthAB B's score on the same items
   * @param ownAB A's own score on the same items
   * @param predictedBA the scale scored from B's predictions of A
   * @param truthBA A's score on the same items
   * @param ownBA B's own score on the same items
   */
  public void add(double predictedAB, double truthAB, double ownAB, double predictedBA,
      double truthBA, double ownBA) {
    boolean ab = !Double.isNaN(predictedAB + truthAB + ownAB);
    boolean ba = !Double.isNaN(predictedBA + truthBA + ownBA);
    double[] rowAB = {1, truthAB, ownAB, predictedAB};
    double[] rowBA = {1, truthBA, ownBA, predictedBA};
    double[] wideAB = {1, 0, truthAB, 0, ownAB, 0, predictedAB};
    double[] wideBA = {0, 1, 0, truthBA, 0, ownBA, predictedBA};
    if (ab) {
      directions[0].add(rowAB);
      truthSums[0] += truthAB;
    }
    if (ba) {
      directions[1].add(rowBA);
      truthSums[1] += truthBA;
    }
    if (ab && ba) {
      pooled.add(rowAB, rowBA);
      interacted.add(wideAB, wideBA);
    } else if (ab || ba) {
      pooled.add(ab ? rowAB : rowBA);
      interacted.add(ab ? wideAB : wideBA);
    }
  }

  /**
   * Adds another accumulator's couples to this one.
   *
   * @param other a model of the same scale
   */
  public void merge(TruthAndBiasModel other) {
    for (int d = 0; d < 2; d++) {
      directions[d].merge(other.directions[d]);
      truthSums[d] += other.truthSums[d];
    }
    pooled.merge(other.pooled);
    interacted.merge(other.interacted);
  }

  /**
   * Fits the six models.
   *
   * @return OLS for A about B, B about A and both, then GLS for the same, in that order
   */
  public List<TruthAndBiasFit> fit() {
    long rowsAB = directions[0].rows();
    long rowsBA = directions[1].rows();
    double[] means = {truthSums[0] / rowsAB, truthSums[1] / rowsBA};
    double meanBoth = (truthSums[0] + truthSums[1]) / (rowsAB + rowsBA);
    List<TruthAndBiasFit> fits = new ArrayList<>();
    fits.add(ols(Sample.A_ABOUT_B, directions[0], means[0]));
    fits.add(ols(Sample.B_ABOUT_A, directions[1], means[1]));
    fits.add(ols(Sample.BOTH, pooled, meanBoth));
    CompoundSymmetryGls.Fit perDirection = CompoundSymmetryGls.fit(interacted);
    fits.add(gls(Sample.A_ABOUT_B, perDirection, new int[] {0, 2, 4}, means[0], rowsAB, rowsAB));
    fits.add(gls(Sample.B_ABOUT_A, perDirection, new int[] {1, 3, 5}, means[1], rowsBA, rowsBA));
    fits.add(gls(Sample.BOTH, CompoundSymmetryGls.fit(pooled), new int[] {0, 1, 2}, meanBoth,
        pooled.rows(), pooled.couples()));
    return fits;
  }

  private TruthAndBiasFit ols(Sample sample, DyadCrossProducts data, double mean) {
    long n = data.rows();
    LinearFit fit = n > P3 ? LinearFit.solve(data.weighted(0), P3) : null;
    if (fit == null || !(fit.q >= 0)) {
      return undefined(sample, Estimator.OLS, n, data.couples());
    }
    double sigma2 = fit.q / (n - P3);
    return centred(sample, Estimator.OLS, n, data.couples(), fit, new int[] {0, 1, 2}, mean,
        sigma2, Double.NaN, Double.NaN);
  }

  private TruthAndBiasFit gls(Sample sample, CompoundSymmetryGls.Fit fit, int[] at, double mean,
      long n, long couples) {
    if (fit == null) {
      return undefined(sample, Estimator.GLS, n, couples);
    }
    return centred(sample, Estimator.GLS, n, couples, fit.fit(), at, mean,
        fit.sigma() * fit.sigma(), fit.rho(), fit.logLikelihood());
  }

  /** The estimates with the intercept moved to the centred parameterisation. */
  private TruthAndBiasFit centred(Sample sample, Estimator estimator, long n, long couples,
      LinearFit fit, int[] at, double mean, double sigma2, double rho, double logLikelihood) {
    int i0 = at[0];
    int it = at[1];
    int ib = at[2];
    double[] beta = fit.beta;
    double[][] c = fit.inverse;
    double intercept = beta[i0] - mean * (1 - beta[it] - beta[ib]);
    // a' C a for a = (1, m, m) over the three coefficients.
    double[] a = {1, mean, mean};
    double variance = 0;
    for (int j = 0; j < 3; j++) {
      for (int k = 0; k < 3; k++) {
        variance += a[j] * a[k] * c[at[j]][at[k]];
      }
    }
    return new TruthAndBiasFit(scale, sample, estimator, n, couples, intercept,
        Math.sqrt(sigma2 * variance), beta[it], Math.sqrt(sigma2 * c[it][it]), beta[ib],
        Math.sqrt(sigma2 * c[ib][ib]), Math.sqrt(sigma2), rho, logLikelihood);
  }

  private TruthAndBiasFit undefined(Sample sample, Estimator estimator, long n, long couples) {
    double nan = Double.NaN;
    return new TruthAndBiasFit(scale, sample, estimator, n, couples, nan, nan, nan, nan, nan,
        nan, nan, nan, nan);
  }

  /**
   * The scale's id.
   *
   * @return the id
   */
  public String scale() {
    return scale;
  }
}
