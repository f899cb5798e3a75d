package io.github.dyadscore.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.dyadscore.batch.BatchOptions;
import io.github.dyadscore.batch.BatchScorer;
import io.github.dyadscore.batch.ProgressListener;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The reliability of a couple's difference score and couple mean (Griffin, Murray and Gonzalez
 * 1999), by hand and against R on the calibration sample.
 */
class DifferenceReliabilityTest {

  @Test
  void differenceAndMeanReliabilitiesEqualAHandComputation() {
    // s_A = 2, s_B = 3, r_AA = .8, r_BB = .9, r_AB = .5:
    // r_DD = (4 * .8 + 9 * .9 - 2 * 2 * 3 * .5) / (4 + 9 - 6) = 5.3 / 7
    // r_MM = (3.2 + 8.1 + 6) / (13 + 6) = 17.3 / 19
    DifferenceReliability r = DifferenceReliability.of("s", 50, 0.8, 0.9, 2, 3, 0.5);

    assertThat(r.difference()).isCloseTo(5.3 / 7, within(1e-15));
    assertThat(r.coupleMean()).isCloseTo(17.3 / 19, within(1e-15));
    assertThat(r.alphaA()).isEqualTo(0.8);
    assertThat(r.sdB()).isEqualTo(3.0);
    assertThat(r.correlation()).isEqualTo(0.5);
  }

  @Test
  void partnersWhoCorrelateAsMuchAsTheScaleIsReliableHaveAnUnreliableDifference() {
    // Equal SDs and alphas: r_DD = (alpha - r) / (1 - r), zero when r = alpha.
    DifferenceReliability r = DifferenceReliability.of("s", 50, 0.8, 0.8, 1.5, 1.5, 0.8);

    assertThat(r.difference()).isCloseTo(0, within(1e-15));
    assertThat(r.coupleMean()).isCloseTo((0.8 + 0.8) / (1 + 0.8), within(1e-15));
  }

  @Test
  void undefinedInputsGiveNaNNotZero() {
    assertThat(DifferenceReliability.of("s", 1, 0.8, 0.8, 1, 1, 0.5).difference()).isNaN();
    assertThat(DifferenceReliability.of("s", 9, 0.8, 0.8, 1, 1, 1).difference()).isNaN();
    assertThat(DifferenceReliability.of("s", 9, Double.NaN, 0.8, 1, 1, 0.2).coupleMean())
        .isNaN();
  }

  @ParameterizedTest
  @ValueSource(strings = {"closeness", "conflict"})
  void inputsAndReliabilitiesEqualRonTheCalibrationSample(String scale) throws Exception {
    Map<String, Double> r = CalibrationGolden.values();
    ReliabilityReport report = new BatchScorer(CalibrationGolden.definition(),
        BatchOptions.builder().build()).reliability(CalibrationGolden.sample(),
            ProgressListener.NONE).report();

    DifferenceReliability d = report.scale(scale).orElseThrow().differenceReliability();

    String at = scale + "/couples/";
    assertThat(d.couples()).isEqualTo(r.get(at + "couples").longValue());
    assertThat(d.alphaA()).isCloseTo(r.get(at + "alpha_A"), within(CalibrationGolden.TOLERANCE));
    assertThat(d.alphaB()).isCloseTo(r.get(at + "alpha_B"), within(CalibrationGolden.TOLERANCE));
    assertThat(d.sdA()).isCloseTo(r.get(at + "sd_A"), within(CalibrationGolden.TOLERANCE));
    assertThat(d.sdB()).isCloseTo(r.get(at + "sd_B"), within(CalibrationGolden.TOLERANCE));
    assertThat(d.correlation()).isCloseTo(r.get(at + "r_AB"), within(CalibrationGolden.TOLERANCE));
    assertThat(d.difference()).isCloseTo(r.get(at + "r_DD"), within(CalibrationGolden.TOLERANCE));
    assertThat(d.coupleMean()).isCloseTo(r.get(at + "r_MM"), within(CalibrationGolden.TOLERANCE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"closeness", "conflict"})
  void scoreDistributionsAndAlphasEqualRPerGroup(String scale) throws Exception {
    Map<String, Double> r = CalibrationGolden.values();
    ScaleStatistics s = new BatchScorer(CalibrationGolden.definition(),
        BatchOptions.builder().build()).reliability(CalibrationGolden.sample(),
            ProgressListener.NONE).report().scale(scale).orElseThrow();

    for (String group : new String[] {"all", "A", "B"}) {
      ScoreSummary scores = group.equals("all") ? s.scoresEveryone()
          : s.scores(Role.valueOf(group));
      ScaleReliability alpha = group.equals("all") ? s.everyone() : s.forRole(Role.valueOf(group));
      String at = scale + "/" + group + "/";
      assertThat(scores.n()).as(at).isEqualTo(r.get(at + "score_n").longValue());
      assertThat(scores.mean()).as(at).isCloseTo(r.get(at + "score_mean"),
          within(CalibrationGolden.TOLERANCE));
      assertThat(scores.sd()).as(at).isCloseTo(r.get(at + "score_sd"),
          within(CalibrationGolden.TOLERANCE));
      assertThat(alpha.rawAlpha()).as(at).isCloseTo(r.get(at + "raw_alpha"),
          within(CalibrationGolden.TOLERANCE));
      assertThat(alpha.feldt95().lower()).as(at).isCloseTo(r.get(at + "feldt_lower"),
          within(CalibrationGolden.TOLERANCE));
      assertThat(alpha.feldt95().upper()).as(at).isCloseTo(r.get(at + "feldt_upper"),
          within(CalibrationGolden.TOLERANCE));
      assertThat(alpha.personsPassed()).as(at).isEqualTo(r.get(at + "n_rows").longValue());
    }
  }
}
