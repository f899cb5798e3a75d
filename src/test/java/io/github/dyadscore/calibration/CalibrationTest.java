package io.github.dyadscore.calibration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.couple.CoupleReport;
import io.github.dyadscore.couple.DifferenceVerdict;
import io.github.dyadscore.couple.ScaleComparison;
import io.github.dyadscore.definition.Norms;
import io.github.dyadscore.definition.ReferenceOrigin;
import io.github.dyadscore.definition.Reliability;
import io.github.dyadscore.stats.CalibrationGolden;
import io.github.dyadscore.stats.Role;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Calibration through the library: an app collects its users' answers and calibrates once. */
class CalibrationTest {

  private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

  /** The calibration sample's couples as Answers, in file order. */
  static List<Answers[]> sampleCouples() throws Exception {
    List<String> lines = Files.readAllLines(CalibrationGolden.sample());
    String[] header = lines.get(0).split(",", -1);
    List<Answers[]> couples = new ArrayList<>();
    for (int i = 1; i < lines.size(); i += 2) {
      couples.add(new Answers[] {answers(header, lines.get(i)), answers(header, lines.get(i + 1))});
    }
    return couples;
  }

  private static Answers answers(String[] header, String line) {
    String[] cells = line.split(",", -1);
    Map<String, Integer> map = new HashMap<>();
    for (int c = 2; c < header.length; c++) {
      if (!cells[c].isEmpty()) {
        map.put(header[c], Integer.parseInt(cells[c]));
      }
    }
    return Answers.of(map);
  }

  private static Calibration calibrateSample(CalibrationOptions options) throws Exception {
    Calibrator calibrator = Calibrator.of(CalibrationGolden.definition());
    for (Answers[] couple : sampleCouples()) {
      calibrator.addCouple(couple[0], couple[1]);
    }
    return calibrator.calibrate(options);
  }

  @Test
  void calibratingFromAnswersGivesRsMeanSdAndAlpha() throws Exception {
    Map<String, Double> r = CalibrationGolden.values();

    Calibration calibration = calibrateSample(
        CalibrationOptions.describedAs("synthetic couples").withDate(DAY));

    for (ScaleCalibration s : calibration.scales()) {
      String at = s.scaleId() + "/all/";
      assertThat(s.persons()).isEqualTo(r.get(at + "score_n").longValue());
      assertThat(s.mean()).isCloseTo(r.get(at + "score_mean"), within(CalibrationGolden.TOLERANCE));
      assertThat(s.sd()).isCloseTo(r.get(at + "score_sd"), within(CalibrationGolden.TOLERANCE));
      assertThat(s.alpha()).isCloseTo(r.get(at + "raw_alpha"), within(CalibrationGolden.TOLERANCE));
      assertThat(s.feldtLower()).isCloseTo(r.get(at + "feldt_lower"),
          within(CalibrationGolden.TOLERANCE));
      assertThat(s.feldtUpper()).isCloseTo(r.get(at + "feldt_upper"),
          within(CalibrationGolden.TOLERANCE));
      assertThat(s.alphaPersons()).isEqualTo(480);
      Reliability reliability = calibration.questionnaire().definition().scale(s.scaleId())
          .orElseThrow().reference().reliability();
      Norms norms = calibration.questionnaire().definition().scale(s.scaleId()).orElseThrow()
          .reference().norms();
      // The definition holds the very doubles computed, written so that they read back exactly.
      assertThat(reliability.alpha()).isEqualTo(s.alpha());
      assertThat(reliability.lower95()).isEqualTo(s.feldtLower());
      assertThat(norms.sd()).isEqualTo(s.sd());
      assertThat(norms.mean()).isEqualTo(s.mean());
      assertThat(norms.n()).isEqualTo((int) s.persons());
      assertThat(reliability.origin()).isEqualTo(ReferenceOrigin.CALIBRATION_SAMPLE);
      assertThat(norms.origin()).isEqualTo(ReferenceOrigin.CALIBRATION_SAMPLE);
    }
    assertThat(calibration.warnings()).isEmpty();
  }

