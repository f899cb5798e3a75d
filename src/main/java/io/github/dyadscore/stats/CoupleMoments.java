package io.github.dyadscore.stats;

/**
 * Streaming moments of one scale's pair of partner scores over complete couples: the count, both
 * means and the centred sums of squares and cross-products, updated one couple at a time (Welford
 * 1962) and merged by Chan, Golub and LeVeque's (1979) pairwise formulas. Scale scores are
 * fractions (means of items), so the centred form is used to avoid the cancellation of raw sums.
 * Not thread-safe.
 */
final class CoupleMoments {

  long n;
  double meanA;
  double meanB;
  double sAa;
  double sBb;
  double sAb;

  void add(double a, double b) {
    n++;
    double da = a - meanA;
    double db = b - meanB;
    meanA += da / n;
    meanB += db / n;
    sAa += da * (a - meanA);
    sBb += db * (b - meanB);
    sAb += da * (b - meanB);
  }

  void merge(CoupleMoments other) {
    if (other.n == 0) {
      return;
    }
    long total = n + other.n;
    double da = other.meanA - meanA;
    double db = other.meanB - meanB;
    double weight = (double) n * other.n / total;
    meanA += da * other.n / total;
    meanB += db * other.n / total;
    sAa += other.sAa + da * da * weight;
    sBb += other.sBb + db * db * weight;
    sAb += other.sAb + da * db * weight;
    n = total;
  }
}
