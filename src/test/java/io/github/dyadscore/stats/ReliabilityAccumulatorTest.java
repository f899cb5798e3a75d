package io.github.dyadscore.stats;

import static io.github.dyadscore.stats.StatsFixtures.NA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.github.dyadscore.definition.Definition;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class ReliabilityAccumulatorTest {

  private static final Offset<Double> EXACT = within(1e-12);

  /**
   * 5 persons x 3 items, complete, all means 3:
   *
   * <pre>
   *   x1: 1 2 3 4 5   deviations -2 -1  0  1  2   SS 10, var 2.5
   *   x2: 2 1 4 3 5   deviations -1 -2  1  0  2   SS 10, var 2.5
   *   x3: 1 3 2 5 4   deviations -2  0 -1  2  1   SS 10, var 2.5
   *   cross products: x1x2 = 8, x1x3 = 8, x2x3 = 3, so cov 2, 2, 0.75
   *   C = [2.5 2 2; 2 2.5 0.75; 2 0.75 2.5], tr C = 7.5, sum C = 7.5 + 2 (4.75) = 17
   *   raw alpha = (1 - 7.5 / 17) * 3 / 2 = 14.25 / 17 = 0.838235294...
   *   R = C / 2.5: off-diagonal 0.8, 0.8, 0.3, sum R = 6.8
   *   std alpha = (1 - 3 / 6.8) * 3 / 2 = 5.7 / 6.8 (= raw alpha: equal variances)
   *   average r = (6.8 - 3) / 6 = 0.6333...
   *   r.drop x1 = (2 + 2) / sqrt(2.5 * (2.5 + 2.5 + 2 * 0.75)) = 4 / sqrt(16.25)
   *   r.drop x2 = (2 + 0.75) / sqrt(2.5 * (2.5 + 2.5 + 2 * 2)) = 2.75 / sqrt(22.5)
   *   alpha without x1: C = [2.5 0.75; 0.75 2.5], (1 - 5 / 6.5) * 2 = 3 / 6.5
   *   alpha without x2 (or x3): [2.5 2; 2 2.5], (1 - 5 / 9) * 2 = 8 / 9
   *   Feldt (n = 5, k = 3): 1 - (1 - alpha) qf(0.975 / 0.025, 4, 8) = 0.18266..., 0.98198...
   * </pre>
   *
   * Checked in R: psych::alpha(data.frame(x1, x2, x3)) prints the same numbers.
   */
  @Test
  void alphaOfASmallCompleteScaleMatchesTheHandComputation() {
    ReliabilityAccumulator acc = new ReliabilityAccumulator(StatsFixtures.definition("hand"));
    double[][] x = {{1, 2, 1}, {2, 1, 3}, {3, 4, 2}, {4, 3, 5}, {5, 5, 4}};
    for (double[] row : x) {
      acc.addPerson(new double[] {row[0], row[1], row[2], NA, NA, NA}, Role.A);
    }

    ScaleReliability s = acc.result().scale("x").orElseThrow().everyone();

    assertThat(s.itemCount()).isEqualTo(3);
    assertThat(s.personsPassed()).isEqualTo(5);
    assertThat(s.personsComplete()).isEqualTo(5);
    assertThat(s.rawAlpha()).isCloseTo(14.25 / 17, EXACT);
    assertThat(s.standardizedAlpha()).isCloseTo(5.7 / 6.8, EXACT);
    assertThat(s.averageR()).isCloseTo(3.8 / 6, EXACT);
    assertThat(s.items().get(0).correctedItemTotal()).isCloseTo(4 / Math.sqrt(16.25), EXACT);
    assertThat(s.items().get(1).correctedItemTotal()).isCloseTo(2.75 / Math.sqrt(22.5), EXACT);
    assertThat(s.items().get(0).alphaIfDeleted()).isCloseTo(3 / 6.5, EXACT);
    assertThat(s.items().get(1).alphaIfDeleted()).isCloseTo(8.0 / 9, EXACT);
    assertThat(s.items().get(2).standardizedAlphaIfDeleted()).isCloseTo(8.0 / 9, EXACT);
    assertThat(s.items().get(0).mean()).isCloseTo(3, EXACT);
    assertThat(s.items().get(0).sd()).isCloseTo(Math.sqrt(2.5), EXACT);
    // R: 1 - (1 - a) * qf(c(.975, .025), 4, 8) with a = 14.25 / 17
    assertThat(s.feldt95().lower()).isCloseTo(0.18266243542649097, within(1e-12));
    assertThat(s.feldt95().upper()).isCloseTo(0.98198527120354828, within(1e-12));
    // R: sd(rowMeans(x))
    assertThat(s.scoreMean()).isCloseTo(3, EXACT);
    assertThat(s.scoreSd()).isCloseTo(1.3743685418725538, EXACT);
    assertThat(s.items()).noneMatch(ItemReliability::possiblyMiskeyed);
    assertThat(s.excludedItems()).isEmpty();
  }

  /**
   * small-cases.md case 1 of the psych golden data: 6 persons x 4 items with Q3 reversed (6 - x)
   * and two missing answers, so the covariances are pairwise.
   */
  @Test
  void pairwiseMissingAnswersAndAReversedItemReproducePsychsSmallCase() {
    ReliabilityAccumulator acc = new ReliabilityAccumulator(StatsFixtures.definition("psych-small"));
    double[][] raw = {
      {4, 3, 2, 5}, {2, 4, 3, NA}, {5, 4, 1, 3}, {3, 2, 4, 2}, {NA, 3, 5, 2}, {1, 1, 3, 4}
    };
    for (double[] row : raw) {
      acc.addPerson(new double[] {row[0], row[1], 6 - row[2], row[3]}, Role.B);
    }

    ScaleReliability s = acc.result().scale("total").orElseThrow().partnerB();

    Offset<Double> tol = within(1e-9);
    assertThat(s.rawAlpha()).isCloseTo(0.6879886282871357, tol);
    assertThat(s.standardizedAlpha()).isCloseTo(0.6824247670230635, tol);
    assertThat(s.averageR()).isCloseTo(0.34947292771161703, tol);
    assertThat(s.scoreMean()).isCloseTo(2.9583333333333335, tol);
    assertThat(s.scoreSd()).isCloseTo(0.9671694094969436, tol);
    assertThat(s.feldt95().lower()).isCloseTo(-0.11588225894350224, tol);
    assertThat(s.feldt95().upper()).isCloseTo(0.9514585303543314, tol);
    assertThat(s.personsPassed()).isEqualTo(6);
    assertThat(s.personsComplete()).isEqualTo(4);
    assertThat(s.items()).extracting(ItemReliability::answers).containsExactly(5L, 6L, 6L, 5L);
    assertThat(s.items())
        .extracting(ItemReliability::correctedItemTotal)
        .containsExactly(
            0.5071664892015528, 0.44113289871182987, 0.8039978582395674, 0.20607184433236145);
    double[] rawDrop = {0.6023622047244095, 0.6441717791411042, 0.3766816143497759, 0.7707182320441988};
    double[] stdDrop = {0.5787800877970181, 0.6528867911528915, 0.3733087597578889, 0.7737681751319081};
    for (int i = 0; i < 4; i++) {
      assertThat(s.items().get(i).alphaIfDeleted()).isCloseTo(rawDrop[i], tol);
      assertThat(s.items().get(i).standardizedAlphaIfDeleted()).isCloseTo(stdDrop[i], tol);
    }
    // Nobody in role A: every alpha NaN, nothing thrown.
    ScaleReliability empty = acc.result().scale("total").orElseThrow().partnerA();
    assertThat(empty.personsPassed()).isZero();
    assertThat(empty.rawAlpha()).isNaN();
    assertThat(empty.feldt95().lower()).isNaN();
    assertThat(empty.scoreMean()).isNaN();
  }

  @Test
  void anUnflippedReverseItemIsFlaggedAsPossiblyMiskeyed() {
    ReliabilityAccumulator acc = new ReliabilityAccumulator(StatsFixtures.definition("hand"));
    double[][] x = {{1, 2, 5}, {2, 1, 3}, {3, 4, 4}, {4, 3, 1}, {5, 5, 2}};
    for (double[] row : x) {
      acc.addPerson(new double[] {row[0], row[1], row[2], NA, NA, NA}, Role.A);
    }

    ScaleReliability s = acc.result().scale("x").orElseThrow().everyone();

    assertThat(s.items()).extracting(ItemReliability::possiblyMiskeyed).containsExactly(false, false, true);
    assertThat(s.items().get(2).correctedItemTotal()).isNegative();
  }

  @Test
  void anItemWithoutVarianceIsExcludedLikePsychDoes() {
    ReliabilityAccumulator acc = new ReliabilityAccumulator(StatsFixtures.definition("hand"));
    double[][] x = {{1, 2, 3}, {2, 1, 3}, {3, 4, 3}, {4, 3, 3}, {5, 5, 3}};
    for (double[] row : x) {
      acc.addPerson(new double[] {row[0], row[1], row[2], NA, NA, NA}, Role.A);
    }

    ScaleReliability s = acc.result().scale("x").orElseThrow().everyone();

    assertThat(s.excludedItems()).containsExactly("x3");
    assertThat(s.itemCount()).isEqualTo(2);
    assertThat(s.items()).extracting(ItemReliability::itemId).containsExactly("x1", "x2");
    // Two items: C = [2.5 2; 2 2.5], alpha = (1 - 5 / 9) * 2; alpha if deleted undefined
    assertThat(s.rawAlpha()).isCloseTo(8.0 / 9, EXACT);
    assertThat(s.items().get(0).alphaIfDeleted()).isNaN();
    assertThat(s.items().get(0).correctedItemTotal()).isCloseTo(0.8, EXACT);
  }

  @Test
  void aCompositeIsAnalysedOverTheUnionOfItsItems() {
    ReliabilityAccumulator acc = new ReliabilityAccumulator(StatsFixtures.definition("hand"));
    double[][] x = {{1, 2, 1}, {2, 1, 3}, {3, 4, 2}, {4, 3, 5}, {5, 5, 4}};
    for (double[] row : x) {
      acc.addPerson(new double[] {row[0], row[1], NA, NA, NA, row[2]}, Role.A);
    }

    ScaleStatistics both = acc.result().scale("both").orElseThrow();

    assertThat(both.composite()).isTrue();
    assertThat(both.everyone().items())
        .extracting(ItemReliability::itemId)
        .containsExactly("x1", "x2", "y3");
    // x3 and y1, y2 were never answered: excluded, the rest is the hand case of x1, x2, x3.
    assertThat(both.everyone().excludedItems()).containsExactly("x3", "y1", "y2");
    assertThat(both.everyone().rawAlpha()).isCloseTo(14.25 / 17, EXACT);
  }

  /**
   * Kenny, Kashy and Cook (2006), Table 2.1, ten dyads (x, x'): 8 6, 5 3, 7 2, 8 5, 8 7, 5 6, 3 4,
   * 8 9, 6 7, 2 3.
   *
   * <pre>
   *   grand mean M = 112 / 20 = 5.6; sum x^2 = 404, sum x'^2 = 314, sum x x' = 335
   *   double entry: sum (X - M)^2 = 718 - 20 * 5.6^2 = 90.8, sum (X - M)(Y - M) = 670 - 627.2 = 42.8
   *   r_I = 42.8 / 90.8 = 107 / 227; Z = r_I sqrt(10)
   *   couple means 7 4 4.5 6.5 7.5 5.5 3.5 8.5 6.5 2.5, squared deviations from 5.6 sum to 33.4
   *   MS_b = 2 * 33.4 / 9 = 66.8 / 9; MS_w = sum (x - x')^2 / 20 = 48 / 20 = 2.4
   *   ICC = (66.8 - 21.6) / (66.8 + 21.6) = 45.2 / 88.4
   *   F = MS_b / MS_w on (9, 10): R 2 * pf(F, 9, 10, lower.tail = FALSE) = 0.0932598278345622
   *   R 2 * pnorm(-107 / 227 * sqrt(10)) = 0.136069426387633
   * </pre>
   */
  @Test
  void dyadicCorrelationsMatchTheHandComputation() {
    ReliabilityAccumulator acc = new ReliabilityAccumulator(StatsFixtures.definition("hand"));
    double[][] dyads = {{8, 6}, {5, 3}, {7, 2}, {8, 5}, {8, 7}, {5, 6}, {3, 4}, {8, 9}, {6, 7}, {2, 3}};
    for (double[] d : dyads) {
      acc.addCouple(new double[] {d[0], NA, NA}, new double[] {d[1], 1, NA});
    }
    acc.addCouple(new double[] {NA, NA, NA}, new double[] {4, NA, NA}); // incomplete: not counted

    ReliabilityReport report = acc.result();
    DyadicCorrelation d = report.scale("x").orElseThrow().dyadic();

    assertThat(report.couples()).isEqualTo(11);
    assertThat(d.couples()).isEqualTo(10);
    assertThat(d.doubleEntryR()).isCloseTo(107.0 / 227, EXACT);
    assertThat(d.z()).isCloseTo(107.0 / 227 * Math.sqrt(10), EXACT);
    assertThat(d.p()).isCloseTo(0.136069426387633, within(1e-12));
    assertThat(d.msBetween()).isCloseTo(66.8 / 9, EXACT);
    assertThat(d.msWithin()).isCloseTo(2.4, EXACT);
    assertThat(d.anovaIcc()).isCloseTo(45.2 / 88.4, EXACT);
    assertThat(d.f()).isCloseTo(66.8 / 9 / 2.4, EXACT);
    assertThat(d.fNumeratorDf()).isEqualTo(9);
    assertThat(d.fDenominatorDf()).isEqualTo(10);
    assertThat(d.anovaP()).isCloseTo(0.0932598278345622, within(1e-12));
    // Scale y: partner A never had a score; scale both: nobody had one.
    assertThat(report.scale("y").orElseThrow().dyadic().couples()).isZero();
    assertThat(report.scale("both").orElseThrow().dyadic().doubleEntryR()).isNaN();
  }

  @Test
  void theAnovaTestTurnsAroundWhenPartnersAreLessAlikeThanStrangers() {
    ReliabilityAccumulator acc = new ReliabilityAccumulator(StatsFixtures.definition("hand"));
    double[][] dyads = {{1, 5}, {5, 1}, {2, 4}, {4, 2}, {3, 3}};
    for (double[] d : dyads) {
      acc.addCouple(new double[] {d[0], NA, NA}, new double[] {d[1], NA, NA});
    }

    DyadicCorrelation d = acc.result().scale("x").orElseThrow().dyadic();

    assertThat(d.doubleEntryR()).isCloseTo(-1, EXACT);
    assertThat(d.anovaIcc()).isCloseTo(-1, EXACT);
    assertThat(d.msBetween()).isCloseTo(0, EXACT);
    assertThat(d.fNumeratorDf()).isEqualTo(5);
    assertThat(d.fDenominatorDf()).isEqualTo(4);
    assertThat(d.anovaP()).isCloseTo(0, EXACT);
  }

  @Test
  void wrongArrayLengthsAreRejectedWithTheExpectedCount() {
    Definition hand = StatsFixtures.definition("hand");
    ReliabilityAccumulator acc = new ReliabilityAccumulator(hand);

    assertThatThrownBy(() -> acc.addPerson(new double[3], Role.A))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected 6 keyed item values (the items of 'hand' in definition order), got 3");
    assertThatThrownBy(() -> acc.addCouple(new double[3], new double[2]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "expected 3 scale scores for partner B (the scales of 'hand' in definition order), got 2");
    assertThatThrownBy(
            () -> acc.addPerson(new double[] {1, Double.POSITIVE_INFINITY, 1, 1, 1, 1}, Role.A))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("keyed value of item 'x2' is infinite; use NaN for a missing answer");
    assertThatThrownBy(
            () -> acc.merge(new ReliabilityAccumulator(StatsFixtures.definition("psych-small"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot merge accumulators over different definitions: 'hand' 1.0.0 and 'psych-small' 1.0.0");
  }
}
