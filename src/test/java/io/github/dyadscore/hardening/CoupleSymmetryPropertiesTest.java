package io.github.dyadscore.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.couple.CoupleReport;
import io.github.dyadscore.couple.ItemComparison;
import io.github.dyadscore.couple.Privacy;
import io.github.dyadscore.couple.ProfileSimilarity;
import io.github.dyadscore.couple.ScaleComparison;
import io.github.dyadscore.hardening.RandomDefinitions.Spec;
import io.github.dyadscore.hardening.RandomDefinitions.Values;
import io.github.dyadscore.testing.Gen;
import io.github.dyadscore.testing.Property;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Swapping the partners mirrors the couple report: signed figures change sign, A and B trade
 * places, everything else (absolute differences, means, verdicts, agreement, profile similarity,
 * the order of divergent items) stays exactly equal. Mirrored values are written {@code 0.0 - x}
 * so that a difference of +0.0 mirrors to +0.0 as the engine computes it, not to -0.0, which a
 * record's equals would tell apart.
 */
class CoupleSymmetryPropertiesTest {

  private static final Questionnaire BUNDLED = Questionnaire.bundled("mutuality-security");

  @Test
  void swappingPartnersMirrorsTheReportOnRandomDefinitions() {
    Property.tries(300).forAll(Gen.seeds(), Gen.enums(Values.class), Gen.enums(Privacy.class),
        (seed, kind, privacy) -> {
          Random random = new Random(seed);
          Spec spec = RandomDefinitions.random(random, kind, false);
          Questionnaire q = spec.load();
          for (int n = 0; n < 10; n++) {
            assertMirrored(q, spec.answers(random), spec.answers(random), privacy);
          }
        });
  }

  @Test
  void swappingPartnersMirrorsTheReportOfTheBundledQuestionnaire() {
    Property.tries(300).forAll(Gen.seeds(), Gen.enums(Privacy.class), (seed, privacy) -> {
      Random random = new Random(seed);
      assertMirrored(BUNDLED, bundledAnswers(random), bundledAnswers(random), privacy);
    });
  }

  @Test
  void swappingPartnersLeavesTheProfileCorrelationUnchanged() {
    Property.tries(300).forAll(Gen.seeds(), Gen.enums(Values.class),
        CoupleSymmetryPropertiesTest::profileCorrelationIsSymmetric);
  }

  private static void profileCorrelationIsSymmetric(long seed, Values kind) {
    Random random = new Random(seed);
    Spec spec = RandomDefinitions.random(random, kind, false);
    Questionnaire q = spec.load();
    for (int n = 0; n < 10; n++) {
      Answers a = spec.answers(random);
      Answers b = spec.answers(random);
      double r = q.compare(a, b).profile().correlation();
      assertThat(Double.compare(q.compare(b, a).profile().correlation(), r)).isZero();
      // Under SCALES_ONLY the small-count rule withholds r over fewer than three shared items.
      ProfileSimilarity scalesOnly = q.compare(b, a, Privacy.SCALES_ONLY).profile();
      double expected = scalesOnly.itemsUsed() < Privacy.MINIMUM_SHARED_ITEMS ? Double.NaN : r;
      assertThat(Double.compare(scalesOnly.correlation(), expected)).isZero();
      if (!Double.isNaN(r)) {
        assertThat(r).isBetween(-1 - 1e-12, 1 + 1e-12);
      }
    }
    Answers a = bundledAnswers(random);
    Answers b = bundledAnswers(random);
    assertThat(BUNDLED.compare(b, a).profile()).isEqualTo(BUNDLED.compare(a, b).profile());
  }

  static Answers bundledAnswers(Random random) {
    Answers.Builder answers = Answers.builder();
    double leaveOut = random.nextDouble() * 0.4;
    for (String prefix : List.of("m", "s")) {
      for (int i = 1; i <= 14; i++) {
        double roll = random.nextDouble();
        if (roll < leaveOut) {
          continue;
        }
        answers.put(prefix + i, roll < leaveOut + 0.05 ? (random.nextBoolean() ? 99 : -99)
            : 1 + random.nextInt(7));
      }
    }
    return answers.build();
  }

  static void assertMirrored(Questionnaire q, Answers a, Answers b, Privacy privacy) {
    CoupleReport ab = q.compare(a, b, privacy);
    CoupleReport ba = q.compare(b, a, privacy);
    assertThat(ba.questionnaire()).isEqualTo(ab.questionnaire());
    assertThat(ba.privacy()).isEqualTo(privacy);
    assertThat(ba.partnerA()).isEqualTo(ab.partnerB());
    assertThat(ba.partnerB()).isEqualTo(ab.partnerA());
    assertThat(ba.profile()).isEqualTo(ab.profile());
    assertThat(ba.scales()).isEqualTo(ab.scales().stream().map(x -> new ScaleComparison(
        x.scale(), x.b(), x.a(), 0.0 - x.difference(), x.absoluteDifference(), x.mean(),
        x.seDiff(), x.criticalDifference(), x.verdict(), x.positiveAgreement(),
        x.itemsCompared(), x.withinCoupleAgreement())).toList());
    assertThat(ba.items()).isEqualTo(mirror(ab.items()));
    assertThat(ba.divergentItems()).isEqualTo(mirror(ab.divergentItems()));
  }

  private static List<ItemComparison> mirror(List<ItemComparison> items) {
    return items.stream().map(x -> new ItemComparison(x.item(), x.codeB(), x.codeA(),
        x.valueB(), x.valueA(), 0.0 - x.difference(), x.agreement(), x.divergent(),
        x.scales())).toList();
  }
}
