package io.github.dyadscore.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Kappas of small tables worked by hand. */
class CohenKappaTest {

  @Test
  void twoCategoriesByHand() {
    // 20 pairs: 8 (1,1), 2 (1,2), 4 (2,1), 6 (2,2). p_o = 0.7; margins A 0.5/0.5, B 0.6/0.4;
    // p_c = 0.5 * 0.6 + 0.5 * 0.4 = 0.5; kappa = 0.2 / 0.5 = 0.4. With two categories every
    // weighting is the unweighted one.
    ItemKappa k = CohenKappa.of("x", new long[] {8, 2, 4, 6}, 2);
    assertThat(k.couples()).isEqualTo(20);
    assertThat(k.categories()).isEqualTo(2);
    assertThat(k.kappa()).isCloseTo(0.4, within(1e-15));
    assertThat(k.linearKappa()).isCloseTo(0.4, within(1e-15));
    assertThat(k.quadraticKappa()).isCloseTo(0.4, within(1e-15));
  }

  @Test
  void weightsFollowTheCategoriesUsedNotTheOptions() {
    // Values 1..5 possible; only 1, 3 and 5 chosen: three categories, one step apart in psych's
    // weights. Pairs: (1,3) once, (3,5) once, (5,5) once, (1,1) once.
    long[] table = new long[25];
    table[0 * 5 + 2] = 1;
    table[2 * 5 + 4] = 1;
    table[4 * 5 + 4] = 1;
    table[0] = 1;
    ItemKappa k = CohenKappa.of("x", table, 5);
    assertThat(k.categories()).isEqualTo(3);
    // p: (1,1) .25, (1,3) .25, (3,5) .25, (5,5) .25; rows .5 .25 .25, columns .25 .25 .5.
    // p_o = .5, p_c = .125 + .0625 + .125 = .3125: kappa = .1875 / .6875.
    assertThat(k.kappa()).isCloseTo(0.1875 / 0.6875, within(1e-15));
    // Linear weights 1, .5, 0: observed .25 + .5 * .25 + .5 * .25 + .25 = .75; chance
    // sum w_ij r_i c_j = .75 * ... worked: rows (.5,.25,.25), columns (.25,.25,.5).
    double[] rows = {0.5, 0.25, 0.25};
    double[] columns = {0.25, 0.25, 0.5};
    double chance = 0;
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        chance += (1 - Math.abs(i - j) / 2.0) * rows[i] * columns[j];
      }
    }
    assertThat(k.linearKappa()).isCloseTo((0.75 - chance) / (1 - chance), within(1e-15));
  }

  @Test
  void oneCategoryHasNoKappa() {
    ItemKappa k = CohenKappa.of("x", new long[] {0, 0, 0, 7}, 2);
    assertThat(k.couples()).isEqualTo(7);
    assertThat(k.categories()).isEqualTo(1);
    assertThat(k.kappa()).isNaN();
    assertThat(k.quadraticKappa()).isNaN();
  }
}
