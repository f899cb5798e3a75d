package io.github.dyadscore.stats;

/**
 * Streaming sums for one scale in one group of persons: per pair of the scale's items, over the
 * persons who answered both, {@code n_ij}, {@code sum x_i}, {@code sum x_j} and {@code sum x_i
 * x_j} (the diagonal holds each item's own count and sums); plus person counts and a running mean
 * and variance of the persons' mean keyed values. Memory is {@code O(k^2)}, independent of the
 * number of persons. Not thread-safe.
 *
 * <p><b>Numerics.</b> Each value is first shifted by its response scale's integer midpoint {@code
 * floor((min + max) / 2)}. Answers on a response scale are small integers, so the shifted values
 * and all these sums are integers held exactly in a double as long as they stay below 2^53 (for a
 * 1..7 scale, more than 10^14 persons), and merging two groups by adding sums is exact. The
 * covariance is then {@code (n sum(xy) - sum(x) sum(y)) / (n (n - 1))}, whose numerator is exact
 * while below 2^53, so the result is rounded once. Non-integer codes lose that exactness but keep
 * the shift, which bounds the cancellation by the spread of the codes about the midpoint.
 */
final class ScaleGroup {

  final int k;
  final long[] n;
  final double[] sumX;
  final double[] sumY;
  final double[] sumXy;
  /** Per pair, {@code sum x_i^2} and {@code sum x_j^2} over the persons who answered both. */
  final double[] sumXx;
  final double[] sumYy;
  final double[] shift;
  long personsPassed;
  long answeredAny;
  long complete;
  /** Welford accumulators of the person means: count, mean and sum of squared deviations. */
  long scoreN;

  double scoreMean;
  double scoreM2;

  ScaleGroup(double[] shift) {
    this.k = shift.length;
    this.shift = shift;
    this.n = new long[k * k];
    this.sumX = new double[k * k];
    this.sumY = new double[k * k];
    this.sumXy = new double[k * k];
    this.sumXx = new double[k * k];
    this.sumYy = new double[k * k];
  }

  /**
   * Adds one person.
   *
   * @param keyed the person's keyed values in definition item order, NaN for missing
   * @param items the definition indices of this scale's items
   * @param presentIndex scratch space, at least {@code k} long
   * @param presentValue scratch space, at least {@code k} long
   */
  void add(double[] keyed, int[] items, int[] presentIndex, double[] presentValue) {
    int present = 0;
    double sum = 0;
    for (int a = 0; a < k; a++) {
      double v = keyed[items[a]];
      if (!Double.isNaN(v)) {
        presentIndex[present] = a;
        presentValue[present] = v - shift[a];
        sum += v;
        present++;
      }
    }
    personsPassed++;
    if (present == k) {
      complete++;
    }
    if (present == 0) {
      return;
    }
    answeredAny++;
    double personMean = sum / present;
    scoreN++;
    double delta = personMean - scoreMean;
    scoreMean += delta / scoreN;
    scoreM2 += delta * (personMean - scoreMean);
    for (int p = 0; p < present; p++) {
      int row = presentIndex[p] * k;
      double x = presentValue[p];
      for (int q = p; q < present; q++) {
        int cell = row + presentIndex[q];
        double y = presentValue[q];
        n[cell]++;
        sumX[cell] += x;
        sumY[cell] += y;
        sumXy[cell] += x * y;
        sumXx[cell] += x * x;
        sumYy[cell] += y * y;
      }
    }
  }

  /**
   * Adds another group's sums to this one (Chan, Golub and LeVeque 1979 for the running mean and
   * variance; plain addition for the sums).
   *
   * @param other a group over the same items
   */
  void merge(ScaleGroup other) {
    for (int c = 0; c < n.length; c++) {
      n[c] += other.n[c];
      sumX[c] += other.sumX[c];
      sumY[c] += other.sumY[c];
      sumXy[c] += other.sumXy[c];
      sumXx[c] += other.sumXx[c];
      sumYy[c] += other.sumYy[c];
    }
    personsPassed += other.personsPassed;
    answeredAny += other.answeredAny;
    complete += other.complete;
    if (other.scoreN > 0) {
      long total = scoreN + other.scoreN;
      double delta = other.scoreMean - scoreMean;
      scoreMean += delta * other.scoreN / total;
      scoreM2 += other.scoreM2 + delta * delta * ((double) scoreN * other.scoreN / total);
      scoreN = total;
    }
  }

  /**
   * A new group holding the sums of this group and another.
   *
   * @param other a group over the same items
   * @return the combined group
   */
  ScaleGroup plus(ScaleGroup other) {
    ScaleGroup sum = new ScaleGroup(shift);
    sum.merge(this);
    sum.merge(other);
    return sum;
  }

  /** The number of persons who answered items {@code i} and {@code j}. */
  long count(int i, int j) {
    return n[Math.min(i, j) * k + Math.max(i, j)];
  }

  /**
   * R's {@code cov(use = "pairwise")} of items {@code i} and {@code j}: over the persons who
   * answered both, with means over those persons and denominator {@code n - 1}.
   *
   * @return the covariance, NaN when fewer than two persons answered both
   */
  double covariance(int i, int j) {
    int cell = Math.min(i, j) * k + Math.max(i, j);
    long m = n[cell];
    if (m < 2) {
      return Double.NaN;
    }
    double nn = m;
    return (nn * sumXy[cell] - sumX[cell] * sumY[cell]) / (nn * (nn - 1));
  }

  /**
   * R's {@code cor(x, use = "pairwise")} of items {@code i} and {@code j}: Pearson's r over the
   * persons who answered both, with both means and both standard deviations taken over those
   * persons (unlike {@code cov2cor} of the pairwise covariances, which divides by each item's
   * standard deviation over everyone who answered it). {@code psych::omega} uses this matrix.
   *
   * @return r (1 on the diagonal when the item varies), NaN when fewer than two persons answered
   *     both or either item is constant over them
   */
  double pairwiseCorrelation(int i, int j) {
    int cell = Math.min(i, j) * k + Math.max(i, j);
    long m = n[cell];
    if (m < 2) {
      return Double.NaN;
    }
    double nn = m;
    double xx = nn * sumXx[cell] - sumX[cell] * sumX[cell];
    double yy = nn * sumYy[cell] - sumY[cell] * sumY[cell];
    if (xx <= 0 || yy <= 0) {
      return Double.NaN;
    }
    return i == j ? 1 : (nn * sumXy[cell] - sumX[cell] * sumY[cell]) / Math.sqrt(xx * yy);
  }

  /** The mean keyed value of item {@code i}, NaN when nobody answered it. */
  double itemMean(int i) {
    long m = n[i * k + i];
    return m == 0 ? Double.NaN : sumX[i * k + i] / m + shift[i];
  }
}