  @Test
  void oneRoleCalibratesOnThatRolesPersonsOnly() throws Exception {
    Map<String, Double> r = CalibrationGolden.values();

    Calibration calibration = calibrateSample(CalibrationOptions.describedAs("partner B")
        .withRoles(CalibrationOptions.Roles.B).withDate(DAY));

    ScaleCalibration conflict = calibration.scales().get(1);
    assertThat(conflict.persons()).isEqualTo(r.get("conflict/B/score_n").longValue());
    assertThat(conflict.sd()).isCloseTo(r.get("conflict/B/score_sd"),
        within(CalibrationGolden.TOLERANCE));
    assertThat(conflict.alpha()).isCloseTo(r.get("conflict/B/raw_alpha"),
        within(CalibrationGolden.TOLERANCE));
    assertThat(calibration.sample().roles()).isEqualTo("B");
    assertThat(calibration.sample().persons()).isEqualTo(240);
  }

  @Test
  void theCalibratedDefinitionDescribesItsSampleAndHasANewVersion() throws Exception {
    Calibration calibration = calibrateSample(
        CalibrationOptions.describedAs("synthetic couples").withDate(DAY));

    var definition = calibration.questionnaire().definition();
    assertThat(definition.version()).isEqualTo("1.0.0+calibrated.20261201");
    assertThat(definition.calibration()).isEqualTo(calibration.sample());
    assertThat(calibration.sample().description()).isEqualTo("synthetic couples");
    assertThat(calibration.sample().file()).isNull();
    assertThat(calibration.sample().persons()).isEqualTo(480);
    assertThat(calibration.sample().couples()).isEqualTo(240);
    assertThat(calibration.sample().basedOnVersion()).isEqualTo("1.0.0");
    assertThat(calibration.sample().date()).isEqualTo("2026-12-01");
    // Everything else is as the original says, bands included.
    Questionnaire original = CalibrationGolden.definition();
    assertThat(definition.items()).isEqualTo(original.definition().items());
    assertThat(definition.scale("conflict").orElseThrow().reference().bands())
        .isEqualTo(original.definition().scale("conflict").orElseThrow().reference().bands());
    // It loads again from its own text, to the same definition.
    assertThat(Questionnaire.parse(calibration.questionnaire().toJson()).definition())
        .isEqualTo(definition);
    // The calibration fields are format 2, whatever version the original file said (1 here).
    assertThat(CalibrationGolden.definition().toJson()).contains("\"formatVersion\": 1,");
    assertThat(calibration.questionnaire().toJson()).contains("\"formatVersion\": 2,");
  }

  @Test
  void loadingTheResultTurnsOnStandingsAndTheReliableDifferenceVerdict() throws Exception {
    Questionnaire original = CalibrationGolden.definition();
    Questionnaire calibrated = calibrateSample(
        CalibrationOptions.describedAs("synthetic couples").withDate(DAY)).questionnaire();
    int complete = 0;
    int reliable = 0;

    for (Answers[] couple : sampleCouples()) {
      CoupleReport before = original.compare(couple[0], couple[1]);
      CoupleReport after = calibrated.compare(couple[0], couple[1]);
      for (int s = 0; s < after.scales().size(); s++) {
        ScaleComparison scale = after.scales().get(s);
        assertThat(before.scales().get(s).verdict()).isEqualTo(DifferenceVerdict.NOT_ASSESSED);
        if (!Double.isNaN(scale.a()) && !Double.isNaN(scale.b())) {
          complete++;
          assertThat(scale.verdict()).isIn(DifferenceVerdict.RELIABLE,
              DifferenceVerdict.WITHIN_ERROR);
          reliable += scale.verdict() == DifferenceVerdict.RELIABLE ? 1 : 0;
          assertThat(after.partnerA().scale(scale.scale()).standing()).isNotNull();
        } else {
          assertThat(scale.verdict()).isEqualTo(DifferenceVerdict.NOT_ASSESSED);
        }
      }
    }
    assertThat(complete).isEqualTo(239 + 195);
    assertThat(reliable).isBetween(1, complete - 1);
  }

