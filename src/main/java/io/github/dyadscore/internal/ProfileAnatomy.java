package io.github.dyadscore.internal;

import io.github.dyadscore.couple.ProfileDistance;
import io.github.dyadscore.couple.ProfileSimilarity;

/**
 * The anatomy of two partners' answer profiles: Pearson's r (the overall profile correlation,
 * Furr 2008), the mean absolute difference, and Cronbach and Gleser's (1953) D^2 with its
 * elevation, scatter and shape parts (formulas on {@link ProfileSimilarity} and {@link
 * ProfileDistance}), over the profile items both partners answered.
 *
 * <p>Two passes over the items: sums first, then the sums of squares and products of the
 * deviations from the means, so that r and the parts do not suffer the cancellation of the
 * one-pass formulas. D^2 itself is summed directly; for whole-number answers it is exact. Stateless
 * and allocation-free apart from the result.
 */
public final class ProfileAnatomy {

  private ProfileAnatomy() {}

  /**
   * Compares two profiles.
   *
   * @param keyedA partner A's keyed values, NaN when unanswered
   * @param keyedB partner B's keyed values, NaN when unanswered
   * @param profileItem which items belong to the profile (the items of the item scales)
   * @return the similarity; with no common item, {@code itemsUsed} 0 and every figure NaN
   */
  public static ProfileSimilarity compare(
      double[] keyedA, double[] keyedB, boolean[] profileItem) {
    return compare(keyedA, keyedB, profileItem, true);
  }

  /**
   * Compares two profiles, with or without the distance: a batch that writes no distance column
   * makes neither its record nor its square roots, once per couple.
   *
   * @param withDistance false to leave the distance {@link ProfileDistance#UNDEFINED}
   */
  public static ProfileSimilarity compare(
      double[] keyedA, double[] keyedB, boolean[] profileItem, boolean withDistance) {
    int n = 0;
    double sumA = 0;
    double sumB = 0;
    double sumAbs = 0;
    double sumSquares = 0;
    for (int i = 0; i < profileItem.length; i++) {
      double va = keyedA[i];
      double vb = keyedB[i];
      if (profileItem[i] && va == va && vb == vb) { // both not NaN
        n++;
        sumA += va;
        sumB += vb;
        double d = va - vb;
        sumAbs += Math.abs(d);
        sumSquares += d * d;
      }
    }
    if (n == 0) {
      return new ProfileSimilarity(0, Double.NaN, Double.NaN, ProfileDistance.UNDEFINED);
    }
    double meanA = sumA / n;
    double meanB = sumB / n;
    double sab = 0;
    double saa = 0;
    double sbb = 0;
    for (int i = 0; i < profileItem.length; i++) {
      double va = keyedA[i];
      double vb = keyedB[i];
      if (profileItem[i] && va == va && vb == vb) {
        double da = va - meanA;
        double db = vb - meanB;
        sab += da * db;
        saa += da * da;
        sbb += db * db;
      }
    }
    double r = saa == 0 || sbb == 0 ? Double.NaN : sab / Math.sqrt(saa * sbb);
    if (!withDistance) {
      return new ProfileSimilarity(n, r, sumAbs / n, ProfileDistance.UNDEFINED);
    }
    // k (m_a - m_b)^2 = (sum a - sum b)^2 / k: exact sums for whole-number answers, one rounding.
    double sumGap = sumA - sumB;
    // k (s_a - s_b)^2 = (sqrt(SS_a) - sqrt(SS_b))^2 and 2 k s_a s_b (1 - r) = 2 (sqrt(SS_a SS_b)
    // - SP_ab), as s = sqrt(SS / k) and r = SP / sqrt(SS_a SS_b).
    double spreadGap = Math.sqrt(saa) - Math.sqrt(sbb);
    ProfileDistance distance = new ProfileDistance(sumSquares, Math.sqrt(sumSquares),
        sumGap * sumGap / n, spreadGap * spreadGap, 2 * (Math.sqrt(saa * sbb) - sab));
    return new ProfileSimilarity(n, r, sumAbs / n, distance);
  }
}
