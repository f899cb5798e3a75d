package io.github.dyadscore.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.TestQuestionnaires;
import io.github.dyadscore.couple.CoupleReport;
import io.github.dyadscore.couple.Privacy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportViewTest {

  private static final Questionnaire MS = Questionnaire.bundled("mutuality-security");
  private static final Answers ALEX = read("examples/alex.json");
  private static final Answers SAM = read("examples/sam.json");

  static Answers read(String file) {
    try {
      return Answers.fromJson(Files.readString(Path.of(file)), file);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ReportView view(Audience audience) {
    return ReportView.of(MS, ALEX, SAM, ReportOptions.builder().audience(audience).build());
  }

  @Test
  void therapistSeesBothPartnersAnswersAndEveryItemComparison() {
    ReportView v = view(Audience.THERAPIST);
    assertThat(v.itemDetail()).isEqualTo(ItemDetail.ALL);
    assertThat(v.answersA()).hasSize(27);
    assertThat(v.answersB()).hasSize(28);
    assertThat(v.items()).hasSize(26);
    assertThat(v.divergentItems()).isNotEmpty();
    assertThat(v.privacy()).isEqualTo(Privacy.SHARE_ITEMS);
  }

  @Test
  void partnerSeesOnlyTheirOwnAnswersAndNoItemComparison() {
    ReportView a = view(Audience.PARTNER_A);
    assertThat(a.itemDetail()).isEqualTo(ItemDetail.OWN_ANSWERS);
    assertThat(a.answersA()).hasSize(27);
    assertThat(a.answersB()).isEmpty();
    assertThat(a.items()).isEmpty();
    assertThat(a.divergentItems()).isEmpty();
    ReportView b = view(Audience.PARTNER_B);
    assertThat(b.answersA()).isEmpty();
    assertThat(b.answersB()).hasSize(28);
    assertThat(b.items()).isEmpty();
  }

  @Test
  void coupleSeesNoItemAnswersUnlessBothAgreed() {
    ReportView plain = view(Audience.COUPLE);
    assertThat(plain.itemDetail()).isEqualTo(ItemDetail.NONE_FOR_AUDIENCE);
    assertThat(plain.answersA()).isEmpty();
    assertThat(plain.answersB()).isEmpty();
    assertThat(plain.items()).isEmpty();
    ReportView agreed = ReportView.of(MS, ALEX, SAM, ReportOptions.builder()
        .audience(Audience.COUPLE).bothPartnersAgreedToShareItems().build());
    assertThat(agreed.itemDetail()).isEqualTo(ItemDetail.ALL);
    assertThat(agreed.items()).hasSize(26);
  }

  @Test
  void scalesOnlyLeavesItemAnswersOutOfEveryAudience() {
    for (Audience audience : Audience.values()) {
      ReportView v = ReportView.of(MS, ALEX, SAM, ReportOptions.builder().audience(audience)
          .privacy(Privacy.SCALES_ONLY).build());
      assertThat(v.itemDetail()).isEqualTo(ItemDetail.NONE_BY_PRIVACY);
      assertThat(v.answersA()).isEmpty();
      assertThat(v.answersB()).isEmpty();
      assertThat(v.items()).isEmpty();
    }
  }

  @Test
  void profileOverTwoSharedItemsIsWithheldFromPartnersButNotFromTheTherapist() {
    Questionnaire tiny = TestQuestionnaires.tiny();
    Answers a = Answers.of(Map.of("p1", 5, "p2", 4));
    Answers b = Answers.of(Map.of("p1", 2, "p2", 4, "q1", 3));
    ReportView therapist = ReportView.of(tiny, a, b, ReportOptions.defaults());
    assertThat(therapist.profileWithheld()).isFalse();
    assertThat(therapist.profile().meanAbsoluteDifference()).isEqualTo(1.5);
    for (Audience audience : new Audience[] {Audience.PARTNER_A, Audience.PARTNER_B,
        Audience.COUPLE}) {
      ReportView v = ReportView.of(tiny, a, b, ReportOptions.builder().audience(audience)
          .build());
      assertThat(v.profileWithheld()).as(audience.tag()).isTrue();
      assertThat(v.profile().meanAbsoluteDifference()).isNaN();
      assertThat(v.profile().correlation()).isNaN();
      assertThat(v.profile().itemsUsed()).isEqualTo(2);
      assertThat(v.scales().get(0).agreementWithheld()).isTrue();
      assertThat(v.scales().get(0).comparison().positiveAgreement()).isNaN();
    }
  }

  @Test
  void agreementIsWithheldWhenOnePartnerAnsweredFewerThanThreeItemsFavourably() {
    Questionnaire tiny = TestQuestionnaires.tiny();
    // Four items both answered; B favourable (keyed 4 or 5) on only p1 and p2 (p3 is reversed).
    Answers a = Answers.of(Map.of("p1", 5, "p2", 5, "p3", 1, "p4", 5));
    Answers b = Answers.of(Map.of("p1", 5, "p2", 4, "p3", 5, "p4", 2));
    CoupleReport open = tiny.compare(a, b, Privacy.SHARE_ITEMS);
    CoupleReport closed = tiny.compare(a, b, Privacy.SCALES_ONLY);
    assertThat(open.scale("pos").positiveAgreement()).isEqualTo(50.0);
    assertThat(closed.scale("pos").positiveAgreement()).isNaN();
    assertThat(closed.scale("pos").itemsCompared()).isEqualTo(4);
    assertThat(closed.profile().meanAbsoluteDifference()).isEqualTo(
        open.profile().meanAbsoluteDifference());
  }

  @Test
  void aCompositeHidesItsAgreementWhenAComponentDoesSoTheDifferenceRevealsNothing() {
    ReportView therapist = view(Audience.THERAPIST);
    ReportView partner = view(Audience.PARTNER_A);
    // Sam answered fewer than 3 shared mutuality items favourably: withheld for partners. The
    // composite's figure minus security's would give it back, so the composite is withheld too.
    assertThat(partner.scales()).extracting(r -> r.scale().id() + "=" + r.agreementWithheld())
        .containsExactly("mutuality=true", "security=false", "foundation=true");
    assertThat(therapist.scales()).noneMatch(ScaleResult::agreementWithheld);
    assertThat(partner.scales().get(1).comparison().positiveAgreement())
        .isEqualTo(therapist.scales().get(1).comparison().positiveAgreement());
  }

  @Test
  void aReportOfTheWrongPrivacyIsRefused() {
    CoupleReport open = MS.compare(ALEX, SAM, Privacy.SHARE_ITEMS);
    assertThatThrownBy(() -> ReportView.of(MS.definition(), open, ALEX, SAM,
        ReportOptions.builder().audience(Audience.PARTNER_A).build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs SCALES_ONLY");
  }

  @Test
  void unknownLanguageListsTheAvailableOnes() {
    assertThatThrownBy(() -> ReportOptions.builder().language("fr"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no report language 'fr'; available: de, en");
  }

  @Test
  void unknownAudienceListsTheKnownOnes() {
    assertThatThrownBy(() -> Audience.fromTag("friend"))
        .hasMessage("unknown audience 'friend'; expected one of "
            + "[therapist, partner-a, partner-b, couple]");
    assertThat(Audience.fromTag("Partner-B")).isEqualTo(Audience.PARTNER_B);
  }

  @Test
  void scaleRangesFollowTheScoringMethod() {
    ReportView v = ReportView.of(TestQuestionnaires.tiny(), Answers.NONE, Answers.NONE,
        ReportOptions.defaults());
    assertThat(v.scales()).extracting(r -> r.minimum() + ".." + r.maximum())
        .containsExactly("1.0..5.0", "3.0..15.0", "3.0..15.0", "2.0..10.0");
  }

  @Test
  void displayNamesAreCheckedAndDefaulted() {
    assertThat(ReportOptions.defaults().nameA()).isEqualTo("Partner A");
    assertThat(ReportOptions.defaults().nameB()).isEqualTo("Partner B");
    assertThatThrownBy(() -> ReportOptions.builder().names("Kim", " Kim "))
        .hasMessageContaining("two different display names");
    assertThatThrownBy(() -> ReportOptions.builder().names("Kim\u0007", "Lee"))
        .hasMessageContaining("control");
    assertThatThrownBy(() -> ReportOptions.builder().names("", "Lee"))
        .hasMessageContaining("empty");
  }
}
