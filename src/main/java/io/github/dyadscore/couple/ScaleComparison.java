package io.github.dyadscore.couple;

/**
 * Both partners' results on one scale and how far apart they are.
 *
 * <p><b>Reliable difference.</b> Where the scale has a published reliability {@code r} and norm
 * standard deviation {@code SD}, the standard error of a difference between two scores is {@code
 * SE_diff = SD * sqrt(2) * sqrt(1 - r)}, and the difference is reliable when {@code |A - B| > 1.96
 * * SE_diff}: the reliable change index of Jacobson and Truax (1991, J Consult Clin Psychol
 * 59:12-19) with the correction of Christensen and Mendoza (1986, Behav Ther 17:305-308). Those
 * authors compare one person's scores on two occasions; applying the index to two partners' scores
 * on one occasion is dyadscore's use of it.
 *
 * <p><b>Within-couple agreement.</b> With {@code J} items, {@code s^2} the mean over them of the
 * two partners' item variances ({@code (a_i - b_i)^2 / 2}) and {@code sigma^2} the variance of
 * uniformly random answers ({@code (A^2 - 1) / 12} for A options one point apart): {@code r_wg(J)
 * = J (1 - s^2 / sigma^2) / (J (1 - s^2 / sigma^2) + s^2 / sigma^2)}, with {@code s^2} capped at
 * {@code sigma^2}.
 *
 * <p><b>Positive couple agreement.</b> The percentage of the scale's items, among those both
 * partners answered, on which both answered favourably (PREPARE/ENRICH's PCA; Olson and Olson
 * 1999). For a composite, the items of all its component scales count, each once.
 *
 * @param scale the scale's id
 * @param a partner A's score, or NaN
 * @param b partner B's score, or NaN
 * @param difference {@code a - b}, or NaN
 * @param absoluteDifference {@code |a - b|}, or NaN
 * @param mean the couple mean {@code (a + b) / 2}, or NaN when either score is missing
 * @param seDiff the standard error of the difference, or NaN without reference data
 * @param criticalDifference {@code 1.96 * seDiff}, or NaN without reference data
 * @param verdict whether the difference is reliable
 * @param positiveAgreement the positive couple agreement in percent, or NaN when no item was
 *     answered by both
 * @param itemsCompared the number of the scale's items both partners answered
 * @param withinCoupleAgreement r_wg(J), the partners' agreement over the scale's items relative
 *     to random answering (James, Demaree and Wolf 1984, as R's {@code multilevel::rwg.j}
 *     computes it, truncated to 0 when the partners disagree more than random answers would): 1
 *     for identical answers; NaN when either partner left one of the scale's items unanswered,
 *     or when the scale's items come from response scales with different numbers of points
 * @since 0.1.0
 */
public record ScaleComparison(
    String scale,
    double a,
    double b,
    double difference,
    double absoluteDifference,
    double mean,
    double seDiff,
    double criticalDifference,
    DifferenceVerdict verdict,
    double positiveAgreement,
    int itemsCompared,
    double withinCoupleAgreement) {}
