package io.github.dyadscore.stats;

import java.util.List;

/**
 * Internal consistency of one scale in one group of persons (everyone, or one partner role),
 * computed as R's {@code psych::alpha(x, keys)} does with its defaults (psych 2.2.9), where
 * {@code x} holds the scale's items of the group's persons.
 *
 * <p><b>Covariances.</b> {@code C} is the pairwise covariance matrix of the keyed items, R's
 * {@code cov(x, use = "pairwise")}: {@code C[i, j]} uses the persons who answered both items, with
 * means taken over those persons, and denominator {@code n_ij - 1}. {@code R} is the correlation
 * matrix derived from it, R's {@code cov2cor(C)}: {@code R[i, j] = C[i, j] / sqrt(C[i, i] C[j,
 * j])}. Keying first and computing covariances after is the same as psych's sign flip of the
 * covariances of unkeyed items, because {@code min + max - x} only changes the sign of
 * deviations.
 *
 * <p><b>Formulas</b> (Cronbach 1951; psych's {@code alpha.1}), with {@code k} items:
 *
 * <ul>
 *   <li>raw alpha = {@code (1 - tr(C) / sum(C)) * k / (k - 1)};
 *   <li>standardized alpha = {@code (1 - k / sum(R)) * k / (k - 1)}, alpha of the items rescaled
 *       to unit variance;
 *   <li>average inter-item correlation = {@code (sum(R) - k) / (k (k - 1))}, the mean of the
 *       off-diagonal correlations: psych::alpha's {@code average_r}. It is <em>not</em> the
 *       {@code av.r} of {@code psych::scoreItems}, which is back-calculated from raw alpha as
 *       {@code alpha / (k - alpha (k - 1))} and differs whenever the item variances differ.
 *   <li>Feldt 95 % interval (Feldt, Woodruff and Salih 1987; psych's {@code alpha.ci}): {@code 1 -
 *       (1 - alpha) F(0.975; n - 1, (n - 1)(k - 1))} to {@code 1 - (1 - alpha) F(0.025; n - 1, (n -
 *       1)(k - 1))}, with F the quantile of the F distribution.
 * </ul>
 *
 * <p><b>Omega.</b> Omega total is computed by {@link OmegaTotal}, on R's {@code cor(x, use =
 * "pairwise")} of the items used (those with variance; psych's {@code omega} itself would stop
 * at an item without variance).
 *
 * <p><b>Which n.</b> psych passes {@code nrow(x)}, every row it was given, to the Feldt interval;
 * it reports no single n otherwise (its {@code item.stats$n} counts answers per item). To stay equal
 * to psych, {@link #feldt95()} uses {@link #personsPassed()}: every person added to the group,
 * including any who answered none of the scale's items. {@link #personsAnsweringAny()} and {@link
 * #personsComplete()} are reported beside it, and {@link #feldt95(long)} gives the interval for
 * another n.
 *
 * <p><b>Items without variance.</b> Like psych (which deletes them with a warning), items that fewer
 * than two persons answered or whose answers are all equal are left out before anything is
 * computed; they are listed in {@link #excludedItems()} and {@code k} counts the rest. With fewer
 * than two items left every alpha is NaN. A pair of items that fewer than two persons answered
 * together has no covariance, and then every figure that needs it is NaN (R gives NA).
 *
 * <p><b>Composite scales</b> are analysed over the union of their component scales' items, each
 * item once, as one scale; item weights are ignored, as in psych.
 *
 * @param scaleId the scale's id
 * @param personsPassed persons added to this group (psych's {@code nrow(x)})
 * @param personsAnsweringAny persons who answered at least one of the scale's items
 * @param personsComplete persons who answered all of the scale's items
 * @param itemCount {@code k}: the items used, those with variance
 * @param rawAlpha raw alpha, or NaN
 * @param standardizedAlpha standardized alpha, or NaN
 * @param averageR the mean off-diagonal inter-item correlation, or NaN
 * @param omegaTotal McDonald's omega total as {@code psych::omega(x, nfactors = 1, fm =
 *     "minres")$omega.tot} computes it on the items used (see {@link OmegaTotal} for the steps
 *     and why other tools give other omegas), or NaN with fewer than three items or an
 *     undefined correlation
 * @param feldt95 the Feldt 95 % interval for raw alpha with {@code n = personsPassed}
 * @param scoreMean the mean over persons of each person's mean of answered keyed items (psych's
 *     {@code total$mean}), or NaN when nobody answered; taken over all the scale's items, so it
 *     differs from psych's only when an item was excluded for lack of variance
 * @param scoreSd the standard deviation of those person means (psych's {@code total$sd}), or NaN
 * @param items the items used, in scale order
 * @param excludedItems ids of items left out for lack of variance, in scale order
 * @since 0.1.0
 */
public record ScaleReliability(
    String scaleId,
    long personsPassed,
    long personsAnsweringAny,
    long personsComplete,
    int itemCount,
    double rawAlpha,
    double standardizedAlpha,
    double averageR,
    double omegaTotal,
    Interval feldt95,
    double scoreMean,
    double scoreSd,
    List<ItemReliability> items,
    List<String> excludedItems) {

  /**
   * Creates the statistics, with copies of the lists.
   *
   * @param scaleId the scale's id
   * @param personsPassed persons added to this group (psych's {@code nrow(x)})
   * @param personsAnsweringAny persons who answered at least one of the scale's items
   * @param personsComplete persons who answered all of the scale's items
   * @param itemCount {@code k}: the items used, those with variance
   * @param rawAlpha raw alpha, or NaN
   * @param standardizedAlpha standardized alpha, or NaN
   * @param averageR the mean off-diagonal inter-item correlation, or NaN
   * @param omegaTotal omega total as {@code psych::omega(x, nfactors = 1, fm =
   *     "minres")$omega.tot}, or NaN
   * @param feldt95 the Feldt 95 % interval for raw alpha with {@code n = personsPassed}
   * @param scoreMean the mean over persons of each person's mean of answered keyed items (psych's
   *     {@code total$mean}), or NaN when nobody answered; taken over all the scale's items, so it
   *     differs from psych's only when an item was excluded for lack of variance
   * @param scoreSd the standard deviation of those person means (psych's {@code total$sd}), or NaN
   * @param items the items used, in scale order
   * @param excludedItems ids of items left out for lack of variance, in scale order
   */
  public ScaleReliability {
    items = List.copyOf(items);
    excludedItems = List.copyOf(excludedItems);
  }

  /**
   * The Feldt 95 % interval for raw alpha with another number of persons, for example {@link
   * #personsAnsweringAny()} or {@link #personsComplete()} instead of psych's rows passed.
   *
   * @param n the number of persons
   * @return the interval; both bounds NaN when {@code n < 2}, {@code k < 2} or alpha is NaN
   */
  public Interval feldt95(long n) {
    return Feldt.interval95(rawAlpha, n, itemCount);
  }
}
