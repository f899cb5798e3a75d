package io.github.dyadscore.definition;

import org.jspecify.annotations.Nullable;

/**
 * A scale's reliability, used for the reliable-difference test between partners.
 *
 * @param alpha the reliability coefficient (usually Cronbach's alpha), between 0 and 1 exclusive
 * @param source where it was published, or how it was computed for a calibration sample
 * @param origin whether it was published or computed from a calibration sample
 * @param n the number of persons it was computed from, or null when not reported
 * @param lower95 the lower bound of its 95 % confidence interval, or null when not reported
 * @param upper95 the upper bound of its 95 % confidence interval, or null when not reported
 * @since 0.1.0
 */
public record Reliability(
    double alpha,
    String source,
    ReferenceOrigin origin,
    @Nullable Integer n,
    @Nullable Double lower95,
    @Nullable Double upper95) {

  /**
   * A published reliability without sample size or interval.
   *
   * @param alpha the coefficient
   * @param source where it was published
   */
  public Reliability(double alpha, String source) {
    this(alpha, source, ReferenceOrigin.PUBLISHED, null, null, null);
  }
}
