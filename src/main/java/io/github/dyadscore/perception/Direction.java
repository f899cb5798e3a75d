package io.github.dyadscore.perception;

/**
 * Who predicts whom: the predictor X and the target Y of a direction "X about Y".
 *
 * @since 0.1.0
 */
public enum Direction {
  /** Partner A's predictions of partner B's answers. */
  A_ABOUT_B("A_about_B"),
  /** Partner B's predictions of partner A's answers. */
  B_ABOUT_A("B_about_A");

  private final String label;

  Direction(String label) {
    this.label = label;
  }

  /**
   * The label used in output files.
   *
   * @return {@code A_about_B} or {@code B_about_A}
   */
  public String label() {
    return label;
  }
}
