package io.github.dyadscore.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.definition.CalibrationSample;
import io.github.dyadscore.definition.Definition;
import io.github.dyadscore.definition.ReferenceData;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code dyadscore calibrate} end to end on the synthetic sample of {@code
 * src/test/r/calibration-golden.R}: the written definition is valid (loader and JSON Schema),
 * carries R's numbers and its provenance, and scoring with it gives every complete couple a
 * verdict.
 */
class CalibrateCommandTest {

  private static final String DEFINITION =
      "src/test/resources/calibration/closeness-conflict.json";
  private static final Path SAMPLE = Path.of("src/test/resources/golden/calibration/sample.csv");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/calibration/golden.csv");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private static Map<String, Double> golden() throws Exception {
    Map<String, Double> values = new HashMap<>();
    List<String> lines = Files.readAllLines(GOLDEN);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      values.put(f[0] + "/" + f[1] + "/" + f[2], Double.parseDouble(f[3]));
    }
    return values;
  }

  @Test
  void calibrateWritesAValidDefinitionWithRsNumbersAndItsProvenance(@TempDir Path dir)
      throws Exception {
    Path calibrated = dir.resolve("calibrated.json");

    int exit = run("calibrate", DEFINITION, SAMPLE.toString(), "-o", calibrated.toString(),
        "--sample-description", "synthetic couples (calibration-golden.R)");

    assertThat(exit).isZero();
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString()).contains("480 rows read, 0 rejected; 480 persons, 240 couples "
        + "(both partners)", "closeness", "conflict", "wrote " + calibrated);
    String json = Files.readString(calibrated, StandardCharsets.UTF_8);
    Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(Files.readString(Path.of("questionnaires/questionnaire.schema.json")),
            InputFormat.JSON);
    assertThat(schema.validate(json, InputFormat.JSON)).isEmpty();
    assertThat(Questionnaire.validate(calibrated)).isEmpty();

    Definition definition = Questionnaire.load(calibrated).definition();
    CalibrationSample sample = definition.calibration();
    String today = LocalDate.now(ZoneOffset.UTC).toString();
    assertThat(sample.description()).isEqualTo("synthetic couples (calibration-golden.R)");
    assertThat(sample.file()).isEqualTo("sample.csv");
    assertThat(sample.sha256()).isEqualTo(sha256(SAMPLE));
    assertThat(sample.persons()).isEqualTo(480);
    assertThat(sample.couples()).isEqualTo(240);
    assertThat(sample.roles()).isEqualTo("both");
    assertThat(sample.date()).isEqualTo(today);
    assertThat(sample.basedOnVersion()).isEqualTo("1.0.0");
    assertThat(sample.dyadscoreVersion()).isNotBlank().isNotEqualTo("unknown");
    assertThat(definition.version()).isEqualTo("1.0.0+calibrated." + today.replace("-", ""));

    Map<String, Double> r = golden();
    for (String scale : List.of("closeness", "conflict")) {
      ReferenceData reference = definition.scale(scale).orElseThrow().reference();
      String at = scale + "/all/";
      double tolerance = 1e-9;
      assertThat(reference.norms().n()).isEqualTo(r.get(at + "score_n").intValue());
      assertThat(reference.norms().mean()).isCloseTo(r.get(at + "score_mean"), within(tolerance));
      assertThat(reference.norms().sd()).isCloseTo(r.get(at + "score_sd"), within(tolerance));
      assertThat(reference.reliability().alpha()).isCloseTo(r.get(at + "raw_alpha"),
          within(tolerance));
      assertThat(reference.reliability().lower95()).isCloseTo(r.get(at + "feldt_lower"),
          within(tolerance));
      assertThat(reference.reliability().upper95()).isCloseTo(r.get(at + "feldt_upper"),
          within(tolerance));
      assertThat(reference.reliability().n()).isEqualTo(480);
      assertThat(definition.referenceSource(scale).orElseThrow())
          .startsWith("calibration sample \"synthetic couples (calibration-golden.R)\" "
              + "(sample.csv, SHA-256 " + sha256(SAMPLE).substring(0, 12) + "..., 480 persons "
              + "in 240 couples, both partners, calibrated " + today + " with dyadscore ");
    }
  }

  @Test
  void scoringWithTheCalibratedDefinitionGivesEveryCompleteCoupleAVerdict(@TempDir Path dir)
      throws Exception {
    Path calibrated = dir.resolve("calibrated.json");
    assertThat(run("calibrate", DEFINITION, SAMPLE.toString(), "-o", calibrated.toString()))
        .isZero();
    assertThat(run("score", DEFINITION, SAMPLE.toString(), "-o", dir.resolve("before")
        .toString(), "-q")).isZero();

    assertThat(run("score", calibrated.toString(), SAMPLE.toString(), "-o",
        dir.resolve("after").toString(), "-q")).isZero();

    List<String> before = Files.readAllLines(dir.resolve("before/couples.csv"));
    List<String> after = Files.readAllLines(dir.resolve("after/couples.csv"));
    List<String> header = List.of(after.get(0).split(","));
    int assessed = 0;
    for (int row = 1; row < after.size(); row++) {
      String[] cells = after.get(row).split(",", -1);
      String[] old = before.get(row).split(",", -1);
      for (String scale : List.of("closeness", "conflict")) {
        int reliable = header.indexOf(scale + "_reliable");
        boolean bothScored = !cells[header.indexOf(scale + "_A")].equals("NA")
            && !cells[header.indexOf(scale + "_B")].equals("NA");
        assertThat(old[reliable]).isEqualTo("NA");
        if (bothScored) {
          assertThat(cells[reliable]).isIn("TRUE", "FALSE");
          assessed++;
        } else {
          assertThat(cells[reliable]).isEqualTo("NA");
        }
      }
    }
    assertThat(assessed).isEqualTo(239 + 195);
    String persons = Files.readAllLines(dir.resolve("after/persons.csv")).get(0);
    assertThat(persons).contains("closeness_z", "closeness_t", "closeness_percentile",
        "conflict_z", "conflict_band");
  }

  @Test
  void aSampleBelowTheMinimumIsRefusedWithNothingWritten(@TempDir Path dir) {
    Path calibrated = dir.resolve("calibrated.json");

    int exit = run("calibrate", DEFINITION, SAMPLE.toString(), "-o", calibrated.toString(),
        "--min-persons", "450");

    assertThat(exit).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString()).startsWith("dyadscore: the sample is too small to calibrate: "
        + "scale 'conflict' has 431 persons with a score, fewer than the minimum of 450;");
    assertThat(calibrated).doesNotExist();
  }

  @Test
  void anUnknownRoleIsAUsageError(@TempDir Path dir) {
    int exit = run("calibrate", DEFINITION, SAMPLE.toString(), "-o",
        dir.resolve("c.json").toString(), "--role", "C");

    assertThat(exit).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--role 'C' is not one of [A, B, both]");
  }

  @Test
  void reliabilityReportsTheDifferenceScoreReliabilityWithItsInputs(@TempDir Path dir)
      throws Exception {
    assertThat(run("reliability", DEFINITION, SAMPLE.toString(), "-o", dir.toString()))
        .isZero();

    List<String> lines = Files.readAllLines(dir.resolve("reliability.csv"));
    List<String> header = List.of(lines.get(0).split(","));
    String[] closeness = lines.stream().filter(l -> l.startsWith("closeness,all,")).findFirst()
        .orElseThrow().split(",");
    Map<String, Double> r = golden();
    for (String[] column : new String[][] {{"diff_alpha_A", "alpha_A"}, {"diff_alpha_B",
        "alpha_B"}, {"diff_sd_A", "sd_A"}, {"diff_sd_B", "sd_B"}, {"diff_r_AB", "r_AB"},
        {"diff_reliability", "r_DD"}, {"mean_reliability", "r_MM"}}) {
      assertThat(Double.parseDouble(closeness[header.indexOf(column[0])])).as(column[0])
          .isCloseTo(r.get("closeness/couples/" + column[1]), within(1e-9));
    }
    assertThat(Double.parseDouble(closeness[header.indexOf("score_sd")]))
        .isCloseTo(r.get("closeness/all/score_sd"), within(1e-9));
    assertThat(out.toString()).contains("difference A - B (239 couples): reliability r_DD = "
        + "0.745; couple mean r_MM = 0.898");
  }

  private static String sha256(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(in.readAllBytes()));
    }
  }
}
