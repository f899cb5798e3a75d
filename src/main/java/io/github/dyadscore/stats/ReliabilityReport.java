package io.github.dyadscore.stats;

import java.util.List;
import java.util.Optional;

/**
 * The result of a reliability analysis: per scale of the definition, in definition order, its
 * internal consistency over everyone and per role, and the partners' similarity on its score.
 *
 * @param persons persons added, both roles
 * @param couples couples added (whether or not both partners had scores)
 * @param scales one entry per scale, in definition order
 * @param itemKappas per item in definition order, the partners' agreement on it (Cohen's kappa,
 *     linearly and quadratically weighted), over the complete couples added with their answers
 * @since 0.1.0
 */
public record ReliabilityReport(
    long persons, long couples, List<ScaleStatistics> scales, List<ItemKappa> itemKappas) {

  /**
   * Creates a report, with copies of the lists.
   *
   * @param persons persons added, both roles
   * @param couples couples added (whether or not both partners had scores)
   * @param scales one entry per scale, in definition order
   * @param itemKappas per item in definition order, the partners' agreement on it
   */
  public ReliabilityReport {
    scales = List.copyOf(scales);
    itemKappas = List.copyOf(itemKappas);
  }

  /**
   * Finds a scale's statistics.
   *
   * @param scaleId the scale's id
   * @return its statistics, or empty when the definition has no such scale
   */
  public Optional<ScaleStatistics> scale(String scaleId) {
    return scales.stream().filter(s -> s.scaleId().equals(scaleId)).findFirst();
  }
}
