package io.github.dyadscore.couple;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class PartnerSymmetryTest {

  private final Questionnaire q = Questionnaire.bundled("mutuality-security");
  private final Random random = new Random(20261126);

  private Answers randomAnswers() {
    Answers.Builder answers = Answers.builder();
    for (String prefix : List.of("m", "s")) {
      for (int i = 1; i <= 14; i++) {
        int roll = random.nextInt(10);
        if (roll == 0) {
          continue; // left out
        }
        answers.put(prefix + i, roll == 1 ? 99 : 1 + random.nextInt(7));
      }
    }
    return answers.build();
  }

  @RepeatedTest(50)
  void swappingPartnersMirrorsSignedFiguresAndChangesNothingElse() {
    Answers a = randomAnswers();
    Answers b = randomAnswers();
    CoupleReport ab = q.compare(a, b);
    CoupleReport ba = q.compare(b, a);

    assertThat(ba.partnerA()).isEqualTo(ab.partnerB());
    assertThat(ba.partnerB()).isEqualTo(ab.partnerA());
    assertThat(ba.profile()).isEqualTo(ab.profile());
    for (int s = 0; s < ab.scales().size(); s++) {
      ScaleComparison x = ab.scales().get(s);
      ScaleComparison y = ba.scales().get(s);
      assertThat(y).isEqualTo(new ScaleComparison(x.scale(), x.b(), x.a(), 0.0 - x.difference() /* mirrored; 0.0 - 0.0 stays +0.0 */,
          x.absoluteDifference(), y.mean(), x.seDiff(), x.criticalDifference(), x.verdict(),
          x.positiveAgreement(), x.itemsCompared(), x.withinCoupleAgreement()));
      // (a + b) / 2 and (b + a) / 2 are the same double.
      assertThat(Double.compare(y.mean(), x.mean())).isZero();
    }
    assertThat(ba.items()).hasSameSizeAs(ab.items());
    for (int i = 0; i < ab.items().size(); i++) {
      ItemComparison x = ab.items().get(i);
      assertThat(ba.items().get(i)).isEqualTo(new ItemComparison(x.item(), x.codeB(), x.codeA(),
          x.valueB(), x.valueA(), 0.0 - x.difference() /* mirrored; 0.0 - 0.0 stays +0.0 */, x.agreement(), x.divergent(), x.scales()));
    }
    assertThat(ba.divergentItems()).extracting(ItemComparison::item)
        .containsExactlyElementsOf(ab.divergentItems().stream().map(ItemComparison::item).toList());
  }

  @Test
  void scalesOnlyReportCarriesNoItemAnswers() {
    CoupleReport full = q.compare(randomAnswers(), randomAnswers());
    CoupleReport report = q.compare(randomAnswers(), randomAnswers(), Privacy.SCALES_ONLY);
    assertThat(full.items()).isNotEmpty();
    assertThat(report.privacy()).isEqualTo(Privacy.SCALES_ONLY);
    assertThat(report.items()).isEmpty();
    assertThat(report.divergentItems()).isEmpty();
    assertThat(report.scales()).hasSize(3);
  }
}
