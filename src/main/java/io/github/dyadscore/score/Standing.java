package io.github.dyadscore.score;

/**
 * A score's place in a reference sample with published mean M and standard deviation SD.
 *
 * <p>{@code z = (score - M) / SD}; {@code T = 50 + 10 z}; the percentile is {@code 100 * Phi(z)},
 * the share of a normal distribution below the score. The percentile assumes normally distributed
 * scores in the reference sample; for skewed scales it is an approximation.
 *
 * @param z the standard score
 * @param t the T score
 * @param percentile the percentile, from 0 to 100
 * @since 0.1.0
 */
public record Standing(double z, double t, double percentile) {}
