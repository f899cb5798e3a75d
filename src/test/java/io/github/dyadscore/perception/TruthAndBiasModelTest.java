package io.github.dyadscore.perception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.dyadscore.perception.TruthAndBiasFit.Estimator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The truth-and-bias accumulator: merging, degenerate data, and OLS as GLS at rho = 0. */
class TruthAndBiasModelTest {

  private static double[] couple(Random random) {
    double[] v = new double[6];
    for (int d = 0; d < 2; d++) {
      double truth = 1 + random.nextInt(7);
      double own = 1 + random.nextInt(7);
      v[3 * d] = 0.5 + 0.4 * truth + 0.3 * own + random.nextGaussian();
      v[3 * d + 1] = truth;
      v[3 * d + 2] = own;
    }
    if (random.nextInt(10) == 0) {
      v[0] = Double.NaN; // one direction missing
    }
    return v;
  }

  private static void add(TruthAndBiasModel model, double[] v) {
    model.add(v[0], v[1], v[2], v[3], v[4], v[5]);
  }

  @Test
  void mergedAccumulatorsFitAsOne() {
    Random random = new Random(42);
    TruthAndBiasModel whole = new TruthAndBiasModel("s");
    TruthAndBiasModel first = new TruthAndBiasModel("s");
    TruthAndBiasModel second = new TruthAndBiasModel("s");
    for (int i = 0; i < 200; i++) {
      double[] v = couple(random);
      add(whole, v);
      add(i < 90 ? first : second, v);
    }
    first.merge(second);

    List<TruthAndBiasFit> expected = whole.fit();
    List<TruthAndBiasFit> actual = first.fit();
    for (int f = 0; f < expected.size(); f++) {
      // OLS is exact up to rounding; GLS's maximum is located to about 1e-8 in rho (see
      // CompoundSymmetryGls), which the summation order of merged cross-products can move.
      double tolerance = expected.get(f).estimator() == Estimator.OLS ? 1e-10 : 1e-7;
      assertThat(actual.get(f).observations()).isEqualTo(expected.get(f).observations());
      assertThat(actual.get(f).truthForce())
          .isCloseTo(expected.get(f).truthForce(), within(tolerance));
      assertThat(actual.get(f).directionalBias())
          .isCloseTo(expected.get(f).directionalBias(), within(tolerance));
      if (expected.get(f).estimator() == Estimator.GLS) {
        assertThat(actual.get(f).rho()).isCloseTo(expected.get(f).rho(), within(1e-6));
      }
    }
  }

  @Test
  void withoutCouplesOrVarianceEveryNumberIsUndefined() {
    TruthAndBiasModel empty = new TruthAndBiasModel("s");
    assertThat(empty.fit()).hasSize(6).allSatisfy(fit -> {
      assertThat(fit.observations()).isZero();
      assertThat(fit.truthForce()).isNaN();
      assertThat(fit.directionalBias()).isNaN();
    });

    TruthAndBiasModel constantTruth = new TruthAndBiasModel("s");
    for (int i = 0; i < 20; i++) {
      constantTruth.add(i % 5, 4, i % 3, i % 4, 4, i % 7);
    }
    assertThat(constantTruth.fit()).allSatisfy(fit -> assertThat(fit.truthForce()).isNaN());
  }

  @Test
  void glsNeedsACoupleWithBothDirections() {
    TruthAndBiasModel model = new TruthAndBiasModel("s");
    Random random = new Random(7);
    for (int i = 0; i < 30; i++) {
      double truth = 1 + random.nextInt(7);
      double own = 1 + random.nextInt(7);
      model.add(truth + random.nextGaussian(), truth, own, Double.NaN, Double.NaN, Double.NaN);
    }
    List<TruthAndBiasFit> fits = model.fit();

    assertThat(fits.get(0).estimator()).isEqualTo(Estimator.OLS);
    assertThat(fits.get(0).truthForce()).isFinite();
    assertThat(fits.subList(3, 6)).allSatisfy(fit -> assertThat(fit.rho()).isNaN());
  }

  @Test
  void centringMakesTheInterceptTheBiasAtTheMeanOfTheTruth() {
    // P = T + 0.5 exactly, B unrelated: b0 = 0.5 whatever the level of T.
    TruthAndBiasModel model = new TruthAndBiasModel("s");
    Random random = new Random(3);
    for (int i = 0; i < 50; i++) {
      double t1 = 10 + random.nextInt(5);
      double t2 = 10 + random.nextInt(5);
      model.add(t1 + 0.5 + 1e-3 * random.nextGaussian(), t1, random.nextInt(9),
          t2 + 0.5 + 1e-3 * random.nextGaussian(), t2, random.nextInt(9));
    }
    assertThat(model.fit()).allSatisfy(fit -> {
      assertThat(fit.directionalBias()).isCloseTo(0.5, within(1e-3));
      assertThat(fit.truthForce()).isCloseTo(1, within(1e-3));
    });
  }
}
