package io.github.dyadscore.stats;

/**
 * One item's place in its scale, as in the {@code item.stats} and {@code alpha.drop} tables of R's
 * {@code psych::alpha} (psych 2.2.9). All figures are on the keyed item (a reverse-keyed item
 * already flipped as {@code min + max - x}), and all come from the pairwise covariance matrix
 * {@code C} of the scale's items that have variance (see {@link ScaleReliability}).
 *
 * <ul>
 *   <li>{@code correctedItemTotal} is psych's {@code r.drop}, the correlation of the item with the
 *       sum of the other items, computed from {@code C} alone:
 *       {@code (sum(C[, i]) - C[i, i]) / sqrt(C[i, i] * sum(C[-i, -i]))}.
 *   <li>{@code alphaIfDeleted} and {@code standardizedAlphaIfDeleted} are psych's
 *       {@code alpha.drop$raw_alpha} and {@code std.alpha}: the two alphas recomputed on
 *       {@code C[-i, -i]} and {@code R[-i, -i]}. They are NaN when the scale has only two items
 *       (one item left has no alpha; psych does not compute them either).
 *   <li>{@code possiblyMiskeyed} is true when {@code correctedItemTotal < 0}: the item runs against
 *       the rest of its scale, which usually means a reverse-keyed item was not flipped, or was
 *       flipped twice. Nothing is changed; it is a flag for the researcher to check.
 * </ul>
 *
 * @param itemId the item's id
 * @param answers the number of persons who answered the item (psych's {@code item.stats$n})
 * @param mean the mean keyed value over those persons. Reversal uses the response scale's min and
 *     max; {@code psych::alpha} uses the observed range of the scale's items instead, so the means
 *     of reversed items differ from psych's when nobody chose an end of the scale (the covariances,
 *     and so every other figure, do not depend on it)
 * @param sd the standard deviation of the keyed values (denominator {@code answers - 1})
 * @param correctedItemTotal psych's {@code r.drop}, or NaN when undefined
 * @param alphaIfDeleted raw alpha without this item, or NaN
 * @param standardizedAlphaIfDeleted standardized alpha without this item, or NaN
 * @param possiblyMiskeyed whether the corrected item-total correlation is negative
 * @since 0.1.0
 */
public record ItemReliability(
    String itemId,
    long answers,
    double mean,
    double sd,
    double correctedItemTotal,
    double alphaIfDeleted,
    double standardizedAlphaIfDeleted,
    boolean possiblyMiskeyed) {}
