package io.github.dyadscore.definition;

/**
 * Which end of a scale is the favourable one. Most relationship scales (satisfaction, mutuality)
 * are higher-is-better; scales of a problem (attachment avoidance and anxiety, conflict) are
 * lower-is-better.
 *
 * <p>Scores are never turned around: a score always means more of what the scale measures. The
 * direction only decides which keyed answers count as favourable when two partners' answers are
 * compared (shared strengths and shared concerns, positive couple agreement) and how reports word
 * them. In a definition file, {@code "direction": "higher-is-better"} (the default) or {@code
 * "direction": "lower-is-better"} on a scale.
 *
 * @since 0.1.0
 */
public enum Direction {
  /** A higher score is the more favourable one (the default). */
  HIGHER_IS_BETTER("higher-is-better"),
  /** A lower score is the more favourable one, as on a scale of avoidance or anxiety. */
  LOWER_IS_BETTER("lower-is-better");

  private final String token;

  Direction(String token) {
    this.token = token;
  }

  /**
   * The value a definition file writes for this direction.
   *
   * @return {@code higher-is-better} or {@code lower-is-better}
   */
  public String token() {
    return token;
  }
}
