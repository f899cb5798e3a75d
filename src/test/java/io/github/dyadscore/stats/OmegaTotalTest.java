package io.github.dyadscore.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Omega total on correlation matrices whose one-factor solution is known in closed form. */
class OmegaTotalTest {

  private static double[][] equal(int k, double r) {
    double[][] m = new double[k][k];
    for (int i = 0; i < k; i++) {
      for (int j = 0; j < k; j++) {
        m[i][j] = i == j ? 1 : r;
      }
    }
    return m;
  }

  @Test
  void equalCorrelationsGiveLoadingsOfTheirRootAndOmegaEqualToStandardizedAlpha() {
    // l_i = sqrt(r) reproduces every r_ij exactly; omega = k r / (1 + (k - 1) r).
    double[] loadings = OmegaTotal.minresLoadings(equal(5, 0.36));
    for (double l : loadings) {
      assertThat(Math.abs(l)).isCloseTo(0.6, within(1e-12));
    }
    assertThat(OmegaTotal.of(equal(5, 0.36))).isCloseTo(5 * 0.36 / (1 + 4 * 0.36), within(1e-12));
  }

  @Test
  void aRankOneMatrixIsFittedExactly() {
    double[] l = {0.9, 0.8, 0.7, 0.4};
    double[][] r = new double[4][4];
    double sum = 0;
    double unique = 0;
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        r[i][j] = i == j ? 1 : l[i] * l[j];
        sum += r[i][j];
      }
      unique += 1 - l[i] * l[i];
    }
    assertThat(OmegaTotal.of(r)).isCloseTo((sum - unique) / sum, within(1e-12));
  }

  @Test
  void anItemWithANegativeLoadingIsReversedBeforeTheSum() {
    // Item 3 correlates negatively with the others: psych's flip makes V_t the variance of the
    // sum with item 3 reversed, which equals the all-positive matrix's omega.
    double[][] r = equal(4, 0.25);
    double[][] flipped = equal(4, 0.25);
    for (int j = 0; j < 4; j++) {
      if (j != 2) {
        flipped[2][j] = -0.25;
        flipped[j][2] = -0.25;
      }
    }
    assertThat(OmegaTotal.of(flipped)).isCloseTo(OmegaTotal.of(r), within(1e-12));
  }

  @Test
  void fewerThanThreeItemsOrAMissingCorrelationGiveNaN() {
    assertThat(OmegaTotal.of(equal(2, 0.5))).isNaN();
    double[][] r = equal(3, 0.5);
    r[0][1] = Double.NaN;
    r[1][0] = Double.NaN;
    assertThat(OmegaTotal.of(r)).isNaN();
  }

  @Test
  void aHeywoodCaseIsHeldAtPsychsLowerBound() {
    // r_12 r_13 / r_23 = 0.9 * 0.9 / 0.5 = 1.62: the exact fit needs l_1^2 > 1; the
    // uniqueness stops at 0.005, as psych's L-BFGS-B bound keeps it.
    double[][] r = {{1, 0.9, 0.9}, {0.9, 1, 0.5}, {0.9, 0.5, 1}};
    double[] l = OmegaTotal.minresLoadings(r);
    assertThat(1 - l[0] * l[0]).isLessThan(OmegaTotal.LOWER + 1e-9);
    assertThat(OmegaTotal.of(r)).isBetween(0.0, 1.0);
  }
}
