package io.github.dyadscore.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.couple.Privacy;
import io.github.dyadscore.perception.Direction;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The report view's perception section on the bundled inventory: numbers and plain words for each
 * audience, the small-count rule for every reader but the therapist, and nothing per item.
 */
class ReportPerceptionTest {

  private static final Questionnaire Q = Questionnaire.bundled("mutuality-security");

  /** Self answers to all 28 items, and predictions of the first {@code predicted} m items. */
  private static Answers person(int seed, int predicted) {
    Answers.Builder b = Answers.builder();
    for (int i = 1; i <= 14; i++) {
      b.put("m" + i, 1 + (i * seed) % 7);
      b.put("s" + i, 1 + (i + seed) % 7);
    }
    for (int i = 1; i <= predicted; i++) {
      b.put("pm" + i, 1 + (i * (seed + 1)) % 7);
    }
    return b.build();
  }

  private static ReportView view(Audience audience, Answers a, Answers b) {
    return ReportView.of(Q, a, b, ReportOptions.builder().audience(audience).build());
  }

  @Test
  void theTherapistSeesBothDirectionsInNumbersAndWords() {
    List<PerceptionResult> results = view(Audience.THERAPIST, person(3, 14), person(5, 14))
        .perception();

    assertThat(results).extracting(PerceptionResult::direction).containsExactly(
        Direction.A_ABOUT_B, Direction.A_ABOUT_B, Direction.A_ABOUT_B, Direction.B_ABOUT_A,
        Direction.B_ABOUT_A, Direction.B_ABOUT_A);
    assertThat(results).extracting(PerceptionResult::scale)
        .containsExactly(null, "mutuality", "foundation", null, "mutuality", "foundation");
    PerceptionResult all = results.get(0);
    assertThat(all.items()).isEqualTo(14);
    assertThat(all.withheld()).isFalse();
    assertThat(all.exactHits()).isBetween(0.0, 100.0);
    assertThat(all.words()).startsWith("Partner A predicted Partner B's answer exactly on ")
        .contains(" of 14 items");
    assertThat(results.get(1).words()).startsWith("Mutuality: Partner A expected Partner B to "
        + "score ");
  }

  /**
   * Four predicted items, three of them in scale s: over all four and over s, both with 3 items
   * or more, the two bias means would each pass a count of its own; but 4 x (mean over all) - 3 x
   * (mean over s) is the prediction minus the answer of the fourth item alone.
   */
  @Test
  void overlappingScopesAreNotBothShownWhenTheirDifferenceIsOneItem() {
    Questionnaire q = Questionnaire.parse("""
        {"formatVersion": 2, "id": "overlap", "version": "1.0.0", "title": {"en": "Overlap"},
         "license": "CC0-1.0", "validated": false, "validationNote": {"en": "A test."},
         "responseScales": [{"id": "agree5", "min": 1, "max": 5}],
         "items": [
           {"id": "i1", "responseScale": "agree5"}, {"id": "i2", "responseScale": "agree5"},
           {"id": "i3", "responseScale": "agree5"}, {"id": "i4", "responseScale": "agree5"},
           {"id": "p1", "responseScale": "agree5", "predicts": "i1"},
           {"id": "p2", "responseScale": "agree5", "predicts": "i2"},
           {"id": "p3", "responseScale": "agree5", "predicts": "i3"},
           {"id": "p4", "responseScale": "agree5", "predicts": "i4"}],
         "scales": [{"id": "s", "name": {"en": "S"}, "items": ["i1", "i2", "i3"]},
                    {"id": "t", "name": {"en": "T"}, "items": ["i4"]}]}
        """);
    Answers a = Answers.builder().put("i1", 1).put("i2", 2).put("i3", 4).put("i4", 5)
        .put("p1", 2).put("p2", 2).put("p3", 3).put("p4", 1).build();
    Answers b = Answers.builder().put("i1", 3).put("i2", 1).put("i3", 5).put("i4", 2)
        .put("p1", 1).put("p2", 4).put("p3", 4).put("p4", 4).build();

    for (Audience audience : List.of(Audience.PARTNER_A, Audience.PARTNER_B, Audience.COUPLE)) {
      List<PerceptionResult> results =
          ReportView.of(q, a, b, ReportOptions.builder().audience(audience).build()).perception();
      for (Direction direction : Direction.values()) {
        PerceptionResult all = results.stream()
            .filter(r -> r.direction() == direction && r.scale() == null).findFirst().orElseThrow();
        PerceptionResult onS = results.stream()
            .filter(r -> r.direction() == direction && "s".equals(r.scale())).findFirst()
            .orElseThrow();
        assertThat(all.items()).isEqualTo(4);
        assertThat(onS.items()).isEqualTo(3);
        assertThat(all.withheld()).as(audience + " " + direction).isTrue();
        assertThat(all.bias()).isNaN();
        assertThat(all.words()).contains("give single answers away");
        assertThat(onS.withheld()).isFalse();
        assertThat(onS.bias()).isFinite();
      }
    }
    // The therapist, who sees every answer anyway, gets the figures the rule withholds.
    PerceptionResult therapist = ReportView.of(q, a, b, ReportOptions.builder()
        .audience(Audience.THERAPIST).build()).perception().get(0);
    assertThat(therapist.withheld()).isFalse();
    // A predicted (2, 2, 3, 1) for answers (3, 1, 5, 2): (-1 + 1 - 2 - 1) / 4
    assertThat(therapist.bias()).isEqualTo(-0.75);
  }