  @Test
  void aSampleTooSmallIsRefusedAndTheMinimumCanBeLowered() throws Exception {
    Calibrator calibrator = Calibrator.of(CalibrationGolden.definition());
    for (Answers[] couple : sampleCouples().subList(0, 40)) {
      calibrator.addCouple(couple[0], couple[1]);
    }
    int conflictPersons = (int) calibrator.report().scale("conflict").orElseThrow()
        .scoresEveryone().n();

    assertThatThrownBy(() -> calibrator.calibrate(CalibrationOptions.describedAs("pilot")))
        .isInstanceOf(CalibrationException.class)
        .hasMessage("the sample is too small to calibrate: scale 'closeness' has 79, scale "
            + "'conflict' has " + conflictPersons + " persons with a score, fewer than the "
            + "minimum of 100; add persons to the sample, or lower the minimum (dyadscore "
            + "calibrate --min-persons N, CalibrationOptions.withMinimumPersons) knowing that "
            + "reference data from a small sample is imprecise");
    assertThat(calibrator.calibrate(CalibrationOptions.describedAs("pilot")
        .withMinimumPersons(50)).scales()).hasSize(2);
  }

  @Test
  void aLowAlphaIsWrittenWithAWarning() {
    Questionnaire q = CalibrationGolden.definition();
    Calibrator calibrator = Calibrator.of(q);
    Random random = new Random(7);
    for (int c = 0; c < 150; c++) {
      calibrator.addCouple(weaklyRelated(random), weaklyRelated(random));
    }

    Calibration calibration = calibrator.calibrate(CalibrationOptions.describedAs("noise"));

    ScaleCalibration closeness = calibration.scales().get(0);
    assertThat(closeness.alpha()).isBetween(0.1, 0.7);
    assertThat(closeness.reliabilityWritten()).isTrue();
    assertThat(calibration.warnings()).contains(String.format(java.util.Locale.ROOT,
        "scale 'closeness': alpha %.3f is below 0.70; the standard error of a difference is "
            + "large, so few gaps between partners will be reliable (check the items' keying "
            + "with dyadscore reliability)", closeness.alpha()));
  }

  /** Answers with a weak common factor: low but positive alpha. */
  private static Answers weaklyRelated(Random random) {
    double level = random.nextGaussian() * 0.5;
    Map<String, Integer> map = new HashMap<>();
    for (String item : List.of("c1", "c2", "c3", "c4", "c5", "k1", "k2", "k3")) {
      int keyed = (int) Math.max(1, Math.min(5, Math.round(3 + level + random.nextGaussian())));
      boolean reversed = item.equals("c2") || item.equals("c4") || item.equals("k2");
      map.put(item, reversed ? 6 - keyed : keyed);
    }
    return Answers.of(map);
  }

  @Test
  void theLibraryAccumulatorScoresPersonsAsTheDefinitionDoes() throws Exception {
    // addPerson without scores computes them; the batch passes its own: both must agree.
    Questionnaire q = CalibrationGolden.definition();
    var withScores = Calibrator.of(q);
    var plain = new io.github.dyadscore.stats.ReliabilityAccumulator(q.definition());
    var engine = new io.github.dyadscore.internal.ScoringEngine(q.definition());
    for (Answers[] couple : sampleCouples()) {
      withScores.addPerson(couple[0], Role.A);
      double[] keyed = new double[engine.itemCount()];
      engine.resolve(couple[0], new int[engine.itemCount()], keyed);
      plain.addPerson(keyed, Role.A);
    }
    assertThat(plain.result().scale("conflict").orElseThrow().scoresA())
        .isEqualTo(withScores.report().scale("conflict").orElseThrow().scoresA());
  }
}
