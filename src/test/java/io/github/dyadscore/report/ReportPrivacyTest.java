package io.github.dyadscore.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.TestQuestionnaires;
import io.github.dyadscore.couple.CoupleReport;
import io.github.dyadscore.couple.Privacy;
import io.github.dyadscore.definition.Item;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What each audience's report must not show of a partner's answers, proven on the output itself
 * for every format (text, JSON and HTML): a report meant for partner A (or for the couple) does not change when partner
 * B's item answers change in ways that keep every figure the audience may see, and planted
 * sentinel codes and labels of the other partner appear nowhere in it.
 */
class ReportPrivacyTest {

  private static final Questionnaire MS = Questionnaire.bundled("mutuality-security");
  /** The 28 items of the two item scales (the prediction items belong to no scale). */
  private static final List<Item> SCALE_ITEMS = MS.definition().items().stream()
      .filter(i -> MS.definition().scales().stream().anyMatch(s -> s.items().contains(i.id())))
      .toList();

  private static String both(ReportView view) {
    return ReportText.render(view) + "\n" + ReportJson.toPrettyJson(view) + "\n"
        + HtmlReport.render(view);
  }

  private static ReportView view(Answers a, Answers b, Audience audience) {
    return ReportView.of(MS, a, b, ReportOptions.builder().audience(audience)
        .names("Alex", "Sam").build());
  }

  /**
   * A couple with every item answered and keyed sums divisible by 7, so that every mean over
   * the 28 items and 14-item scales is a multiple of 1/4 and the profile correlation is computed
   * exactly: swapping two answers cannot change its last bit.
   */
  private static int[][] couple(Random random) {
    List<Item> items = SCALE_ITEMS;
    int[][] codes = new int[2][items.size()];
    for (int p = 0; p < 2; p++) {
      int sum = 0;
      for (int i = 0; i < items.size(); i++) {
        codes[p][i] = 1 + random.nextInt(7);
        if (i < items.size() - 1) {
          sum += keyed(items.get(i), codes[p][i]);
        }
      }
      Item last = items.get(items.size() - 1);
      for (int code = 1; code <= 7; code++) {
        if ((sum + keyed(last, code)) % 7 == 0) {
          codes[p][items.size() - 1] = code;
        }
      }
    }
    return codes;
  }

  private static int keyed(Item item, int code) {
    return item.reversed() ? 8 - code : code;
  }

  private static Answers answers(int[] codes, long guessSeed) {
    Map<String, Integer> map = new LinkedHashMap<>();
    List<Item> items = SCALE_ITEMS;
    for (int i = 0; i < codes.length; i++) {
      map.put(items.get(i).id(), codes[i]);
    }
    // Each partner also guesses the other's answers to the mutuality items (pm1..pm14): the
    // perception section must not change either when the other's answers move behind it.
    Random guesses = new Random(guessSeed);
    for (int i = 1; i <= 14; i++) {
      map.put("pm" + i, 1 + guesses.nextInt(7));
    }
    return Answers.of(map);
  }

  /**
   * Swaps the other partner's answers on pairs of items of the same scale and keying where the
   * reader's keyed answers are equal: the other's scale scores, every count, the agreement
   * counts and the profile statistics stay the same; their item answers do not.
   */
  private static int[] swapped(int[] reader, int[] other) {
    List<Item> items = SCALE_ITEMS;
    int[] result = other.clone();
    boolean[] used = new boolean[items.size()];
    for (int i = 0; i < items.size(); i++) {
      for (int j = i + 1; j < items.size() && !used[i]; j++) {
        Item x = items.get(i);
        Item y = items.get(j);
        if (!used[j] && x.id().charAt(0) == y.id().charAt(0) && x.reversed() == y.reversed()
            && keyed(x, reader[i]) == keyed(y, reader[j]) && result[i] != result[j]) {
          int t = result[i];
          result[i] = result[j];
          result[j] = t;
          used[i] = true;
          used[j] = true;
        }
      }
    }
    return result;
  }

