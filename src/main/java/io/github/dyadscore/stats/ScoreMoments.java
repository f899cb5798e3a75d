package io.github.dyadscore.stats;

/**
 * Streaming count, mean and sum of squared deviations of one scale's scores (Welford 1962),
 * merged by Chan, Golub and LeVeque's (1979) pairwise update. Not thread-safe.
 */
final class ScoreMoments {

  long n;
  double mean;
  double m2;

  void add(double x) {
    n++;
    double delta = x - mean;
    mean += delta / n;
    m2 += delta * (x - mean);
  }

  void merge(ScoreMoments other) {
    if (other.n == 0) {
      return;
    }
    long total = n + other.n;
    double delta = other.mean - mean;
    mean += delta * other.n / total;
    m2 += other.m2 + delta * delta * ((double) n * other.n / total);
    n = total;
  }

  ScoreMoments plus(ScoreMoments other) {
    ScoreMoments sum = new ScoreMoments();
    sum.merge(this);
    sum.merge(other);
    return sum;
  }

  ScoreSummary summary() {
    return new ScoreSummary(n, n == 0 ? Double.NaN : mean,
        n < 2 ? Double.NaN : Math.sqrt(m2 / (n - 1)));
  }
}
