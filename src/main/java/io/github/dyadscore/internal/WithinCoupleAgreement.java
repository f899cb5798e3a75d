package io.github.dyadscore.internal;

import io.github.dyadscore.definition.Definition;
import io.github.dyadscore.definition.Item;
import io.github.dyadscore.definition.ResponseOption;
import io.github.dyadscore.definition.ResponseScale;
import java.util.List;

/**
 * Within-couple agreement on a scale: the r_wg(J) index of James, Demaree and Wolf (1984,
 * "Estimating within-group interrater reliability with and without response bias", J Appl
 * Psychol 69:85-98), with the two partners as the group's raters and the scale's J items, as
 * R's {@code multilevel::rwg.j(x, grpid, ranvar)} computes it (multilevel 2.7).
 *
 * <p>With {@code s^2} the mean over the J items of the partners' item variances (denominator
 * {@code n - 1}, so {@code (a_i - b_i)^2 / 2} for two partners) and {@code sigma^2} the variance
 * expected when answers are uniformly random:
 *
 * <pre>
 * r_wg(J) = J (1 - s^2 / sigma^2) / (J (1 - s^2 / sigma^2) + s^2 / sigma^2)
 * </pre>
 *
 * 1 when the partners answered every item alike; falling towards 0 as their answers scatter like
 * random ones. Conventions of {@code rwg.j}:
 *
 * <ul>
 *   <li><b>Truncation:</b> when {@code s^2 > sigma^2}, {@code s^2} is set to {@code sigma^2}, so
 *       the index is 0 (never negative, never the spurious values above 1 the formula gives
 *       there).
 *   <li><b>Missing answers:</b> {@code rwg.j} drops every row with a missing value ({@code
 *       na.exclude}), so a partner with any unanswered item of the scale leaves one rater and the
 *       index is NaN (R: NA). It is NaN for a couple with one partner as well.
 *   <li><b>sigma^2:</b> {@code rwg.j} takes it as an argument; the usual choice is {@code (A^2 -
 *       1) / 12} for A response options (James et al. 1984). dyadscore uses the variance of the
 *       uniform distribution over the response scale's distinct point values, which is exactly
 *       {@code (A^2 - 1) / 12} for options one point apart (a 1-7 scale: 4). A scale whose items
 *       use response scales with different {@code sigma^2} (such as a composite over two
 *       formats) has no single null distribution: NaN.
 * </ul>
 *
 * <p>Computed on keyed values (reversal does not change a variance), for composites over the
 * union of their component scales' items. Immutable and thread-safe.
 */
public final class WithinCoupleAgreement {

  /** Per scale, the definition indices of its (flattened) items. */
  private final int[][] items;
  /** Per scale, sigma^2, or NaN when its items disagree about it. */
  private final double[] expectedVariance;

  /**
   * Compiles the index for every scale of a definition.
   *
   * @param definition the definition
   * @param scaleItems per scale in definition order, the definition indices of its items
   *     (composites flattened); kept, not copied
   */
  WithinCoupleAgreement(Definition definition, int[][] scaleItems) {
    this.items = scaleItems;
    List<Item> all = definition.items();
    double[] uniform = new double[all.size()];
    for (int i = 0; i < uniform.length; i++) {
      uniform[i] = uniformVariance(
          definition.responseScale(all.get(i).responseScale()).orElseThrow());
    }
    expectedVariance = new double[scaleItems.length];
    for (int s = 0; s < scaleItems.length; s++) {
      double v = scaleItems[s].length == 0 ? Double.NaN : uniform[scaleItems[s][0]];
      for (int i : scaleItems[s]) {
        if (uniform[i] != v) {
          v = Double.NaN;
        }
      }
      expectedVariance[s] = v;
    }
  }

  /**
   * The population variance of a response scale's distinct point values: the variance of
   * answers chosen uniformly at random.
   */
  static double uniformVariance(ResponseScale scale) {
    double[] values = scale.options().stream().mapToDouble(ResponseOption::value).distinct()
        .toArray();
    double mean = 0;
    for (double v : values) {
      mean += v;
    }
    mean /= values.length;
    double sum = 0;
    for (double v : values) {
      sum += (v - mean) * (v - mean);
    }
    return sum / values.length;
  }

  /**
   * The expected variance {@code sigma^2} of a scale.
   *
   * @param s the scale's index
   * @return sigma^2, or NaN when the scale's items disagree about it
   */
  public double expectedVariance(int s) {
    return expectedVariance[s];
  }

  /**
   * r_wg(J) of a couple on a scale.
   *
   * @param s the scale's index
   * @param keyedA partner A's keyed values, NaN when unanswered
   * @param keyedB partner B's keyed values, NaN when unanswered
   * @return the index in [0, 1], or NaN when a partner left an item of the scale unanswered or
   *     the scale has no single sigma^2
   */
  public double rwg(int s, double[] keyedA, double[] keyedB) {
    double sigma2 = expectedVariance[s];
    int[] scaleItems = items[s];
    if (sigma2 != sigma2 || scaleItems.length == 0) {
      return Double.NaN;
    }
    double sum = 0;
    for (int i : scaleItems) {
      double d = keyedA[i] - keyedB[i];
      if (d != d) {
        return Double.NaN;
      }
      sum += d * d;
    }
    int j = scaleItems.length;
    double meanVariance = Math.min(sum / 2 / j, sigma2);
    double ratio = meanVariance / sigma2;
    return j * (1 - ratio) / (j * (1 - ratio) + ratio);
  }
}