  @ParameterizedTest
  @EnumSource(value = Audience.class, names = {"PARTNER_A", "PARTNER_B", "COUPLE"})
  void reportDoesNotChangeWhenTheOtherPartnersAnswersChangeBehindTheSameFigures(
      Audience audience) {
    int changed = 0;
    for (int seed = 1; seed <= 12; seed++) {
      int[][] c = couple(new Random(seed));
      Answers a = answers(c[0], 2L * seed);
      Answers b = answers(c[1], 2L * seed + 1);
      String original = both(view(a, b, audience));
      assertThat(original).contains("Predicting the partner", "Profile distance", "r_wg: ");
      List<Answers[]> variants = new ArrayList<>();
      if (audience != Audience.PARTNER_B) {
        variants.add(new Answers[] {a, answers(swapped(c[0], c[1]), 2L * seed + 1)});
      }
      if (audience != Audience.PARTNER_A) {
        variants.add(new Answers[] {answers(swapped(c[1], c[0]), 2L * seed), b});
      }
      for (Answers[] v : variants) {
        if (v[0].equals(a) && v[1].equals(b)) {
          continue;
        }
        changed++;
        assertThat(both(view(v[0], v[1], audience))).as("seed %d", seed).isEqualTo(original);
        // The therapist does see the change: the comparison above could fail.
        assertThat(both(view(v[0], v[1], Audience.THERAPIST)))
            .isNotEqualTo(both(view(a, b, Audience.THERAPIST)));
      }
    }
    assertThat(changed).as("couples whose answers could be changed").isGreaterThan(8);
  }

  @ParameterizedTest
  @EnumSource(value = Audience.class, names = {"PARTNER_A", "COUPLE"})
  void whichMissingCodeTheOtherPartnerGaveDoesNotShow(Audience audience) {
    Answers alex = ReportCases.read("examples/alex.json");
    Answers sam = ReportCases.read("examples/sam.json");
    Map<String, Integer> other = new LinkedHashMap<>(sam.asMap());
    assertThat(other.put("s7", -99)).isEqualTo(99);
    assertThat(both(view(alex, Answers.of(other), audience)))
        .isEqualTo(both(view(alex, sam, audience)));
  }

  // ------------------------------------------------------------------ small counts

  private static final Questionnaire TINY = TestQuestionnaires.tiny();

  private static ReportView tiny(Answers a, Answers b, Audience audience) {
    return ReportView.of(TINY, a, b, ReportOptions.builder().audience(audience).build());
  }

  @ParameterizedTest
  @EnumSource(value = Audience.class, names = {"PARTNER_A", "PARTNER_B", "COUPLE"})
  void profileDistanceOverFewerThanThreeSharedItemsIsWithheld(Audience audience) {
    // Two items in common: D^2 is the sum of two squared gaps, and with the reader's own answers
    // and the other's scale scores it would give the other's answers away.
    Answers a = ReportCases.answers("{\"p1\": 4, \"p2\": 5, \"q1\": 3}");
    Answers b = ReportCases.answers("{\"p1\": 2, \"p3\": 1, \"q1\": 5}");
    ReportView view = tiny(a, b, audience);
    assertThat(view.profile().itemsUsed()).isEqualTo(2);
    assertThat(view.profileWithheld()).isTrue();
    assertThat(view.profileDistance().squared()).isNaN();
    assertThat(ReportJson.toJson(view)).contains("\"distance\":{\"squared\":null,"
        + "\"distance\":null,\"elevation\":null,\"scatter\":null,\"shape\":null}");
    assertThat(ReportText.render(view)).doesNotContain("Profile distance");
    assertThat(HtmlReport.render(view)).doesNotContain("Profile distance D =");

    ReportView therapist = tiny(a, b, Audience.THERAPIST);
    assertThat(therapist.profileDistance().squared()).isEqualTo(8.0);
    assertThat(ReportText.render(therapist)).contains("Profile distance D = 2.83");
  }

