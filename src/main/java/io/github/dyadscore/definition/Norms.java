package io.github.dyadscore.definition;

import org.jspecify.annotations.Nullable;

/**
 * The mean and standard deviation of a scale in a reference sample.
 *
 * @param mean the sample mean
 * @param sd the sample standard deviation (denominator n - 1 for a calibration sample), greater
 *     than zero
 * @param n the sample size, or null when not reported
 * @param sample a description of the sample
 * @param citation where the norms were published, or how they were computed for a calibration
 *     sample
 * @param origin whether they were published or computed from a calibration sample
 * @since 0.1.0
 */
public record Norms(
    double mean,
    double sd,
    @Nullable Integer n,
    String sample,
    String citation,
    ReferenceOrigin origin) {

  /**
   * Published norms.
   *
   * @param mean the sample mean
   * @param sd the sample standard deviation
   * @param n the sample size, or null
   * @param sample a description of the sample
   * @param citation where they were published
   */
  public Norms(double mean, double sd, @Nullable Integer n, String sample, String citation) {
    this(mean, sd, n, sample, citation, ReferenceOrigin.PUBLISHED);
  }
}
