package io.github.dyadscore.cli;

import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.batch.BatchScorer;
import io.github.dyadscore.batch.ProgressListener;
import io.github.dyadscore.batch.SampleStatistics;
import io.github.dyadscore.calibration.Calibration;
import io.github.dyadscore.calibration.CalibrationOptions;
import io.github.dyadscore.calibration.ScaleCalibration;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Computes reference data from a sample and writes a calibrated definition. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
    description = {"Computes, per scale, n, mean and SD (n - 1) of the scale scores and "
        + "Cronbach's alpha (raw, pairwise-complete covariances as R psych::alpha) with its "
        + "Feldt 95%% CI from a sample of couples, and writes the questionnaire again with this "
        + "reference data, marked as coming from a calibration sample (description, file name, "
        + "SHA-256, n, date, dyadscore version) and with a new version. Scoring with the result "
        + "gives standings (z, T, percentile) and the reliable-difference verdict.",
        "Refuses a sample with fewer persons with a score than --min-persons on some scale; "
            + "warns about alphas below 0.70. Reads the input like 'score'."},
    footer = ExitCodes.CALIBRATE_HELP)
final class CalibrateCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  /** Where the write of the result is; a test stops there to kill the process. */
  CalibratedFile.Steps steps = step -> { };

  @Option(names = {"-o", "--output"}, paramLabel = "CALIBRATED.json", required = true,
      description = "the calibrated definition to write (replaced if it exists)")
  Path output;

  @Option(names = "--sample-description", paramLabel = "TEXT",
      description = "what the sample is, written into the definition and shown in reports "
          + "(default: 'the sample in <INPUT file name>')")
  String description;

  @Option(names = "--role", paramLabel = "A|B|both", defaultValue = "both",
      description = "which partners go into the reference data (default: ${DEFAULT-VALUE})")
  String role;

  @Option(names = "--min-persons", paramLabel = "N",
      description = "the fewest persons with a score every scale must have (default: "
          + CalibrationOptions.DEFAULT_MINIMUM_PERSONS + ")")
  Integer minimumPersons;

  @Option(names = "--new-version", paramLabel = "VERSION",
      description = "the calibrated definition's version (default: <version>+calibrated.<date>)")
  String newVersion;

  @Mixin InputOptions input;

  @Override
  public Integer call() throws IOException {
    FileTime started = FileTime.from(Instant.now());
    CalibrationOptions options = options();
    Questionnaire q = QuestionnaireArgument.load(input.questionnaire);
    SampleStatistics statistics = new BatchScorer(q, InputOptions.build(input.builder(spec), spec))
        .reliability(input.file, ProgressListener.NONE);
    Calibration calibration = Calibration.of(q, statistics.report(), options);

    CalibratedFile.write(output.toAbsolutePath(), calibration.questionnaire().toJson(), started,
        steps);

    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "%d rows read, %d rejected; %d persons, %d couples (%s)%n",
        statistics.rowsRead(), statistics.rowsRejected(), calibration.sample().persons(),
        calibration.sample().couples(), calibration.sample().roles().equals("both")
            ? "both partners" : "partner " + calibration.sample().roles() + " only");
    out.printf(Locale.ROOT, "  %-16s %7s %10s %10s %8s %19s%n", "scale", "n", "mean", "sd",
        "alpha", "Feldt 95% CI");
    for (ScaleCalibration s : calibration.scales()) {
      out.printf(Locale.ROOT, "  %-16s %7d %10s %10s %8s %19s%n", s.scaleId(), s.persons(),
          fixed(s.mean(), 3), fixed(s.sd(), 3), fixed(s.alpha(), 3),
          "[" + fixed(s.feldtLower(), 3) + ", " + fixed(s.feldtUpper(), 3) + "]");
    }
    out.printf(Locale.ROOT, "wrote %s (version %s)%n", output,
        calibration.questionnaire().definition().version());
    out.flush();
    PrintWriter err = spec.commandLine().getErr();
    for (String warning : calibration.warnings()) {
      err.println("warning: " + warning);
    }
    err.flush();
    return statistics.rowsRejected() > 0 ? ExitCodes.ROWS_REJECTED : ExitCodes.OK;
  }

  private CalibrationOptions options() throws IOException {
    try {
      Path name = input.file.getFileName();
      CalibrationOptions options = CalibrationOptions.describedAs(description != null
          ? description : "the sample in " + (name == null ? input.file : name));
      options = options.withRoles(switch (role.trim().toLowerCase(Locale.ROOT)) {
        case "a" -> CalibrationOptions.Roles.A;
        case "b" -> CalibrationOptions.Roles.B;
        case "both" -> CalibrationOptions.Roles.BOTH;
        default -> throw new IllegalArgumentException("--role '" + role
            + "' is not one of [A, B, both]");
      });
      if (minimumPersons != null) {
        options = options.withMinimumPersons(minimumPersons);
      }
      if (newVersion != null) {
        options = options.withVersion(newVersion);
      }
      return Files.isRegularFile(input.file) ? options.withInputFile(input.file) : options;
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private static String fixed(double value, int digits) {
    return Double.isNaN(value) ? "NA" : String.format(Locale.ROOT, "%." + digits + "f", value);
  }
}
