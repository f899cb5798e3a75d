package io.github.dyadscore.couple;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.definition.Direction;
import io.github.dyadscore.definition.Scale;
import io.github.dyadscore.report.HtmlReport;
import io.github.dyadscore.report.ReportJson;
import io.github.dyadscore.report.ReportOptions;
import io.github.dyadscore.report.ReportText;
import io.github.dyadscore.report.ReportView;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ECR-RS's scales are lower-is-better (more avoidance, more anxiety is the insecure end), so the
 * favourable answers are the low keyed ones. Worked by hand: the response scale runs 1 to 7, the
 * midpoint is 4, items 1 to 4 are reverse-keyed (8 - x). An answer is favourable when its keyed
 * value is below 4, unfavourable above 4.
 *
 * <pre>
 * item          1  2  3  4  5  6  7  8  9
 * A's codes     7  6  7  6  2  1  1  2  6
 * A keyed       1  2  1  2  2  1  1  2  6
 * B's codes     6  6  2  4  2  6  1  5  5
 * B keyed       2  2  6  4  2  6  1  5  5
 * agreement     S  S  D  D  S  D  S  D  C    (S shared strength, C shared concern,
 *                                             D disagreement; item 4: B at the midpoint)
 * </pre>
 *
 * Avoidance (items 1-6): 3 shared strengths of 6 items, positive agreement 50 %; taking higher as
 * better would have found none (0 %). Anxiety (7-9): 1 of 3, 33.3 %; item 9 is a shared concern.
 */
class LowerIsBetterScalesTest {

  private static final Questionnaire ECR = Questionnaire.bundled("ecr-rs");
  private static final Answers A = answers(7, 6, 7, 6, 2, 1, 1, 2, 6);
  private static final Answers B = answers(6, 6, 2, 4, 2, 6, 1, 5, 5);

  private static Answers answers(int... codes) {
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < codes.length; i++) {
      map.put("ecr" + (i + 1), codes[i]);
    }
    return Answers.of(map);
  }

  @Test
  void ecrRsScalesAreLowerIsBetter() {
    assertThat(ECR.definition().scales()).extracting(Scale::direction)
        .containsExactly(Direction.LOWER_IS_BETTER, Direction.LOWER_IS_BETTER);
  }

  @Test
  void sharedStrengthsOnALowerIsBetterScaleAreTheItemsBothAnsweredLow() {
    CoupleReport report = ECR.compare(A, B);

    List<Agreement> agreements = report.items().stream().map(ItemComparison::agreement).toList();
    assertThat(agreements).containsExactly(Agreement.SHARED_STRENGTH, Agreement.SHARED_STRENGTH,
        Agreement.DISAGREEMENT, Agreement.DISAGREEMENT, Agreement.SHARED_STRENGTH,
        Agreement.DISAGREEMENT, Agreement.SHARED_STRENGTH, Agreement.DISAGREEMENT,
        Agreement.SHARED_CONCERN);
  }

  @Test
  void positiveAgreementOnALowerIsBetterScaleCountsTheItemsBothAnsweredLow() {
    CoupleReport report = ECR.compare(A, B);

    assertThat(report.scale("avoidance").positiveAgreement()).isCloseTo(50.0, within(1e-12));
    assertThat(report.scale("avoidance").itemsCompared()).isEqualTo(6);
    assertThat(report.scale("anxiety").positiveAgreement())
        .isCloseTo(100.0 / 3, within(1e-12));
  }

  @Test
  void scoresAreNotTurnedAround() {
    CoupleReport report = ECR.compare(A, B);

    // A avoidance (1 + 2 + 1 + 2 + 2 + 1) / 6; B (2 + 2 + 6 + 4 + 2 + 6) / 6.
    assertThat(report.partnerA().scale("avoidance").value()).isCloseTo(9.0 / 6, within(1e-15));
    assertThat(report.partnerB().scale("avoidance").value()).isCloseTo(22.0 / 6, within(1e-15));
  }

  @Test
  void reportsSayWhichScalesAreLowerIsBetter() {
    ReportView view = ReportView.of(ECR, A, B, ReportOptions.builder().build());

    assertThat(ReportText.render(view).replaceAll("\\s+", " "))
        .contains("(possible range 1 to 7; lower is better: a favourable answer is a low one)")
        .contains("Both answered favourably on 50 % of the 6 items both answered.");
    assertThat(ReportJson.toJson(view)).contains("\"id\":\"avoidance\"")
        .contains("\"direction\":\"lower_is_better\"")
        .doesNotContain("higher_is_better");
    String html = HtmlReport.render(view);
    assertThat(html)
        .contains("Lower is better on this scale: a low score is the favourable end.")
        .contains("on this lower-is-better scale, agreeing is the less favourable answer")
        .contains("worded the other way round: on this lower-is-better scale, agreeing is the "
            + "more favourable answer")
        .doesNotContain("worded the other way round: agreeing is the less favourable answer");
  }

  @Test
  void higherIsBetterScalesAreReportedSo() {
    Questionnaire csi4 = Questionnaire.bundled("csi-4");
    assertThat(csi4.definition().scales()).allMatch(s -> !s.lowerIsBetter());
    ReportView view = ReportView.of(csi4, Answers.of(Map.of("csi1", 3)),
        Answers.of(Map.of("csi1", 4)), ReportOptions.builder().build());

    assertThat(ReportJson.toJson(view)).contains("\"direction\":\"higher_is_better\"");
    assertThat(ReportText.render(view)).doesNotContain("lower is better");
  }
}
