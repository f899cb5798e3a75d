package io.github.dyadscore.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns a {@link ScaleGroup}'s sums into a {@link ScaleReliability}, following R's {@code
 * psych::alpha} (psych 2.2.9): drop items without variance, {@code C = cov(x, use = "pairwise")},
 * {@code R = cov2cor(C)}, then its {@code alpha.1} on {@code C} and {@code R} for the scale and for
 * the scale without each item, and its {@code r.drop}. The formulas are in {@link
 * ScaleReliability} and {@link ItemReliability}.
 */
final class ItemAnalysis {

  private ItemAnalysis() {}

  /** Raw alpha, standardized alpha and the mean off-diagonal correlation of one matrix pair. */
  private record Alphas(double raw, double standardized, double averageR) {}

  static ScaleReliability analyse(String scaleId, String[] itemIds, ScaleGroup group) {
    int k = group.k;
    List<String> excluded = new ArrayList<>();
    int[] used = new int[k];
    int m = 0;
    for (int i = 0; i < k; i++) {
      double variance = group.covariance(i, i);
      // psych: item.var <- apply(x, 2, sd, na.rm = TRUE); bad <- which(item.var <= 0 | is.na(item.var))
      if (Double.isNaN(variance) || variance <= 0) {
        excluded.add(itemIds[i]);
      } else {
        used[m++] = i;
      }
    }
    double[][] c = new double[m][m];
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        c[a][b] = group.covariance(used[a], used[b]);
      }
    }
    // R's cov2cor: Is <- sqrt(1 / diag(V)); r <- Is * V * rep(Is, each = p); diag(r) <- 1
    double[] inverseSd = new double[m];
    for (int a = 0; a < m; a++) {
      inverseSd[a] = Math.sqrt(1 / c[a][a]);
    }
    double[][] r = new double[m][m];
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        r[a][b] = a == b ? 1 : inverseSd[a] * c[a][b] * inverseSd[b];
      }
    }
    boolean[] all = new boolean[m];
    Arrays.fill(all, true);
    Alphas total = alphas(c, r, all);

    List<ItemReliability> items = new ArrayList<>(m);
    for (int a = 0; a < m; a++) {
      boolean[] without = all.clone();
      without[a] = false;
      double column = 0;
      for (int b = 0; b < m; b++) {
        column += c[b][a];
      }
      // psych: r.drop[i] <- (sum(C[, i]) - C[i, i]) / sqrt(C[i, i] * sum(C[-i, -i]))
      double rDrop = m < 2 ? Double.NaN : (column - c[a][a]) / Math.sqrt(c[a][a] * sum(c, without));
      Alphas dropped = m > 2 ? alphas(c, r, without) : new Alphas(Double.NaN, Double.NaN, Double.NaN);
      int i = used[a];
      items.add(
          new ItemReliability(
              itemIds[i],
              group.count(i, i),
              group.itemMean(i),
              Math.sqrt(c[a][a]),
              rDrop,
              dropped.raw(),
              dropped.standardized(),
              rDrop < 0));
    }
    double scoreSd =
        group.scoreN < 2 ? Double.NaN : Math.sqrt(group.scoreM2 / (group.scoreN - 1));
    return new ScaleReliability(
        scaleId,
        group.personsPassed,
        group.answeredAny,
        group.complete,
        m,
        total.raw(),
        total.standardized(),
        total.averageR(),
        omegaTotal(group, used, m),
        Feldt.interval95(total.raw(), group.personsPassed, m),
        group.scoreN == 0 ? Double.NaN : group.scoreMean,
        scoreSd,
        items,
        excluded);
  }

  /** psych's omega total on {@code cor(x, use = "pairwise")} of the items used. */
  private static double omegaTotal(ScaleGroup group, int[] used, int m) {
    double[][] r = new double[m][m];
    for (int a = 0; a < m; a++) {
      for (int b = 0; b < m; b++) {
        r[a][b] = group.pairwiseCorrelation(used[a], used[b]);
      }
    }
    return OmegaTotal.of(r);
  }

  /**
   * psych's {@code alpha.1(C, R)} on the rows and columns kept: {@code (1 - tr(C) / sum(C)) k / (k -
   * 1)}, {@code (1 - k / sum(R)) k / (k - 1)} and {@code (sum(R) - k) / (k (k - 1))}.
   */
  private static Alphas alphas(double[][] c, double[][] r, boolean[] keep) {
    int k = 0;
    double trace = 0;
    for (int a = 0; a < keep.length; a++) {
      if (keep[a]) {
        k++;
        trace += c[a][a];
      }
    }
    if (k < 2) {
      return new Alphas(Double.NaN, Double.NaN, Double.NaN);
    }
    double sumC = sum(c, keep);
    double sumR = sum(r, keep);
    double factor = (double) k / (k - 1);
    return new Alphas(
        (1 - trace / sumC) * factor, (1 - k / sumR) * factor, (sumR - k) / (k * (k - 1.0)));
  }

  private static double sum(double[][] matrix, boolean[] keep) {
    double sum = 0;
    for (int a = 0; a < keep.length; a++) {
      if (!keep[a]) {
        continue;
      }
      for (int b = 0; b < keep.length; b++) {
        if (keep[b]) {
          sum += matrix[b][a];
        }
      }
    }
    return sum;
  }
}