  @Test
  void aPartnerSeesResultsOverThreeOrMoreItemsAndNoneOverFewer() {
    Answers a = person(3, 2);
    Answers b = person(5, 14);
    List<PerceptionResult> results = view(Audience.PARTNER_A, a, b).perception();

    PerceptionResult aboutB = results.get(0);
    assertThat(aboutB.items()).isEqualTo(2);
    assertThat(aboutB.withheld()).isTrue();
    assertThat(aboutB.exactHits()).isNaN();
    assertThat(aboutB.bias()).isNaN();
    assertThat(aboutB.words()).contains("fewer than 3 items");
    PerceptionResult aboutA = results.stream()
        .filter(r -> r.direction() == Direction.B_ABOUT_A && r.scale() == null).findFirst()
        .orElseThrow();
    assertThat(aboutA.withheld()).isFalse();
    assertThat(aboutA.items()).isEqualTo(14);
    assertThat(results).allSatisfy(r -> assertThat(r.words()).doesNotContainPattern("pm?\\d"));

    assertThat(view(Audience.THERAPIST, a, b).perception().get(0).withheld()).isFalse();
  }

  @Test
  void scalesOnlyWithholdsSmallCountsForTheTherapistToo() {
    ReportView v = ReportView.of(Q, person(3, 2), person(5, 14), ReportOptions.builder()
        .audience(Audience.THERAPIST).privacy(Privacy.SCALES_ONLY).build());

    assertThat(v.perception().get(0).withheld()).isTrue();
  }

  @Test
  void withoutPredictionAnswersTheSentenceSaysSo() {
    PerceptionResult result = view(Audience.COUPLE, person(3, 0), person(5, 0)).perception()
        .get(0);

    assertThat(result.items()).isZero();
    assertThat(result.words())
        .isEqualTo("Partner A gave no predictions that can be compared with Partner B's answers.");
  }

  @Test
  void aQuestionnaireWithoutPredictionItemsHasNoPerceptionSection() {
    Questionnaire csi = Questionnaire.bundled("csi-4");
    Answers none = Answers.builder().build();

    assertThat(ReportView.of(csi, none, none, ReportOptions.builder().build()).perception())
        .isEmpty();
  }

  @Test
  void theTextReportSaysItInPlainWordsAndOnlyWhenThereArePredictions() {
    String withPredictions = ReportText.render(view(Audience.PARTNER_B, person(3, 14),
        person(5, 14)));
    String without = ReportText.render(view(Audience.PARTNER_B, person(3, 0), person(5, 0)));

    assertThat(withPredictions).contains("Predicting the partner")
        .contains("Partner A's predictions").contains("Partner B's predictions");
    assertThat(without).doesNotContain("Predicting the partner");
  }

  /**
   * Hits pair each prediction with the other's answer to the same item (14 of 14 spell out every
   * answer), so only a reader who may see both partners' answers gets them.
   */
  @Test
  void hitsAndAccuracyAreOnlyForReadersWhoSeeBothPartnersAnswers() {
    String therapist = ReportText.render(view(Audience.THERAPIST, person(3, 14), person(5, 14)));
    assertThat(therapist).contains("Partner A predicted Partner B's answer exactly on");
    for (Audience reader : List.of(Audience.PARTNER_A, Audience.PARTNER_B, Audience.COUPLE)) {
      ReportView view = view(reader, person(3, 14), person(5, 14));
      assertThat(ReportText.render(view)).doesNotContain("exactly on");
      assertThat(view.perception()).allSatisfy(r -> {
        assertThat(r.exactHits()).isNaN();
        assertThat(r.withinOneHits()).isNaN();
        assertThat(r.accuracy()).isNaN();
      });
    }
  }

  @Test
  void theHtmlPageDrawsPerceptionWithHitsOnlyForReadersWhoSeeBothPartnersAnswers() {
    String therapist = HtmlReport.render(view(Audience.THERAPIST, person(3, 14), person(5, 14)));
    assertThat(therapist).contains("<h2 id=\"perception-heading\">Predicting the partner</h2>")
        .contains("How Partner A predicted Partner B").contains("How Partner B predicted Partner A")
        .contains("<th scope=\"row\">Exact hits</th>")
        .contains("<th scope=\"row\">Accuracy (correlation r)</th>");
    for (Audience reader : List.of(Audience.PARTNER_A, Audience.PARTNER_B, Audience.COUPLE)) {
      String page = HtmlReport.render(view(reader, person(3, 14), person(5, 14)));
      assertThat(page).as(reader.tag()).contains("How Partner A predicted Partner B")
          .contains("<th scope=\"row\">Mean gap, prediction − answer</th>")
          .doesNotContain("Exact hits").doesNotContain("within one point on")
          .doesNotContain("exactly on").doesNotContain("Accuracy (correlation r)");
    }
    String fewPredictions = HtmlReport.render(view(Audience.PARTNER_B, person(3, 2),
        person(5, 14)));
    assertThat(fewPredictions).contains("Partner A predicted Partner B's answers on fewer than 3 "
        + "items: too few to show").doesNotContain("Partner A about Partner B");
    assertThat(HtmlReport.render(view(Audience.THERAPIST, person(3, 0), person(5, 0))))
        .doesNotContain("perception-heading");
  }

  @Test
  void theGermanReportHasItsOwnWords() {
    String german = ReportText.render(ReportView.of(Q, person(3, 14), person(5, 14),
        ReportOptions.builder().audience(Audience.THERAPIST).language("de").build()));

    assertThat(german).contains("Den Partner vorhersagen").contains("genau vorhergesagt");
  }
}
