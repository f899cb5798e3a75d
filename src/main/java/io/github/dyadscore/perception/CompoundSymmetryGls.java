package io.github.dyadscore.perception;

import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;

/**
 * Generalised least squares with compound symmetry within couples, fitted by restricted maximum
 * likelihood (REML): R's {@code nlme::gls(y ~ X, correlation = corCompSymm(form = ~ 1 | couple),
 * method = "REML")} for couples of one or two rows.
 *
 * <p>The model is {@code y = X beta + e}, {@code Var(e) = sigma^2 V}, where {@code V} is block
 * diagonal with a block {@code [[1, rho], [rho, 1]]} per couple of two rows (1 for a couple of
 * one), {@code -1 < rho < 1}. For fixed {@code rho}, {@code beta} and {@code sigma} have closed
 * forms (generalised least squares): {@code beta = (X'V^-1X)^-1 X'V^-1y}, {@code sigma^2 = r'V^-1r
 * / (N - p)}. The REML log-likelihood profiled over them (Harville 1977; as nlme computes it,
 * Pinheiro and Bates 2000, Mixed-Effects Models in S and S-PLUS, sec. 2.4 and 5.1) is
 *
 * <pre>
 *   l(rho) = -1/2 [ (N - p) (log(2 pi sigma^2) + 1) + log|V| + log|X'V^-1 X| ]
 * </pre>
 *
 * with {@code log|V| = pairs * log(1 - rho^2)}. This is nlme's {@code logLik} of a REML fit, which
 * leaves out the constant {@code 1/2 log|X'X|}.
 *
 * <p><b>Optimisation.</b> {@code l(rho)} is maximised over the one parameter {@code rho}: first on
 * a grid of {@code rho = -0.995, -0.99, ..., 0.995}, then by Brent's method (Commons Math {@link
 * BrentOptimizer}, relative tolerance 1e-12, absolute 1e-14, at most 10,000 evaluations) on the
 * grid interval around the best grid point, widened to the open bounds {@code ±(1 - 1e-12)} at the
 * ends. Brent's method stops when the bracketing interval is within {@code 2 (1e-12 |rho| +
 * 1e-14)} of its midpoint; but near a maximum the log-likelihood changes with the square of the
 * step, so in double precision its argument is determined only to about the square root of the
 * machine precision: {@code rho} to about 1e-8, and the coefficients, which depend on it
 * smoothly, to about 1e-9 (a change in the summation order of the data can move them that much).
 * nlme, even with tight tolerances, agrees to about 2e-9; with its default tolerances to about
 * 1e-6, the tolerance of the golden tests (the golden values were made with tighter tolerances,
 * and the R script checks that the defaults agree with them to 1e-6). The grid guards against a
 * second local maximum, which a profile over one parameter rarely has. The fit is undefined
 * ({@code null}) without a couple of two rows (then {@code rho} is not identified), with {@code N
 * <= p}, or with singular {@code X'V^-1X}.
 */
final class CompoundSymmetryGls {

  /** The open bounds of rho are approached to this distance. */
  static final double EDGE = 1e-12;
  static final double GRID_STEP = 0.005;
  static final double RELATIVE_TOLERANCE = 1e-12;
  static final double ABSOLUTE_TOLERANCE = 1e-14;
  static final int MAX_EVALUATIONS = 10_000;

  /** A REML fit: the estimates for {@code rho}. */
  record Fit(LinearFit fit, double rho, double sigma, double logLikelihood) {}

  private CompoundSymmetryGls() {}

  static Fit fit(DyadCrossProducts data) {
    int p = data.p;
    long n = data.rows();
    if (data.pairs == 0 || n <= p) {
      return null;
    }
    double bestRho = Double.NaN;
    double best = Double.NEGATIVE_INFINITY;
    int steps = (int) Math.round(2 * (1 - GRID_STEP) / GRID_STEP);
    for (int k = 0; k <= steps; k++) {
      double rho = -1 + GRID_STEP + k * GRID_STEP;
      double value = profile(data, rho);
      if (value > best) {
        best = value;
        bestRho = rho;
      }
    }
    if (Double.isNaN(bestRho)) {
      return null;
    }
    double lo = Math.max(-1 + EDGE, bestRho - GRID_STEP);
    double hi = Math.min(1 - EDGE, bestRho + GRID_STEP);
    if (bestRho - GRID_STEP < -1 + GRID_STEP / 2) {
      lo = -1 + EDGE;
    }
    if (bestRho + GRID_STEP > 1 - GRID_STEP / 2) {
      hi = 1 - EDGE;
    }
    BrentOptimizer brent = new BrentOptimizer(RELATIVE_TOLERANCE, ABSOLUTE_TOLERANCE);
    UnivariatePointValuePair optimum = brent.optimize(new MaxEval(MAX_EVALUATIONS),
        new UnivariateObjectiveFunction(rho -> profile(data, rho)), GoalType.MAXIMIZE,
        new SearchInterval(lo, hi, bestRho));
    double rho = optimum.getValue() >= best ? optimum.getPoint() : bestRho;
    LinearFit fit = LinearFit.solve(data.weighted(rho), p);
    if (fit == null || !(fit.q > 0)) {
      return null;
    }
    double sigma2 = fit.q / (n - p);
    return new Fit(fit, rho, Math.sqrt(sigma2), logLikelihood(data, rho, fit));
  }

  /** The profiled REML log-likelihood, minus infinity where the fit is undefined. */
  static double profile(DyadCrossProducts data, double rho) {
    LinearFit fit = LinearFit.solve(data.weighted(rho), data.p);
    if (fit == null || !(fit.q > 0)) {
      return Double.NEGATIVE_INFINITY;
    }
    return logLikelihood(data, rho, fit);
  }

  private static double logLikelihood(DyadCrossProducts data, double rho, LinearFit fit) {
    long df = data.rows() - data.p;
    double sigma2 = fit.q / df;
    return -0.5 * (df * (Math.log(2 * Math.PI * sigma2) + 1)
        + data.pairs * Math.log(1 - rho * rho) + fit.logDeterminant);
  }
}
