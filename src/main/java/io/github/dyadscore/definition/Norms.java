package io.github.dyadscore.definition;

import org.jspecify.annotations.Nullable;

/**
 * A published mean and standard deviation of a scale in a reference sample.
 *
 * @param mean the sample mean
 * @param sd the sample standard deviation, greater than zero
 * @param n the sample size, or null when not reported
 * @param sample a description of the sample
 * @param citation where the norms were published
 * @since 0.1.0
 */
public record Norms(double mean, double sd, @Nullable Integer n, String sample, String citation) {}
