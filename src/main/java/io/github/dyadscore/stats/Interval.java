package io.github.dyadscore.stats;

/**
 * A two-sided confidence interval.
 *
 * @param lower the lower bound, or NaN when undefined
 * @param upper the upper bound, or NaN when undefined
 * @since 0.1.0
 */
public record Interval(double lower, double upper) {}
