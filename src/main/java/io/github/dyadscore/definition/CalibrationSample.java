package io.github.dyadscore.definition;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The sample a definition's calibrated reference data was computed from: what it is, which file,
 * how many persons, when and with which dyadscore. A definition has one when any scale's
 * reliability or norms have the origin {@link ReferenceOrigin#CALIBRATION_SAMPLE}.
 *
 * @param description what the sample is, in the words of whoever calibrated it
 * @param file the name of the response file (without folders), or null when the sample did not
 *     come from a file
 * @param sha256 the SHA-256 of the response file's bytes as 64 lower-case hex digits, or null
 *     without a file
 * @param persons the persons of the sample that went into the statistics (in the chosen roles)
 * @param couples the couples in the sample
 * @param roles which partners went in: {@code A}, {@code B} or {@code both}
 * @param date the day of the calibration, ISO 8601 ({@code 2026-12-01})
 * @param dyadscoreVersion the version of dyadscore that computed it
 * @param basedOnVersion the version of the definition that was calibrated
 *
 * @since 0.1.0
 */
public record CalibrationSample(
    String description,
    @Nullable String file,
    @Nullable String sha256,
    long persons,
    long couples,
    String roles,
    String date,
    String dyadscoreVersion,
    String basedOnVersion) {

  /**
   * One line for a report: {@code calibration sample "App users, spring 2026" (users.csv, SHA-256
   * 3f2a9c01..., 812 persons in 406 couples, both partners, calibrated 2026-12-01 with dyadscore
   * 0.1.0)}.
   *
   * @return the summary
   */
  public String summary() {
    StringBuilder s = new StringBuilder("calibration sample \"").append(description).append("\" (");
    if (file != null) {
      s.append(file).append(", ");
    }
    if (sha256 != null) {
      s.append("SHA-256 ").append(sha256, 0, Math.min(12, sha256.length())).append("..., ");
    }
    s.append(String.format(Locale.ROOT, "%d persons in %d couples, %s, calibrated %s with "
        + "dyadscore %s)", persons, couples, switch (roles) {
          case "A" -> "partner A only";
          case "B" -> "partner B only";
          default -> "both partners";
        }, date, dyadscoreVersion));
    return s.toString();
  }
}
