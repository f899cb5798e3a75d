package io.github.dyadscore.internal;

import io.github.dyadscore.couple.Privacy;

/**
 * The sample's normative profile and what it separates from a couple's profile similarity (Furr
 * 2008, "A framework for profile similarity: integrating similarity, normativeness, and
 * distinctiveness", J Pers 76:1267-1316).
 *
 * <p>The normative profile {@code N} holds, per item, the mean keyed value over every person of
 * the sample who answered it. Two partners' profiles can correlate only because both resemble
 * the average person; the <b>distinctive profile correlation</b> {@code r(a - N, b - N)} removes
 * that part, over the items both partners answered. A partner's <b>normativeness</b> {@code
 * r(a, N)} is how typical their profile is, over the items they answered. Both are Pearson's r;
 * NaN when fewer than two items are used or a vector has no variance (undefined, not zero).
 * Furr subtracts {@code N}; multicon's {@code Profile.r} regresses on it instead, which gives other
 * numbers.
 *
 * <p>Immutable and thread-safe; the methods allocate nothing.
 */
public final class NormativeProfile {

  private final double[] normative;
  private final boolean[] profileItem;

  /**
   * Creates the profile.
   *
   * @param normative per item of the definition, the sample's mean keyed value (NaN when nobody
   *     answered it); kept, not copied
   * @param profileItem which items belong to the profile (the items of the item scales); kept
   */
  public NormativeProfile(double[] normative, boolean[] profileItem) {
    this.normative = normative;
    this.profileItem = profileItem;
  }

  /**
   * The distinctive profile correlation {@code r(a - N, b - N)} over the items both answered.
   *
   * @param keyedA partner A's keyed values, NaN when unanswered
   * @param keyedB partner B's keyed values, NaN when unanswered
   * @return r, or NaN when undefined
   */
  public double distinctiveCorrelation(double[] keyedA, double[] keyedB) {
    return correlation(keyedA, keyedB, true, Privacy.SHARE_ITEMS);
  }

  /**
   * The distinctive profile correlation under a privacy: NaN where the small-count rule of
   * {@link Privacy} withholds it (fewer than {@link Privacy#MINIMUM_SHARED_ITEMS} items both
   * answered).
   *
   * @param keyedA partner A's keyed values, NaN when unanswered
   * @param keyedB partner B's keyed values, NaN when unanswered
   * @param privacy what may be shown
   * @return r, or NaN when undefined or withheld
   */
  public double distinctiveCorrelation(double[] keyedA, double[] keyedB, Privacy privacy) {
    return correlation(keyedA, keyedB, true, privacy);
  }

  /**
   * A partner's normativeness {@code r(a, N)} over the items they answered.
   *
   * @param keyed the partner's keyed values, NaN when unanswered
   * @return r, or NaN when undefined
   */
  public double normativeness(double[] keyed) {
    return correlation(keyed, normative, false, Privacy.SHARE_ITEMS);
  }

  /**
   * A partner's normativeness under a privacy: NaN where the small-count rule of {@link Privacy}
   * withholds it (fewer than {@link Privacy#MINIMUM_SHARED_ITEMS} items answered; over two items
   * r is 1 or -1 and tells which of the two answers is the higher).
   *
   * @param keyed the partner's keyed values, NaN when unanswered
   * @param privacy what may be shown
   * @return r, or NaN when undefined or withheld
   */
  public double normativeness(double[] keyed, Privacy privacy) {
    return correlation(keyed, normative, false, privacy);
  }

  /**
   * Pearson's r of {@code x} and {@code y} over the profile items where both are present, by
   * the two-pass formula; with {@code distinctive}, of {@code x - N} and {@code y - N}.
   */
  private double correlation(double[] x, double[] y, boolean distinctive, Privacy privacy) {
    int n = 0;
    double sumX = 0;
    double sumY = 0;
    for (int i = 0; i < profileItem.length; i++) {
      double vx = x[i];
      double vy = y[i];
      if (profileItem[i] && vx == vx && vy == vy && normative[i] == normative[i]) {
        n++;
        sumX += distinctive ? vx - normative[i] : vx;
        sumY += distinctive ? vy - normative[i] : vy;
      }
    }
    if (n < 2 || !privacy.shows(n)) {
      return Double.NaN;
    }
    double meanX = sumX / n;
    double meanY = sumY / n;
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < profileItem.length; i++) {
      double vx = x[i];
      double vy = y[i];
      if (profileItem[i] && vx == vx && vy == vy && normative[i] == normative[i]) {
        double dx = (distinctive ? vx - normative[i] : vx) - meanX;
        double dy = (distinctive ? vy - normative[i] : vy) - meanY;
        sxy += dx * dy;
        sxx += dx * dx;
        syy += dy * dy;
      }
    }
    return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
  }
}
