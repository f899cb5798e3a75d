package io.github.dyadscore.stats;

/**
 * How similar the two partners of a couple are on one scale score, over the {@code N} couples in
 * which both partners have a score; partners are treated as indistinguishable (exchangeable).
 *
 * <p><b>Double-entry (pairwise) intraclass correlation</b> (Griffin and Gonzalez 1995,
 * Psychological Bulletin 118(3), 430-439): each couple is entered twice, as {@code (x1, x2)} and
 * {@code (x2, x1)}, and {@code r_I} is Pearson's r over the {@code 2N} rows, R's {@code cor(c(x1,
 * x2), c(x2, x1))}. With the partner means {@code m1, m2}, {@code d = m1 - m2} and the centred
 * sums {@code S11, S22, S12}: {@code r_I = (2 S12 - N d^2 / 2) / (S11 + S22 + N d^2 / 2)}.
 *
 * <p><b>Its test.</b> Griffin and Gonzalez (1995) give a large-sample test: under the null
 * hypothesis of independence {@code r_I} is asymptotically normal with standard error {@code 1 /
 * sqrt(N)}, {@code N} the number of couples, so {@code Z = r_I sqrt(N)} (restated in Kenny, Kashy
 * and Cook 2006, Dyadic Data Analysis, ch. 2); two-sided {@code p = 2 (1 - Phi(|Z|))}, computed as
 * {@code erfc(|Z| / sqrt 2)}. The {@code 2N} double-entered rows are
 * not independent, so the standard error rests on the {@code N} couples, not on {@code 2N} rows. The
 * R package {@code nonindependence} (Leiva, Solanas and Salafranca, 2009,
 * {@code pairwise.correlation}) codes {@code 1/sqrt(N)/2} with {@code N} the number of
 * double-entered rows, {@code 1 / (2 sqrt(2 N_couples))}; that is {@code 2 sqrt 2} times smaller
 * than the published one and reads as a slip for {@code 1/sqrt(N/2)}, so it is not used here. The
 * test is a large-sample test; with few couples prefer the ANOVA F test below.
 *
 * <p><b>ANOVA intraclass correlation for indistinguishable dyads</b> (Kenny, Kashy and Cook 2006,
 * ch. 2): {@code MS_b = 2 var((x1 + x2) / 2)} (variance with {@code N - 1}), {@code MS_w =
 * sum((x1 - x2)^2) / (2N)}, {@code ICC = (MS_b - MS_w) / (MS_b + MS_w)}. Its test, from the same
 * source: {@code F = MS_b / MS_w} on {@code (N - 1, N)} degrees of freedom when {@code MS_b >=
 * MS_w}, otherwise {@code F = MS_w / MS_b} on {@code (N, N - 1)}; the two-sided p is twice the
 * upper tail, capped at 1.
 *
 * <p>Every figure is NaN when {@code N < 2} or the scores have no variance; the degrees of freedom
 * are then 0.
 *
 * @param scaleId the scale's id
 * @param couples {@code N}, the couples with both scores
 * @param doubleEntryR {@code r_I}, the double-entry intraclass correlation
 * @param z {@code r_I sqrt(N)}
 * @param p the two-sided normal p-value of {@code z}
 * @param msBetween {@code MS_b}
 * @param msWithin {@code MS_w}
 * @param anovaIcc the ANOVA intraclass correlation
 * @param f the F statistic of the ANOVA test ({@code >= 1})
 * @param fNumeratorDf its numerator degrees of freedom
 * @param fDenominatorDf its denominator degrees of freedom
 * @param anovaP the two-sided p-value of the F test
 * @since 0.1.0
 */
public record DyadicCorrelation(
    String scaleId,
    long couples,
    double doubleEntryR,
    double z,
    double p,
    double msBetween,
    double msWithin,
    double anovaIcc,
    double f,
    long fNumeratorDf,
    long fDenominatorDf,
    double anovaP) {}
