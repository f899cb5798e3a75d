package io.github.dyadscore.couple;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.TestQuestionnaires;
import io.github.dyadscore.score.PersonScores;
import io.github.dyadscore.score.ScaleScore;
import io.github.dyadscore.score.ScoreStatus;
import org.junit.jupiter.api.Test;

/**
 * A couple on the tiny fixture (src/test/resources/scoring/tiny.json), every figure worked out by
 * hand in the comments. Items p1-p4 and q1-q2 are on 1..5 with missing code 9; p3 is reversed (6 -
 * x); q2 weighs 2. Percentiles: 100 * pnorm(z) from R 4.2.2.
 */
class HandComputedCoupleTest {

  private static final double EPS = 1e-12;

  private final Questionnaire tiny = TestQuestionnaires.tiny();

  // A answers p3 = 2 (keyed 4) and gives the missing code 9 on p4.
  private final Answers a = Answers.builder()
      .put("p1", 5).put("p2", 4).put("p3", 2).put("p4", 9).put("q1", 3).put("q2", 5).build();
  // B gives 9 on p3, leaves p4 and q1 out.
  private final Answers b = Answers.builder()
      .put("p1", 1).put("p2", 3).put("p3", 9).put("q2", 2).build();

  @Test
  void meanScaleSkipsMissingCodesAndReversesKeyedItems() {
    ScaleScore pos = tiny.score(a).scale("pos");
    // (5 + 4 + (6 - 2)) / 3 answered; p4's code 9 counts as missing.
    assertThat(pos.value()).isCloseTo(13.0 / 3, within(EPS));
    assertThat(pos.answered()).isEqualTo(3);
    assertThat(pos.missing()).isEqualTo(1);
    assertThat(pos.status()).isEqualTo(ScoreStatus.SCORED);
  }

  @Test
  void normsGiveZTAndPercentileAndTheScoreFindsItsBand() {
    ScaleScore pos = tiny.score(a).scale("pos");
    // z = (13/3 - 3) / 1 = 4/3; T = 50 + 10 z; 100 * pnorm(4/3) = 90.878878027413208 (R).
    assertThat(pos.standing().z()).isCloseTo(4.0 / 3, within(EPS));
    assertThat(pos.standing().t()).isCloseTo(50 + 40.0 / 3, within(EPS));
    assertThat(pos.standing().percentile()).isCloseTo(90.878878027413208, within(1e-10));
    assertThat(pos.band().label().in("en")).contains("high");

    ScaleScore posB = tiny.score(b).scale("pos");
    // (1 + 3) / 2; z = -1; 100 * pnorm(-1) = 15.865525393145704 (R); 2 < 2.5 is "low".
    assertThat(posB.value()).isCloseTo(2.0, within(EPS));
    assertThat(posB.standing().percentile()).isCloseTo(15.865525393145704, within(1e-10));
    assertThat(posB.band().label().in("en")).contains("low");
  }

  @Test
  void proratedSumScalesTheWeightedSumUpToFullLength() {
    // A: 1*3 + 2*5 = 13 with all weight answered. B: only q2: 2*2 = 4, times 3/2 = 6.
    assertThat(tiny.score(a).scale("prorated").value()).isCloseTo(13, within(EPS));
    assertThat(tiny.score(b).scale("prorated").value()).isCloseTo(6, within(EPS));
  }

  @Test
  void plainSumNeedsEveryItemByDefault() {
    assertThat(tiny.score(a).scale("strict").value()).isCloseTo(13, within(EPS));
    ScaleScore strictB = tiny.score(b).scale("strict");
    assertThat(strictB.status()).isEqualTo(ScoreStatus.TOO_FEW_ANSWERS);
    assertThat(strictB.value()).isNaN();
    assertThat(strictB.answered()).isEqualTo(1);
    assertThat(strictB.standing()).isNull();
  }

  @Test
  void compositeIsTheMeanOfItsComponentsAndNeedsThemAll() {
    // A: (13/3 + 13) / 2 = 26/3. B: strict is missing, so both is too.
    assertThat(tiny.score(a).scale("both").value()).isCloseTo(26.0 / 3, within(EPS));
    ScaleScore bothB = tiny.score(b).scale("both");
    assertThat(bothB.status()).isEqualTo(ScoreStatus.TOO_FEW_ANSWERS);
    assertThat(bothB.answered()).isEqualTo(1);
    assertThat(bothB.missing()).isEqualTo(1);
  }

