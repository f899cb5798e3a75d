package io.github.dyadscore.perception;

import org.apache.commons.math3.linear.DecompositionSolver;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * Generalised least squares for given weights from cross-products {@code M = Z' W Z} of the
 * regressors and the response ({@code W = I} for ordinary least squares, {@code V^-1} for {@link
 * CompoundSymmetryGls}): {@code beta = (X'WX)^-1 X'Wy}, the weighted residual sum of squares
 * {@code q = y'Wy - beta' X'Wy}, and {@code (X'WX)^-1} for the standard errors {@code sqrt(sigma^2
 * diag((X'WX)^-1))} with {@code sigma^2 = q / (N - p)}.
 */
final class LinearFit {

  /** Pivots of the scaled matrix below this make it singular (a regressor without variance). */
  private static final double SINGULAR = 1e-10;

  final double[] beta;
  final double[][] inverse;
  final double q;
  final double logDeterminant;

  private LinearFit(double[] beta, double[][] inverse, double q, double logDeterminant) {
    this.beta = beta;
    this.inverse = inverse;
    this.q = q;
    this.logDeterminant = logDeterminant;
  }

  /**
   * Solves the normal equations, or returns null when {@code X'WX} is singular. The matrix is
   * scaled to unit diagonal first, so that the singularity test does not depend on units.
   */
  static LinearFit solve(double[][] m, int p) {
    double[] scale = new double[p];
    double[][] a = new double[p][p];
    for (int i = 0; i < p; i++) {
      if (!(m[i][i] > 0)) {
        return null;
      }
      scale[i] = 1 / Math.sqrt(m[i][i]);
    }
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        a[i][j] = m[i][j] * scale[i] * scale[j];
      }
    }
    RealMatrix scaled = MatrixUtils.createRealMatrix(a);
    LUDecomposition lu = new LUDecomposition(scaled, SINGULAR);
    DecompositionSolver solver = lu.getSolver();
    if (!solver.isNonSingular()) {
      return null;
    }
    double[][] scaledInverse = solver.getInverse().getData();
    double[][] inverse = new double[p][p];
    double[] beta = new double[p];
    for (int i = 0; i < p; i++) {
      for (int j = 0; j < p; j++) {
        inverse[i][j] = scaledInverse[i][j] * scale[i] * scale[j];
        beta[i] += inverse[i][j] * m[j][p];
      }
    }
    double fitted = 0;
    for (int i = 0; i < p; i++) {
      fitted += beta[i] * m[i][p];
    }
    double logDet = Math.log(lu.getDeterminant());
    for (int i = 0; i < p; i++) {
      logDet -= 2 * Math.log(scale[i]);
    }
    return new LinearFit(beta, inverse, m[p][p] - fitted, logDet);
  }
}
