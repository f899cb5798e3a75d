package io.github.dyadscore.couple;

import static io.github.dyadscore.ProfilesGolden.assertNumber;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.Answers;
import io.github.dyadscore.ProfilesGolden;
import io.github.dyadscore.Questionnaire;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The couple report's profile anatomy and r_wg(J) against R on the synthetic couples of {@code
 * src/test/r/profiles-golden.R}: D^2 and its parts by Cronbach and Gleser's formulas in base R,
 * r_wg(J) by {@code multilevel::rwg.j}. Tolerance 1e-9.
 */
class ProfileGoldenTest {

  private static final double TOLERANCE = 1e-9;
  private static final Questionnaire Q = ProfilesGolden.questionnaire();
  private static final Map<String, Map<String, Answers>> COUPLES = ProfilesGolden.couples();

  @Test
  void profileAnatomyEqualsR() {
    Map<String, Map<String, String>> expected = ProfilesGolden.table("profiles.csv", 1);
    int compared = 0;
    for (Map.Entry<String, Map<String, Answers>> couple : COUPLES.entrySet()) {
      Map<String, Answers> partners = couple.getValue();
      if (partners.size() < 2) {
        continue;
      }
      Map<String, String> e = expected.get(couple.getKey());
      for (Privacy privacy : Privacy.values()) {
        ProfileSimilarity p = Q.compare(partners.get("A"), partners.get("B"), privacy).profile();
        String at = "couple " + couple.getKey() + " ";
        assertThat(p.itemsUsed()).as(at + "items").isEqualTo(Integer.parseInt(e.get("profile_items")));
        assertNumber(at + "r", p.correlation(), e.get("profile_r"), TOLERANCE);
        assertNumber(at + "mad", p.meanAbsoluteDifference(), e.get("profile_mad"), TOLERANCE);
        if (privacy == Privacy.SCALES_ONLY) {
          // never shown to a reader who may not see both partners' answers
          assertThat(p.distance()).as(at + "distance").isEqualTo(ProfileDistance.UNDEFINED);
          continue;
        }
        assertNumber(at + "D2", p.distance().squared(), e.get("profile_d2"), TOLERANCE);
        assertNumber(at + "D", p.distance().distance(), e.get("profile_d"), TOLERANCE);
        assertNumber(at + "elevation", p.distance().elevation(), e.get("profile_elevation"),
            TOLERANCE);
        assertNumber(at + "scatter", p.distance().scatter(), e.get("profile_scatter"), TOLERANCE);
        assertNumber(at + "shape", p.distance().shape(), e.get("profile_shape"), TOLERANCE);
      }
      compared++;
    }
    assertThat(compared).isEqualTo(232);
  }

  @Test
  void flatProfileHasNoCorrelationButAShapeOfZero() {
    Map<String, Answers> couple9 = COUPLES.get("9"); // partner B answered 3 everywhere, keyed
    ProfileSimilarity p = Q.compare(couple9.get("A"), couple9.get("B")).profile();
    assertThat(p.correlation()).isNaN();
    assertThat(p.distance().shape()).isZero();
    assertThat(p.distance().squared()).isEqualTo(40.0);
  }

  @Test
  void withinCoupleAgreementEqualsMultilevelRwgJ() {
    Map<String, Map<String, String>> expected = ProfilesGolden.table("rwg.csv", 1);
    int defined = 0;
    for (Map.Entry<String, Map<String, Answers>> couple : COUPLES.entrySet()) {
      Map<String, Answers> partners = couple.getValue();
      if (partners.size() < 2) {
        continue;
      }
      CoupleReport report = Q.compare(partners.get("A"), partners.get("B"));
      for (ScaleComparison scale : report.scales()) {
        String want = expected.get(couple.getKey()).get(scale.scale() + "_rwg");
        assertNumber("couple " + couple.getKey() + " " + scale.scale(),
            scale.withinCoupleAgreement(), want, TOLERANCE);
        defined += want.equals("NA") ? 0 : 1;
      }
    }
    assertThat(defined).as("couples with an r_wg(J) to compare").isGreaterThan(150);
  }

  @Test
  void disagreementBeyondRandomAnsweringIsTruncatedToZero() {
    Map<String, Answers> couple11 = COUPLES.get("11"); // 7 against 1 on every warmth item
    assertThat(Q.compare(couple11.get("A"), couple11.get("B")).scale("warmth")
        .withinCoupleAgreement()).isZero();
  }

  @Test
  void identicalAnswersAgreeFully() {
    Map<String, Answers> couple10 = COUPLES.get("10");
    CoupleReport report = Q.compare(couple10.get("A"), couple10.get("B"));
    assertThat(report.scale("warmth").withinCoupleAgreement()).isEqualTo(1.0);
    assertThat(report.scale("overall").withinCoupleAgreement())
        .as("a composite over a 7-point and a 5-point scale has no single null variance").isNaN();
    assertThat(report.profile().distance()).isEqualTo(new ProfileDistance(0, 0, 0, 0, 0));
  }

  @Test
  void scalesOnlyWithholdsRwgAndTheProfileDistance() {
    Map<String, Answers> couple13 = COUPLES.get("13");
    CoupleReport shared = Q.compare(couple13.get("A"), couple13.get("B"));
    CoupleReport scalesOnly = Q.compare(couple13.get("A"), couple13.get("B"),
        Privacy.SCALES_ONLY);
    assertThat(shared.scale("pair").withinCoupleAgreement()).isZero();
    assertThat(scalesOnly.scale("pair").withinCoupleAgreement())
        .as("two items: the gap on them would follow from the reader's own answers").isNaN();
    assertThat(shared.scale("warmth").withinCoupleAgreement()).isFinite();
    assertThat(scalesOnly.scale("warmth").withinCoupleAgreement())
        .as("with both scale scores, r_wg gives the sum of squared gaps: never under SCALES_ONLY")
        .isNaN();

    Answers twoItemsA = Answers.builder().put("w1", 3).put("w3", 5).build();
    Answers twoItemsB = Answers.builder().put("w1", 4).put("w3", 7).build();
    assertThat(Q.compare(twoItemsA, twoItemsB).profile().distance().squared()).isEqualTo(5.0);
    ProfileSimilarity withheld = Q.compare(twoItemsA, twoItemsB, Privacy.SCALES_ONLY).profile();
    assertThat(withheld.itemsUsed()).isEqualTo(2);
    assertThat(withheld.distance()).isEqualTo(ProfileDistance.UNDEFINED);
  }
}
