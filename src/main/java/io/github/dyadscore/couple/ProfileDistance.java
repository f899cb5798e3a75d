package io.github.dyadscore.couple;

/**
 * Cronbach and Gleser's (1953) distance between two partners' answer profiles, split into the
 * three ways two profiles can differ (Psychol Bull 50:456-473).
 *
 * <p>Over the {@code k} keyed items both partners answered, with profile means {@code m_a},
 * {@code m_b}, population standard deviations {@code s_a}, {@code s_b} (divided by {@code k}, not
 * {@code k - 1}) and Pearson's {@code r}:
 *
 * <pre>
 * D^2 = sum (a_i - b_i)^2
 *     = k (m_a - m_b)^2  +  k (s_a - s_b)^2  +  2 k s_a s_b (1 - r)
 *       elevation           scatter             shape
 * </pre>
 *
 * The identity is exact (expand {@code a_i - b_i = (m_a - m_b) + (a_i - m_a) - (b_i - m_b)}).
 * Elevation is the gap in level, scatter the gap in spread, shape what remains when level and
 * spread are equal. Shape is computed as {@code 2 (sqrt(SS_a SS_b) - SP_ab)} on the sums of
 * squares and products of the deviations, so it is defined (0) when a profile is flat and
 * {@code r} is not. All parts are in squared keyed-value units and add up to {@code D^2}; the
 * parts of a couple are symmetric in the partners.
 *
 * <p>Every figure is NaN when no item was answered by both.
 *
 * @param squared {@code D^2}, the sum of squared differences
 * @param distance {@code D = sqrt(D^2)}
 * @param elevation {@code k (m_a - m_b)^2}
 * @param scatter {@code k (s_a - s_b)^2}
 * @param shape {@code 2 k s_a s_b (1 - r)}
 * @since 0.1.0
 */
public record ProfileDistance(
    double squared, double distance, double elevation, double scatter, double shape) {

  /** The distance of two profiles without a common item: every figure NaN. */
  public static final ProfileDistance UNDEFINED =
      new ProfileDistance(Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
}
