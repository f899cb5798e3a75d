package io.github.dyadscore.calibration;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How to calibrate: what the sample is, which partners go in, the smallest sample accepted, and
 * what the calibrated definition is called. Immutable and thread-safe; each {@code with...} returns
 * a changed copy.
 *
 * <pre>{@code
 * CalibrationOptions options = CalibrationOptions.describedAs("App users, Jan-Jun 2026")
 *     .withRoles(CalibrationOptions.Roles.BOTH)
 *     .withMinimumPersons(200);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CalibrationOptions {

  /**
   * The default smallest number of persons with a score, per scale: 100. A choice of dyadscore,
   * not a published rule: with 100 persons the Feldt 95 % interval of an alpha of .80 on five
   * items runs from .73 to .86 ({@code psych::alpha.ci(0.8, 100, 5)}), about as wide as reference
   * data can be and still say something; larger samples are better (the interval narrows with
   * the square root of n).
   */
  public static final int DEFAULT_MINIMUM_PERSONS = 100;

  /**
   * Alphas below this draw a warning: .70, the conventional floor for research use (Nunnally
   * 1978). With a low alpha the standard error of a difference is large, so few gaps between
   * partners will be reliable.
   */
  public static final double LOW_ALPHA = 0.70;

  /** Which partners of each couple go into the reference data. */
  public enum Roles {
    /** Only partner A of each couple. */
    A,
    /** Only partner B of each couple. */
    B,
    /** Both partners: every person of the sample (the default). */
    BOTH;

    /** The value a definition writes: {@code A}, {@code B} or {@code both}. */
    String token() {
      return this == BOTH ? "both" : name();
    }
  }

  private final String description;
  private final Roles roles;
  private final int minimumPersons;
  private final @Nullable LocalDate date;
  private final @Nullable String version;
  private final @Nullable String fileName;
  private final @Nullable String sha256;

  private CalibrationOptions(String description, Roles roles, int minimumPersons,
      @Nullable LocalDate date, @Nullable String version, @Nullable String fileName,
      @Nullable String sha256) {
    this.description = description;
    this.roles = roles;
    this.minimumPersons = minimumPersons;
    this.date = date;
    this.version = version;
    this.fileName = fileName;
    this.sha256 = sha256;
  }

  /**
   * Options for a sample described in words, with every default: both partners, at least {@value
   * #DEFAULT_MINIMUM_PERSONS} persons per scale, today's date (UTC), a version derived from the
   * original's, and no input file.
   *
   * @param description what the sample is, such as "App users, Jan-Jun 2026"; it is written into
   *     the calibrated definition and shown in reports
   * @return the options
   * @throws IllegalArgumentException when the description is blank
   */
  public static CalibrationOptions describedAs(String description) {
    if (description.isBlank()) {
      throw new IllegalArgumentException("the sample description is blank; say what the sample "
          + "is, such as \"App users, Jan-Jun 2026\"");
    }
    return new CalibrationOptions(description.strip(), Roles.BOTH, DEFAULT_MINIMUM_PERSONS, null,
        null, null, null);
  }

  /**
   * Which partners go in.
   *
   * @param roles A, B or both
   * @return changed options
   */
  public CalibrationOptions withRoles(Roles roles) {
    return new CalibrationOptions(description, Objects.requireNonNull(roles, "roles"),
        minimumPersons, date, version, fileName, sha256);
  }

  /**
   * The smallest number of persons with a score that every scale must have.
   *
   * @param minimumPersons at least 2
   * @return changed options
   * @throws IllegalArgumentException below 2, where no SD exists
   */
  public CalibrationOptions withMinimumPersons(int minimumPersons) {
    if (minimumPersons < 2) {
      throw new IllegalArgumentException("minimum persons " + minimumPersons
          + " is below 2; a standard deviation needs at least 2 persons");
    }
    return new CalibrationOptions(description, roles, minimumPersons, date, version, fileName,
        sha256);
  }

  /**
   * The day of the calibration written into the definition.
   *
   * @param date the day
   * @return changed options
   */
  public CalibrationOptions withDate(LocalDate date) {
    return new CalibrationOptions(description, roles, minimumPersons,
        Objects.requireNonNull(date, "date"), version, fileName, sha256);
  }

  /**
   * The version of the calibrated definition, instead of the derived {@code
   * <original>+calibrated.<yyyymmdd>}.
   *
   * @param version the version string
   * @return changed options
   * @throws IllegalArgumentException when blank
   */
  public CalibrationOptions withVersion(String version) {
    if (version.isBlank()) {
      throw new IllegalArgumentException("the version is blank");
    }
    return new CalibrationOptions(description, roles, minimumPersons, date, version.strip(),
        fileName, sha256);
  }

  /**
   * Names the response file the sample came from and its SHA-256, so that anyone can check which
   * data the reference data rests on.
   *
   * @param file the response file
   * @return changed options
   * @throws IOException when the file cannot be read
   */
  public CalibrationOptions withInputFile(Path file) throws IOException {
    MessageDigest digest;
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no SHA-256", e);
    }
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(java.io.OutputStream.nullOutputStream());
    }
    Path name = file.getFileName();
    return new CalibrationOptions(description, roles, minimumPersons, date, version,
        name == null ? file.toString() : name.toString(),
        HexFormat.of().formatHex(digest.digest()));
  }

  /**
   * What the sample is.
   *
   * @return the description
   */
  public String description() {
    return description;
  }

  /**
   * Which partners go in.
   *
   * @return the roles
   */
  public Roles roles() {
    return roles;
  }

  /**
   * The smallest number of persons with a score per scale.
   *
   * @return the minimum
   */
  public int minimumPersons() {
    return minimumPersons;
  }

  /**
   * The day of the calibration.
   *
   * @return the date set, or today in UTC
   */
  public LocalDate date() {
    return date != null ? date : LocalDate.now(Clock.systemUTC());
  }

  /**
   * The version set with {@link #withVersion}.
   *
   * @return the version, or null for the derived one
   */
  public @Nullable String version() {
    return version;
  }

  /**
   * The response file's name.
   *
   * @return the name, or null without a file
   */
  public @Nullable String fileName() {
    return fileName;
  }

  /**
   * The response file's SHA-256, 64 lower-case hex digits.
   *
   * @return the digest, or null without a file
   */
  public @Nullable String sha256() {
    return sha256;
  }
}
