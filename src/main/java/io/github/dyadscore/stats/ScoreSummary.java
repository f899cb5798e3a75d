package io.github.dyadscore.stats;

/**
 * The distribution of one scale's scores in a group of persons, with the scores as the
 * definition computes them (its method, weights and minimum answered items; in the batch, with
 * the imputation chosen, as {@code persons.csv} has them). These are the numbers norms are made
 * of, so a calibrated definition's z and T are computed on the same scale as its scores.
 *
 * <p>Persons without a score (too few answers) are not counted. The standard deviation has
 * denominator {@code n - 1}, as R's {@code sd()}; it is NaN for {@code n < 2}, and the mean is NaN
 * for {@code n = 0}.
 *
 * @param n the persons with a score
 * @param mean their mean score, R's {@code mean(x)}
 * @param sd the standard deviation of their scores, R's {@code sd(x)}
 *
 * @since 0.1.0
 */
public record ScoreSummary(long n, double mean, double sd) {}
