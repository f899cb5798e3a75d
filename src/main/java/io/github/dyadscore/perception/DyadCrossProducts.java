package io.github.dyadscore.perception;

/**
 * The sufficient statistics of a linear model fitted to dyads: each couple gives one or two rows
 * {@code z = (x_1, ..., x_p, y)}, and the fit needs only {@code S_single = sum z z'} over couples
 * with one row, {@code S_pair = sum (z_1 z_1' + z_2 z_2')} and {@code C_pair = sum (z_1 z_2' + z_2
 * z_1')} over couples with two. Memory does not grow with the couples, and two accumulators merge
 * by adding. Not thread-safe.
 */
final class DyadCrossProducts {

  final int p;
  final double[][] single;
  final double[][] pair;
  final double[][] cross;
  long singles;
  long pairs;

  DyadCrossProducts(int p) {
    this.p = p;
    this.single = new double[p + 1][p + 1];
    this.pair = new double[p + 1][p + 1];
    this.cross = new double[p + 1][p + 1];
  }

  /** A couple with one row. */
  void add(double[] z) {
    addOuter(single, z, z);
    singles++;
  }

  /** A couple with two rows. */
  void add(double[] z1, double[] z2) {
    addOuter(pair, z1, z1);
    addOuter(pair, z2, z2);
    addOuter(cross, z1, z2);
    addOuter(cross, z2, z1);
    pairs++;
  }

  void merge(DyadCrossProducts other) {
    for (int i = 0; i <= p; i++) {
      for (int j = 0; j <= p; j++) {
        single[i][j] += other.single[i][j];
        pair[i][j] += other.pair[i][j];
        cross[i][j] += other.cross[i][j];
      }
    }
    singles += other.singles;
    pairs += other.pairs;
  }

  long rows() {
    return singles + 2 * pairs;
  }

  long couples() {
    return singles + pairs;
  }

  /**
   * {@code Z' V^-1 Z} for compound symmetry with correlation {@code rho} within couples: a pair's
   * block of {@code V} is {@code [[1, rho], [rho, 1]]}, whose inverse is {@code [[1, -rho], [-rho,
   * 1]] / (1 - rho^2)}; {@code rho = 0} gives the plain cross-products {@code Z'Z}.
   */
  double[][] weighted(double rho) {
    double scale = 1 / (1 - rho * rho);
    double[][] m = new double[p + 1][p + 1];
    for (int i = 0; i <= p; i++) {
      for (int j = 0; j <= p; j++) {
        m[i][j] = single[i][j] + scale * (pair[i][j] - rho * cross[i][j]);
      }
    }
    return m;
  }

  private static void addOuter(double[][] into, double[] a, double[] b) {
    for (int i = 0; i < a.length; i++) {
      double ai = a[i];
      if (ai != 0) {
        double[] row = into[i];
        for (int j = 0; j < b.length; j++) {
          row[j] += ai * b[j];
        }
      }
    }
  }
}
