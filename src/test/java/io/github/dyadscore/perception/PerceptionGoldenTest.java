package io.github.dyadscore.perception;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.perception.PerceptionGolden.Couple;
import io.github.dyadscore.perception.TruthAndBiasFit.Estimator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Agreement with R on the seeded synthetic couples of src/test/r/perception-golden.R: per couple
 * and direction, base R's {@code cor} and {@code lm(P ~ S_Y + S_X)} and the hit rates, bias and
 * error to 1e-9; across couples, {@code lm} to 1e-9 and {@code nlme::gls(..., correlation =
 * corCompSymm(form = ~ 1 | couple))} (REML) to 1e-6. The data include missing answers (empty and
 * -99), a couple without predictions, constant predictions, a predictor without variance in their
 * own answers, too few items for r or the regression, and couples with one partner.
 */
class PerceptionGoldenTest {

  private static final double TOLERANCE = 1e-9;
  private static final double GLS_TOLERANCE = 1e-6;

  private static Questionnaire questionnaire;
  private static final Map<String, CouplePerception> perceptions = new HashMap<>();
  private static final List<Couple> complete = new ArrayList<>();

  @BeforeAll
  static void perceiveEveryCouple() {
    questionnaire = PerceptionGolden.questionnaire();
    for (Couple couple : PerceptionGolden.couples()) {
      if (couple.a() != null && couple.b() != null) {
        complete.add(couple);
        perceptions.put(couple.id(), questionnaire.perception(couple.a(), couple.b()));
      }
    }
  }

  @Test
  void theDataHaveTheSpecialCasesTheScriptPromises() {
    List<Couple> all = PerceptionGolden.couples();
    assertThat(all).hasSize(80);
    assertThat(complete).hasSize(77);
    assertThat(perceptions.get("5").aAboutB().items().items()).isZero();
    assertThat(perceptions.get("5").bAboutA().items().items()).isZero();
    assertThat(perceptions.get("9").aAboutB().items().accuracy()).isNaN();
    assertThat(perceptions.get("9").aAboutB().items().regression().truthSlope())
        .isCloseTo(0, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(perceptions.get("21").bAboutA().items().items()).isEqualTo(3);
    assertThat(perceptions.get("21").bAboutA().items().regression().defined()).isFalse();
  }

  @Test
  void perCoupleIndicesEqualBaseR() {
    List<String> header = PerceptionGolden.header("perception-couples.csv");
    int checked = 0;
    for (String[] row : PerceptionGolden.rows("perception-couples.csv")) {
      CouplePerception couple = perceptions.get(row[0]);
      assertThat(couple).as("couple %s", row[0]).isNotNull();
      PartnerPerception partner = couple.direction(
          row[1].equals("A_about_B") ? Direction.A_ABOUT_B : Direction.B_ABOUT_A);
      String scale = row[2];
      PerceptionIndices indices;
      ScalePerception scalePerception = null;
      if (scale.equals("NA")) {
        indices = partner.items();
      } else {
        scalePerception = partner.scales().stream().filter(s -> s.scale().equals(scale))
            .findFirst().orElseThrow();
        indices = scalePerception.indices();
      }
      Map<String, Double> actual = new HashMap<>();
      actual.put("n", (double) indices.items());
      actual.put("accuracy", indices.accuracy());
      actual.put("assumed", indices.assumedSimilarity());
      actual.put("actual", indices.actualSimilarity());
      actual.put("exact", indices.exactHits());
      actual.put("within_one", indices.withinOneHits());
      actual.put("bias", indices.bias());
      actual.put("mae", indices.meanAbsoluteError());
      actual.put("ka_intercept", indices.regression().intercept());
      actual.put("ka_truth", indices.regression().truthSlope());
      actual.put("ka_assumed", indices.regression().assumedSimilaritySlope());
      if (scalePerception != null) {
        actual.put("predicted", scalePerception.predicted());
        actual.put("actual_score", scalePerception.actual());
        actual.put("own_score", scalePerception.own());
        actual.put("difference", scalePerception.difference());
      }
      for (int c = 3; c < header.size(); c++) {
        String column = header.get(c);
        if (!actual.containsKey(column)) {
          assertThat(row[c]).as("%s for all items", column).isEqualTo("NA");
          continue;
        }
        assertEqual(actual.get(column), PerceptionGolden.number(row[c]), TOLERANCE,
            "couple " + row[0] + " " + row[1] + " " + scale + " " + column);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(77 * 2 * 4 * 11);
  }

  @Test
  void truthAndBiasModelsEqualLmAndGls() {
    Map<String, TruthAndBiasModel> models = new HashMap<>();
    for (Couple couple : complete) {
      CouplePerception perception = perceptions.get(couple.id());
      for (int s = 0; s < perception.aAboutB().scales().size(); s++) {
        ScalePerception ab = perception.aAboutB().scales().get(s);
        ScalePerception ba = perception.bAboutA().scales().get(s);
        models.computeIfAbsent(ab.scale(), TruthAndBiasModel::new).add(ab, ba);
      }
    }
    int checked = 0;
    for (String[] row : PerceptionGolden.rows("perception-models.csv")) {
      TruthAndBiasFit fit = models.get(row[0]).fit().stream()
          .filter(f -> f.sample().label().equals(row[1])
              && f.estimator().name().toLowerCase(java.util.Locale.ROOT).equals(row[2]))
          .findFirst().orElseThrow();
      double tolerance = fit.estimator() == Estimator.GLS ? GLS_TOLERANCE : TOLERANCE;
      String what = row[0] + " " + row[1] + " " + row[2];
      assertThat(fit.observations()).as(what).isEqualTo(Long.parseLong(row[3]));
      assertThat(fit.couples()).as(what).isEqualTo(Long.parseLong(row[4]));
      double[] actual = {fit.directionalBias(), fit.directionalBiasSe(), fit.truthForce(),
          fit.truthForceSe(), fit.biasForce(), fit.biasForceSe(), fit.sigma(), fit.rho(),
          fit.logLikelihood()};
      for (int c = 0; c < actual.length; c++) {
        assertEqual(actual[c], PerceptionGolden.number(row[5 + c]), tolerance,
            what + " column " + (5 + c));
        checked++;
      }
    }
    assertThat(checked).isEqualTo(3 * 6 * 9);
  }

  private static void assertEqual(double actual, double expected, double tolerance, String what) {
    if (Double.isNaN(expected)) {
      assertThat(actual).as(what).isNaN();
    } else {
      assertThat(actual).as(what).isCloseTo(expected,
          org.assertj.core.api.Assertions.within(tolerance));
    }
  }
}
