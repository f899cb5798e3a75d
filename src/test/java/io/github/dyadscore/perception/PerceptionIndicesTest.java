package io.github.dyadscore.perception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The per-couple indices on small cases computed by hand. */
class PerceptionIndicesTest {

  @Test
  void handComputedCase() {
    // P = (2, 3, 5, 4), S_Y = (2, 4, 5, 2), S_X = (1, 3, 4, 4).
    PerceptionIndices i = PerceptionIndices.of(new double[] {2, 3, 5, 4},
        new double[] {2, 4, 5, 2}, new double[] {1, 3, 4, 4}, 4);

    assertThat(i.items()).isEqualTo(4);
    assertThat(i.exactHits()).isEqualTo(50); // items 1 and 3
    assertThat(i.withinOneHits()).isEqualTo(75); // differences 0, -1, 0, 2
    assertThat(i.bias()).isEqualTo(0.25); // (0 - 1 + 0 + 2) / 4
    assertThat(i.meanAbsoluteError()).isEqualTo(0.75);
    // P - 3.5 = (-1.5, -0.5, 1.5, 0.5); S_Y - 3.25 = (-1.25, 0.75, 1.75, -1.25)
    // sum = 1.875 - 0.375 + 2.625 - 0.625 = 3.5; sum P^2 = 5; sum S_Y^2 = 6.75
    assertThat(i.accuracy()).isCloseTo(3.5 / Math.sqrt(5 * 6.75), within(1e-15));
    // S_X - 3 = (-2, 0, 1, 1): P: 3 + 0 + 1.5 + 0.5 = 5, S_X^2 = 6
    assertThat(i.assumedSimilarity()).isCloseTo(5 / Math.sqrt(5 * 6), within(1e-15));
    // The regression passes through the means: b0 + b1 3.25 + b2 3 = 3.5.
    KennyAcitelliFit fit = i.regression();
    assertThat(fit.intercept() + fit.truthSlope() * 3.25 + fit.assumedSimilaritySlope() * 3)
        .isCloseTo(3.5, within(1e-12));
  }

  @Test
  void tooFewItemsOrNoVarianceAreUndefinedNotZero() {
    PerceptionIndices two = PerceptionIndices.of(new double[] {1, 2}, new double[] {2, 1},
        new double[] {1, 3}, 2);
    assertThat(two.accuracy()).isNaN();
    assertThat(two.bias()).isZero();
    assertThat(two.regression().defined()).isFalse();

    PerceptionIndices constant = PerceptionIndices.of(new double[] {3, 3, 3, 3, 3},
        new double[] {1, 2, 3, 4, 5}, new double[] {2, 2, 4, 5, 1}, 5);
    assertThat(constant.accuracy()).isNaN();
    assertThat(constant.assumedSimilarity()).isNaN();
    assertThat(constant.actualSimilarity()).isFinite();
    assertThat(constant.regression().truthSlope()).isCloseTo(0, within(1e-12));
    assertThat(constant.regression().intercept()).isCloseTo(3, within(1e-12));

    PerceptionIndices none = PerceptionIndices.of(new double[0], new double[0], new double[0], 0);
    assertThat(none.exactHits()).isNaN();
    assertThat(none.meanAbsoluteError()).isNaN();
  }

  @Test
  void collinearSelfAnswersLeaveTheRegressionUndefined() {
    PerceptionIndices i = PerceptionIndices.of(new double[] {1, 2, 4, 3, 5},
        new double[] {1, 2, 3, 4, 5}, new double[] {2, 3, 4, 5, 6}, 5);
    assertThat(i.actualSimilarity()).isCloseTo(1, within(1e-15));
    assertThat(i.regression().defined()).isFalse();
  }

  @Test
  void missingValuesAreRejected() {
    assertThatThrownBy(() -> PerceptionIndices.of(new double[] {1, Double.NaN},
        new double[] {1, 2}, new double[] {1, 2}, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("value 1 is NaN");
  }
}
