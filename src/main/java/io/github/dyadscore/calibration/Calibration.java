package io.github.dyadscore.calibration;

import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.calibration.CalibrationOptions.Roles;
import io.github.dyadscore.definition.CalibrationSample;
import io.github.dyadscore.definition.Norms;
import io.github.dyadscore.definition.ReferenceData;
import io.github.dyadscore.definition.ReferenceOrigin;
import io.github.dyadscore.definition.Reliability;
import io.github.dyadscore.definition.Scale;
import io.github.dyadscore.internal.CalibratedDefinitionWriter;
import io.github.dyadscore.internal.CalibratedDefinitionWriter.ScaleUpdate;
import io.github.dyadscore.internal.DyadscoreVersion;
import io.github.dyadscore.stats.ReliabilityReport;
import io.github.dyadscore.stats.Role;
import io.github.dyadscore.stats.ScaleReliability;
import io.github.dyadscore.stats.ScaleStatistics;
import io.github.dyadscore.stats.ScoreSummary;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A questionnaire calibrated on a sample: the original definition plus, for every scale, the
 * sample's reliability (Cronbach's alpha with its Feldt interval) and norms (mean and SD of the
 * scale scores), marked as coming from a calibration sample, with the sample described in the
 * definition's {@code calibration} object and a new version string. Loading the result turns on
 * standings (z, T, percentile) and the reliable-difference verdict for every scale that got both.
 *
 * <pre>{@code
 * SampleStatistics stats = new BatchScorer(q, options).reliability(csv, ProgressListener.NONE);
 * Calibration calibration = Calibration.of(q, stats.report(),
 *     CalibrationOptions.describedAs("Study 2 baseline").withInputFile(csv));
 * Files.writeString(Path.of("calibrated.json"), calibration.questionnaire().toJson());
 * }</pre>
 *
 * <p>What is computed, and which alpha, is documented on {@link ScaleCalibration}. A sample with
 * fewer than {@link CalibrationOptions#minimumPersons()} persons with a score on some scale is
 * refused. Alphas below {@link CalibrationOptions#LOW_ALPHA} are written but draw a warning; an
 * alpha outside (0, 1) or an SD of 0 cannot be used and is left out, with a warning, so that the
 * scale's verdict stays "not assessed" instead of resting on a meaningless number. Reliability
 * and norms the original had are replaced (with a warning); interpretation bands are kept, as
 * they come from their published source.
 *
 * <p>Immutable and thread-safe.
 *
 * @param questionnaire the calibrated questionnaire; {@link Questionnaire#toJson()} is the file
 *     to ship
 * @param sample the sample as the definition describes it
 * @param scales what was computed per scale, in definition order
 * @param warnings what the user should know, one sentence each; empty when all is well
 *
 * @since 0.1.0
 */
public record Calibration(
    Questionnaire questionnaire,
    CalibrationSample sample,
    List<ScaleCalibration> scales,
    List<String> warnings) {

  /**
   * Creates the calibration, with copies of the lists.
   *
   * @param questionnaire the calibrated questionnaire
   * @param sample the sample as the definition describes it
   * @param scales what was computed per scale
   * @param warnings what the user should know
   */
  public Calibration {
    scales = List.copyOf(scales);
    warnings = List.copyOf(warnings);
  }

  /**
   * Calibrates a questionnaire on the statistics of a sample.
   *
   * @param questionnaire the questionnaire the sample answered
   * @param report the sample's statistics, computed over that questionnaire's definition
   * @param options what the sample is and how to calibrate
   * @return the calibration
   * @throws CalibrationException when some scale has fewer persons with a score than the minimum
   * @throws IllegalArgumentException when the report is of another definition
   */
  public static Calibration of(Questionnaire questionnaire, ReliabilityReport report,
      CalibrationOptions options) {
    List<Scale> definitionScales = questionnaire.definition().scales();
    if (report.scales().size() != definitionScales.size()) {
      throw new IllegalArgumentException("the report has " + report.scales().size()
          + " scales, the questionnaire '" + questionnaire.id() + "' " + definitionScales.size()
          + "; compute the report over the same definition");
    }
    Roles roles = options.roles();
    String version = DyadscoreVersion.get();
    List<String> tooSmall = new ArrayList<>();
    for (ScaleStatistics statistics : report.scales()) {
      long n = scores(statistics, roles).n();
      if (n < options.minimumPersons()) {
        tooSmall.add("'" + statistics.scaleId() + "' has " + n);
      }
    }
    if (!tooSmall.isEmpty()) {
      throw new CalibrationException("the sample is too small to calibrate: scale "
          + String.join(", scale ", tooSmall) + " persons with a score" + rolesWording(roles)
          + ", fewer than the minimum of " + options.minimumPersons() + "; add persons to the "
          + "sample, or lower the minimum (dyadscore calibrate --min-persons N, "
          + "CalibrationOptions.withMinimumPersons) knowing that reference data from a small "
          + "sample is imprecise");
    }

    List<ScaleCalibration> scales = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Map<String, ScaleUpdate> updates = new LinkedHashMap<>();
    for (int s = 0; s < definitionScales.size(); s++) {
      Scale scale = definitionScales.get(s);
      ScaleStatistics statistics = report.scales().get(s);
      if (!statistics.scaleId().equals(scale.id())) {
        throw new IllegalArgumentException("the report's scale " + s + " is '"
            + statistics.scaleId() + "', the questionnaire's '" + scale.id() + "'");
      }
      ScaleReliability alpha = roles == Roles.BOTH ? statistics.everyone()
          : statistics.forRole(Role.valueOf(roles.name()));
      ScoreSummary scores = scores(statistics, roles);
      double a = alpha.rawAlpha();
      boolean alphaUsable = a > 0 && a < 1 && alpha.personsPassed() <= Integer.MAX_VALUE;
      boolean sdUsable = scores.sd() > 0 && Double.isFinite(scores.sd())
          && scores.n() <= Integer.MAX_VALUE;
      Reliability reliability = null;
      if (alphaUsable) {
        double lower = alpha.feldt95().lower();
        double upper = alpha.feldt95().upper();
        boolean ci = Double.isFinite(lower) && Double.isFinite(upper);
        reliability = new Reliability(a, "Cronbach's alpha (raw, on pairwise-complete "
            + "covariances as psych::alpha computes it) with its Feldt 95% interval, over the "
            + alpha.personsPassed() + " persons of the calibration sample; computed by "
            + "dyadscore " + version, ReferenceOrigin.CALIBRATION_SAMPLE,
            (int) alpha.personsPassed(), ci ? lower : null, ci ? upper : null);
        if (a < CalibrationOptions.LOW_ALPHA) {
          warnings.add(String.format(Locale.ROOT, "scale '%s': alpha %.3f is below %.2f; the "
              + "standard error of a difference is large, so few gaps between partners will be "
              + "reliable (check the items' keying with dyadscore reliability)", scale.id(), a,
              CalibrationOptions.LOW_ALPHA));
        }
      } else {
        warnings.add("scale '" + scale.id() + "': alpha " + (Double.isNaN(a) ? "cannot be "
            + "computed (fewer than two items with variance)" : String.format(Locale.ROOT,
            "is %.3f, outside (0, 1)", a)) + "; no reliability written, so the scale's "
            + "reliable-difference verdict stays 'not assessed'");
      }
      Norms norms = null;
      if (sdUsable) {
        norms = new Norms(scores.mean(), scores.sd(), (int) scores.n(), options.description(),
            "mean and SD (n - 1) of the scale scores of the " + scores.n() + " persons with a "
                + "score in the calibration sample; computed by dyadscore " + version,
            ReferenceOrigin.CALIBRATION_SAMPLE);
      } else {
        warnings.add("scale '" + scale.id() + "': the scores have no variance; no norms "
            + "written, so the scale has no standings and no reliable-difference verdict");
      }
      ReferenceData original = scale.reference();
      if (original != null && ((original.reliability() != null && reliability != null)
          || (original.norms() != null && norms != null))) {
        warnings.add("scale '" + scale.id() + "': the definition's own "
            + (original.reliability() != null && reliability != null ? "reliability" : "norms")
            + " are replaced by the calibration sample's");
      }
      updates.put(scale.id(), new ScaleUpdate(reliability, norms));
      scales.add(new ScaleCalibration(scale.id(), scores.n(), scores.mean(), scores.sd(),
          alpha.personsPassed(), alpha.itemCount(), a, alpha.feldt95().lower(),
          alpha.feldt95().upper(), reliability != null, norms != null));
    }

    String date = options.date().format(DateTimeFormatter.ISO_LOCAL_DATE);
    String basedOn = questionnaire.definition().version();
    String newVersion = options.version() != null ? options.version()
        : basedOn + (basedOn.contains("+") ? "." : "+") + "calibrated."
            + date.replace("-", "");
    long persons = roles == Roles.BOTH ? report.persons()
        : report.scales().get(0).forRole(Role.valueOf(roles.name())).personsPassed();
    CalibrationSample sample = new CalibrationSample(options.description(), options.fileName(),
        options.sha256(), persons, report.couples(), roles.token(), date, version, basedOn);
    String json = CalibratedDefinitionWriter.write(questionnaire.toJson(), newVersion, updates,
        sample);
    return new Calibration(Questionnaire.parse(json), sample, scales, warnings);
  }

  private static ScoreSummary scores(ScaleStatistics statistics, Roles roles) {
    return roles == Roles.BOTH ? statistics.scoresEveryone()
        : statistics.scores(Role.valueOf(roles.name()));
  }

  private static String rolesWording(Roles roles) {
    return roles == Roles.BOTH ? "" : " in role " + roles.name();
  }
}
