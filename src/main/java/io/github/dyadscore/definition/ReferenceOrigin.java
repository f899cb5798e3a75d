package io.github.dyadscore.definition;

/**
 * Where a scale's reliability or norms came from, so that every report can say it.
 *
 * <p>In a definition file, {@code "origin": "published"} (the default) or {@code "origin":
 * "calibration-sample"}; a definition with calibrated reference data describes its sample in
 * {@link Definition#calibration()}.
 *
 * @since 0.1.0
 */
public enum ReferenceOrigin {
  /** Published in the literature; the reliability's source or the norms' citation names where. */
  PUBLISHED("published"),
  /**
   * Computed by {@code dyadscore calibrate} (or the library's calibration) from a sample of the
   * user's own, described by {@link Definition#calibration()}.
   */
  CALIBRATION_SAMPLE("calibration-sample");

  private final String token;

  ReferenceOrigin(String token) {
    this.token = token;
  }

  /**
   * The value a definition file writes for this origin.
   *
   * @return {@code published} or {@code calibration-sample}
   */
  public String token() {
    return token;
  }
}
