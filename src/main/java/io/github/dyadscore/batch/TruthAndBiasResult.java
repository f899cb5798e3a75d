package io.github.dyadscore.batch;

import io.github.dyadscore.perception.TruthAndBiasFit;
import java.util.List;

/**
 * The truth-and-bias models of a file ({@link BatchScorer#truthAndBias}), with its row counts.
 *
 * @param fits six per scale with predicted items, in definition order: OLS for A about B, B about
 *     A and both directions, then GLS for the same
 * @param rowsRead the rows read
 * @param rowsRejected the rows rejected (listed by {@code score} in errors.csv)
 * @since 0.1.0
 */
public record TruthAndBiasResult(List<TruthAndBiasFit> fits, long rowsRead, long rowsRejected) {

  /**
   * Creates the {@code TruthAndBiasResult}, with a copy of the list.
   *
   * @param fits six per scale with predicted items, in definition order: OLS for A about B, B about
   *     A and both directions, then GLS for the same
   * @param rowsRead the rows read
   * @param rowsRejected the rows rejected (listed by {@code score} in errors.csv)
   */
  public TruthAndBiasResult {
    fits = List.copyOf(fits);
  }
}