  @ParameterizedTest
  @EnumSource(value = Audience.class, names = {"PARTNER_A", "PARTNER_B", "COUPLE"})
  void withinCoupleAgreementIsWithheldFromEveryReaderWhoDoesNotSeeBothPartnersAnswers(
      Audience audience) {
    // q1 and q2 form the scales "prorated" and "strict": r_wg over them is s^2 over two gaps.
    Answers a = ReportCases.answers(
        "{\"p1\": 4, \"p2\": 5, \"p3\": 2, \"p4\": 4, \"q1\": 3, \"q2\": 3}");
    Answers b = ReportCases.answers(
        "{\"p1\": 4, \"p2\": 4, \"p3\": 2, \"p4\": 5, \"q1\": 2, \"q2\": 4}");
    ReportView view = tiny(a, b, audience);
    ReportView therapist = tiny(a, b, Audience.THERAPIST);
    for (int s = 0; s < view.scales().size(); s++) {
      ScaleResult r = view.scales().get(s);
      // Over two items r_wg is the gap itself; over more, beside both scale scores, it is the
      // sum of squared gaps: withheld on every scale, "pos" (four items) too.
      assertThat(r.withinCoupleAgreementWithheld()).as(r.scale().id()).isTrue();
      assertThat(r.comparison().withinCoupleAgreement()).as(r.scale().id()).isNaN();
      assertThat(therapist.scales().get(s).withinCoupleAgreementWithheld()).isFalse();
    }
    assertThat(therapist.scales().get(2).comparison().withinCoupleAgreement()).isBetween(0.0, 1.0);
    String json = ReportJson.toJson(view);
    assertThat(json.split("\"withinCoupleAgreement\":null,\"withinCoupleAgreementWithheld\":true",
        -1)).hasSize(view.scales().size() + 1);
    assertThat(ReportText.render(view)).contains("r_wg: not shown");
  }

  // ------------------------------------------------------------------ sentinels

  private static final Questionnaire SENTINEL = load("report/sentinel.json");
  private static final Answers A = ReportCases.answers(
      "{\"i1\": 7001, \"i2\": 7002, \"i3\": 7003, \"i4\": 7001, \"i5\": 7002, \"i6\": 7003}");
  private static final Answers B = ReportCases.answers(
      "{\"i1\": 7004, \"i2\": 7005, \"i3\": 7099, \"i4\": 7005, \"i5\": 7004, \"i6\": 7005}");
  private static final List<String> OF_A = List.of("7001", "7002", "7003");
  private static final List<String> OF_B = List.of("7004", "7005", "7099");

  private static Questionnaire load(String resource) {
    try {
      return Questionnaire.load(TestQuestionnaires.resource(resource));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String sentinelOutput(Audience audience, Privacy privacy) {
    return both(ReportView.of(SENTINEL, A, B, ReportOptions.builder().audience(audience)
        .privacy(privacy).build()));
  }

  @Test
  void partnersSeeOnlyTheirOwnSentinels() {
    String forA = sentinelOutput(Audience.PARTNER_A, Privacy.SHARE_ITEMS);
    assertThat(forA).contains(OF_A);
    for (String code : OF_B) {
      assertThat(forA).doesNotContain(code);
    }
    String forB = sentinelOutput(Audience.PARTNER_B, Privacy.SHARE_ITEMS);
    assertThat(forB).contains(OF_B);
    for (String code : OF_A) {
      assertThat(forB).doesNotContain(code);
    }
  }

  @Test
  void theCoupleAndEveryScalesOnlyReportHoldNoSentinel() {
    List<String> outputs = new ArrayList<>();
    outputs.add(sentinelOutput(Audience.COUPLE, Privacy.SHARE_ITEMS));
    for (Audience audience : Audience.values()) {
      outputs.add(sentinelOutput(audience, Privacy.SCALES_ONLY));
    }
    for (String output : outputs) {
      for (String code : List.of("7001", "7002", "7003", "7004", "7005", "7099")) {
        assertThat(output).doesNotContain(code);
      }
      assertThat(output).doesNotContain("LABEL-").doesNotContain("Item text");
    }
  }

  @Test
  void theTherapistSeesEverySentinelSoTheSearchCanFindThem() {
    String forTherapist = sentinelOutput(Audience.THERAPIST, Privacy.SHARE_ITEMS);
    assertThat(forTherapist).contains(OF_A).contains(OF_B).contains("LABEL-7099");
  }

  @Test
  void toStringOfEveryResultShowsNoAnswer() {
    CoupleReport report = SENTINEL.compare(A, B);
    ReportView view = ReportView.of(SENTINEL, A, B, ReportOptions.defaults());
    List<Object> results = new ArrayList<>(List.of(report, view, A, B,
        SENTINEL.score(A), report.profile(), view.options()));
    results.addAll(report.items());
    results.addAll(report.divergentItems());
    results.addAll(report.scales());
    results.addAll(view.answersA());
    results.addAll(view.scales());
    for (Object result : results) {
      assertThat(result.toString()).as(result.getClass().getSimpleName())
          .doesNotContain("700").doesNotContain("LABEL");
    }
  }
}
