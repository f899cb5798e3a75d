package io.github.dyadscore.score;

import io.github.dyadscore.definition.Band;
import org.jspecify.annotations.Nullable;

/**
 * A person's result on one scale.
 *
 * <p>For an item scale, answered and missing count items; for a composite, they count component
 * scales that were scored or not.
 *
 * @param scale the scale's id
 * @param status whether the scale was scored
 * @param value the score, or NaN when not scored
 * @param answered how many items (or components) were answered
 * @param missing how many were not
 * @param standing the standing against the scale's norms, or null without norms or score
 * @param band the interpretation band the score falls in, or null without bands, score or match
 * @since 0.1.0
 */
public record ScaleScore(
    String scale,
    ScoreStatus status,
    double value,
    int answered,
    int missing,
    @Nullable Standing standing,
    @Nullable Band band) {

  /**
   * Whether the scale was scored.
   *
   * @return true when the status is {@link ScoreStatus#SCORED}
   */
  public boolean isScored() {
    return status == ScoreStatus.SCORED;
  }
}
