package io.github.dyadscore.stats;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.linear.SingularValueDecomposition;

/**
 * McDonald's omega total of one scale, exactly as R's {@code psych::omega(x, nfactors = 1, fm =
 * "minres")$omega.tot} computes it (psych 2.2.9). Tools disagree about "omega": semTools and
 * lavaan-based omegas fit a CFA by maximum likelihood on covariances, MBESS offers several, and
 * psych's {@code omega} with its default three factors gives another number again. This is the
 * one-factor, minimum-residual, correlation-metric omega of psych; nothing else.
 *
 * <p><b>Steps</b>, as psych's {@code omega}, {@code schmid} and {@code fa} take them:
 *
 * <ol>
 *   <li>{@code R = cor(x, use = "pairwise")} over the scale's keyed items (see {@link
 *       ScaleGroup#pairwiseCorrelation}).
 *   <li>One factor by minimum residual (Harman's minres, psych's {@code fm = "minres"}): the
 *       loadings {@code l} minimise {@code sum_{i<j} (r_ij - l_i l_j)^2}. psych searches the
 *       uniquenesses {@code psi} with {@code optim(method = "L-BFGS-B", lower = 0.005, upper =
 *       1)}, starting at {@code 1 - smc}, with a gradient that vanishes where {@code psi_i = 1 -
 *       l_i^2}, {@code l} being the first eigenvector of {@code R} with diagonal {@code 1 - psi}
 *       scaled by the root of its eigenvalue. That fixed point is the minres solution. dyadscore
 *       finds it by iterated principal axes from the same start: {@code psi <- clamp(1 - l(psi)^2,
 *       0.005, 1)}, until no {@code psi_i} changes by more than {@code 1e-13} (at most 100,000
 *       iterations; a scale that does not converge gets NaN). The final loadings are {@code l}
 *       at the fixed point, as psych's {@code FAout.wls}.
 *   <li>psych turns the loadings so that they sum to at least 0 and then reverses ({@code flip =
 *       TRUE}) every item with a negative loading: {@code key_i = sign(l_i)}.
 *   <li>{@code omega_tot = (V_t - sum u_i^2) / V_t}, with {@code V_t = sum_ij key_i key_j r_ij}
 *       the variance of the (flipped) unit-weighted sum and {@code u_i^2 = 1 - l_i^2}
 *       (McDonald 1999, Test theory: a unified treatment, ch. 6; Revelle and Zinbarg 2009,
 *       Psychometrika 74:145-154).
 * </ol>
 *
 * <p><b>Agreement with psych.</b> psych stops its optimiser by L-BFGS-B's default relative
 * tolerance on the fit, dyadscore at the fixed point itself, so the two omegas agree to about
 * 1e-7 (the golden test allows 1e-6). <b>Undefined</b> (NaN): fewer than three items (one factor
 * is not identified by two correlations; psych returns a number that depends on its start), a
 * correlation that is NA (R: psych stops with an error), or a first eigenvalue that is not
 * positive.
 */
final class OmegaTotal {

  /** psych's lower bound on the uniquenesses. */
  static final double LOWER = 0.005;
  static final double TOLERANCE = 1e-13;
  static final int MAX_ITERATIONS = 100_000;

  private OmegaTotal() {}

  /**
   * Omega total of a correlation matrix.
   *
   * @param r the pairwise correlation matrix of the scale's items (1 on the diagonal)
   * @return omega total, or NaN when undefined
   */
  static double of(double[][] r) {
    int k = r.length;
    if (k < 3) {
      return Double.NaN;
    }
    for (double[] row : r) {
      for (double v : row) {
        if (Double.isNaN(v)) {
          return Double.NaN;
        }
      }
    }
    double[] loadings = minresLoadings(r);
    if (loadings == null) {
      return Double.NaN;
    }
    double sum = 0;
    for (double l : loadings) {
      sum += l;
    }
    double[] key = new double[k];
    for (int i = 0; i < k; i++) {
      double l = sum < 0 ? -loadings[i] : loadings[i];
      key[i] = l < 0 ? -1 : 1;
    }
    double total = 0;
    double uniqueness = 0;
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        total += key[i] * key[j] * r[i][j];
      }
      uniqueness += 1 - loadings[i] * loadings[i];
    }
    return (total - uniqueness) / total;
  }

  /** The one-factor minres loadings, or null when the iteration fails. */
  static double @org.jspecify.annotations.Nullable [] minresLoadings(double[][] r) {
    int k = r.length;
    RealMatrix matrix = new Array2DRowRealMatrix(r, true);
    double[] psi = start(matrix);
    double[] loadings = new double[k];
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      for (int i = 0; i < k; i++) {
        matrix.setEntry(i, i, 1 - psi[i]);
      }
      EigenDecomposition eigen = new EigenDecomposition(matrix);
      double[] values = eigen.getRealEigenvalues();
      int first = 0;
      for (int i = 1; i < values.length; i++) {
        if (values[i] > values[first]) {
          first = i;
        }
      }
      if (!(values[first] > 0)) {
        return null;
      }
      RealVector vector = eigen.getEigenvector(first);
      double root = Math.sqrt(values[first]);
      double change = 0;
      for (int i = 0; i < k; i++) {
        loadings[i] = vector.getEntry(i) * root;
        double next = Math.min(Math.max(1 - loadings[i] * loadings[i], LOWER), 1);
        change = Math.max(change, Math.abs(next - psi[i]));
        psi[i] = next;
      }
      if (change < TOLERANCE) {
        return loadings;
      }
    }
    return null;
  }

  /**
   * psych's start {@code 1 - smc}, with {@code smc = 1 - 1 / diag(R^+)} from the pseudo-inverse
   * (psych's {@code Pinv}), kept within the bounds.
   */
  private static double[] start(RealMatrix r) {
    RealMatrix inverse = new SingularValueDecomposition(r).getSolver().getInverse();
    double[] psi = new double[r.getRowDimension()];
    for (int i = 0; i < psi.length; i++) {
      double smc = 1 - 1 / inverse.getEntry(i, i);
      psi[i] = Math.min(Math.max(1 - smc, LOWER), 1);
    }
    return psi;
  }
}