  @Test
  void scaleComparisonGivesGapMeanAndReliableDifference() {
    ScaleComparison pos = tiny.compare(a, b).scale("pos");
    assertThat(pos.difference()).isCloseTo(7.0 / 3, within(EPS));
    assertThat(pos.absoluteDifference()).isCloseTo(7.0 / 3, within(EPS));
    assertThat(pos.mean()).isCloseTo(19.0 / 6, within(EPS));
    // SE_diff = 1 * sqrt(2) * sqrt(1 - 0.8) = sqrt(0.4); critical 1.96 sqrt(0.4) (R values).
    assertThat(pos.seDiff()).isCloseTo(0.63245553203367588, within(EPS));
    assertThat(pos.criticalDifference()).isCloseTo(1.2396128427860047, within(EPS));
    assertThat(pos.verdict()).isEqualTo(DifferenceVerdict.RELIABLE);
    // Both answered p1 and p2; neither time were both above the midpoint 3.
    assertThat(pos.itemsCompared()).isEqualTo(2);
    assertThat(pos.positiveAgreement()).isEqualTo(0.0);
  }

  @Test
  void scalesWithoutReferenceDataOrWithAMissingScoreAreNotAssessed() {
    CoupleReport report = tiny.compare(a, b);
    assertThat(report.scale("prorated").verdict()).isEqualTo(DifferenceVerdict.NOT_ASSESSED);
    assertThat(report.scale("prorated").seDiff()).isNaN();
    ScaleComparison strict = report.scale("strict");
    assertThat(strict.b()).isNaN();
    assertThat(strict.difference()).isNaN();
    assertThat(strict.mean()).isNaN();
  }

  @Test
  void divergentItemsAreThoseAtLeastTheGapApartLargestFirst() {
    CoupleReport report = tiny.compare(a, b);
    // Both answered p1 (5 vs 1), p2 (4 vs 3) and q2 (5 vs 2); default gap (5 - 1) / 2 = 2.
    assertThat(report.items()).extracting(ItemComparison::item).containsExactly("p1", "p2", "q2");
    assertThat(report.divergentItems()).extracting(ItemComparison::item)
        .containsExactly("p1", "q2");
    ItemComparison p1 = report.divergentItems().get(0);
    assertThat(p1.codeA()).isEqualTo(5);
    assertThat(p1.codeB()).isEqualTo(1);
    assertThat(p1.difference()).isEqualTo(4.0);
    assertThat(p1.scales()).containsExactly("pos");
    assertThat(p1.agreement()).isEqualTo(Agreement.DISAGREEMENT);
    // q2 belongs to two item scales.
    assertThat(report.divergentItems().get(1).scales()).containsExactly("prorated", "strict");
  }

  @Test
  void profileCorrelationIsPearsonOverItemsBothAnswered() {
    ProfileSimilarity profile = tiny.compare(a, b).profile();
    // A = (5, 4, 5), B = (1, 3, 2): deviations (1/3, -2/3, 1/3) and (-1, 1, 0);
    // r = -1 / sqrt((2/3) * 2) = -sqrt(3)/2; MAD = (4 + 1 + 3) / 3.
    assertThat(profile.itemsUsed()).isEqualTo(3);
    assertThat(profile.correlation()).isCloseTo(-Math.sqrt(3) / 2, within(EPS));
    assertThat(profile.meanAbsoluteDifference()).isCloseTo(8.0 / 3, within(EPS));
  }

  @Test
  void flatProfileHasUndefinedCorrelationNotZero() {
    Answers flat = Answers.builder().put("p1", 3).put("p2", 3).put("p3", 3).put("q2", 3).build();
    ProfileSimilarity profile = tiny.compare(flat, b).profile();
    assertThat(profile.correlation()).isNaN();
    // |3-1| + |3-3| + |3-2| over the three items both answered (p3 is missing for B).
    assertThat(profile.itemsUsed()).isEqualTo(3);
    assertThat(profile.meanAbsoluteDifference()).isCloseTo(1.0, within(EPS));
  }

  @Test
  void agreementCategoriesFollowTheFavourableThresholds() {
    Answers high = Answers.builder().put("p1", 5).put("p2", 1).put("p3", 1).build();
    Answers alsoHigh = Answers.builder().put("p1", 4).put("p2", 2).put("p3", 3).build();
    CoupleReport report = tiny.compare(high, alsoHigh);
    // p1: 5 and 4 favourable; p2: 1 and 2 unfavourable; p3 keyed 5 and 3 (midpoint).
    assertThat(report.items()).extracting(ItemComparison::agreement).containsExactly(
        Agreement.SHARED_STRENGTH, Agreement.SHARED_CONCERN, Agreement.DISAGREEMENT);
    // One of three items both favourable.
    assertThat(report.scale("pos").positiveAgreement()).isCloseTo(100.0 / 3, within(EPS));
  }

  @Test
  void nobodyAnsweringGivesNoScoresAndAnEmptyProfile() {
    PersonScores none = tiny.score(Answers.NONE);
    assertThat(none.scales()).allMatch(s -> s.status() == ScoreStatus.TOO_FEW_ANSWERS);
    ProfileSimilarity profile = tiny.compare(Answers.NONE, Answers.NONE).profile();
    assertThat(profile.itemsUsed()).isZero();
    assertThat(profile.correlation()).isNaN();
    assertThat(profile.meanAbsoluteDifference()).isNaN();
  }
}
