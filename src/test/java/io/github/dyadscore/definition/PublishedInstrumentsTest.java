package io.github.dyadscore.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.score.PersonScores;
import io.github.dyadscore.score.ScaleScore;
import io.github.dyadscore.score.ScoreStatus;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The published instruments' scoring keys, scored by hand: a complete and an incomplete
 * respondent each, and the cut-off value itself on the side its source gives it.
 */
class PublishedInstrumentsTest {

  private static Answers answers(String prefix, int... codes) {
    Map<String, Integer> map = new HashMap<>();
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] >= 0) {
        map.put(prefix + (i + 1), codes[i]);
      }
    }
    return Answers.of(map);
  }

  private static String band(ScaleScore score) {
    return score.band().label().in("en").orElseThrow();
  }

  // ---------------------------------------------------------------- CSI-16

  @Test
  void csi16CompleteRespondentIsTheSumOfThePrintedPointValues() {
    Questionnaire q = Questionnaire.bundled("csi-16");

    // 4 + (3+4+2+5+1+0+3+4+2+5+3+1+4+2+3 = 42) = 46
    ScaleScore total = q.score(answers("csi", 4, 3, 4, 2, 5, 1, 0, 3, 4, 2, 5, 3, 1, 4, 2, 3))
        .scale("total");

    assertThat(total.value()).isEqualTo(46.0);
    assertThat(total.answered()).isEqualTo(16);
    assertThat(band(total)).isEqualTo("notable relationship dissatisfaction");
  }

  @Test
  void csi16TopScoreIs81AndTheCutOffBelongsToTheUpperBand() {
    Questionnaire q = Questionnaire.bundled("csi-16");

    ScaleScore top = q.score(answers("csi", 6, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5))
        .scale("total");
    Bands bands = q.definition().scale("total").orElseThrow().reference().bands();

    assertThat(top.value()).isEqualTo(81.0);
    assertThat(bands.find(51.5).orElseThrow().label().in("en")).contains(
        "no notable dissatisfaction");
    assertThat(bands.find(51).orElseThrow().label().in("en")).contains(
        "notable relationship dissatisfaction");
    assertThat(bands.bands()).extracting(Band::boundsWording)
        .containsExactly("below 51.5", "at or above 51.5");
  }

  @Test
  void csi16IncompleteRespondentHasNoScore() {
    ScaleScore total = Questionnaire.bundled("csi-16")
        .score(answers("csi", 4, 3, 4, 2, 5, 1, 0, 3, 4, 2, 5, 3, 1, 4, 2, -1)).scale("total");

    assertThat(total.status()).isEqualTo(ScoreStatus.TOO_FEW_ANSWERS);
    assertThat(total.value()).isNaN();
    assertThat(total.missing()).isEqualTo(1);
    assertThat(total.band()).isNull();
  }

  // ---------------------------------------------------------------- KMS

  @Test
  void kmsCompleteRespondentAtTheCutOffIsInTheDistressedRange() {
    Questionnaire q = Questionnaire.bundled("kms");

    ScaleScore atCutOff = q.score(answers("kms", 6, 6, 5)).scale("total");
    ScaleScore above = q.score(answers("kms", 6, 6, 6)).scale("total");

    assertThat(atCutOff.value()).isEqualTo(17.0);
    assertThat(band(atCutOff)).isEqualTo("distressed range");
    assertThat(above.value()).isEqualTo(18.0);
    assertThat(band(above)).isEqualTo("nondistressed range");
    assertThat(q.definition().scale("total").orElseThrow().reference().bands().bands())
        .extracting(Band::boundsWording).containsExactly("at or below 17", "above 17");
  }

  @Test
  void kmsIncompleteRespondentHasNoScore() {
    ScaleScore total = Questionnaire.bundled("kms").score(answers("kms", 7, 7, -1))
        .scale("total");

    assertThat(total.status()).isEqualTo(ScoreStatus.TOO_FEW_ANSWERS);
    assertThat(total.value()).isNaN();
  }

  @Test
  void kmsReliabilityNamesItsSourceButWithoutNormsNoVerdictIsClaimed() {
    Questionnaire q = Questionnaire.bundled("kms");
    ReferenceData reference = q.definition().scale("total").orElseThrow().reference();

    assertThat(reference.reliability().alpha()).isEqualTo(0.92);
    assertThat(reference.reliability().source()).contains("doi:10.2466/pr0.1984.54.2.629");
    assertThat(reference.norms()).isNull();
    assertThat(q.compare(answers("kms", 7, 7, 7), answers("kms", 1, 1, 1)).scales().get(0)
        .verdict()).isEqualTo(io.github.dyadscore.couple.DifferenceVerdict.NOT_ASSESSED);
  }

  // ---------------------------------------------------------------- ECR-RS

  @Test
  void ecrRsCompleteRespondentReversesItemsOneToFour() {
    // Avoidance: 8-2, 8-3, 8-1, 8-2, 5, 6 = 6, 5, 7, 6, 5, 6 -> 35 / 6; anxiety (4 + 7 + 3) / 3.
    PersonScores scores = Questionnaire.bundled("ecr-rs")
        .score(answers("ecr", 2, 3, 1, 2, 5, 6, 4, 7, 3));

    assertThat(scores.scale("avoidance").value()).isCloseTo(35.0 / 6, within(1e-15));
    assertThat(scores.scale("anxiety").value()).isCloseTo(14.0 / 3, within(1e-15));
  }

  @Test
  void ecrRsIncompleteRespondentKeepsTheScaleThatIsComplete() {
    PersonScores scores = Questionnaire.bundled("ecr-rs")
        .score(answers("ecr", 2, 3, 1, 2, -1, 6, 4, 7, 3));

    assertThat(scores.scale("avoidance").status()).isEqualTo(ScoreStatus.TOO_FEW_ANSWERS);
    assertThat(scores.scale("avoidance").value()).isNaN();
    assertThat(scores.scale("anxiety").value()).isCloseTo(14.0 / 3, within(1e-15));
  }

  // ---------------------------------------------------------------- all of them

  @ParameterizedTest
  @ValueSource(strings = {"csi-16", "kms", "ecr-rs"})
  void publishedKeysCarryCitationDoiAndTermsButNoWording(String name) {
    Definition definition = Questionnaire.bundled(name).definition();

    assertThat(definition.provenance().citation()).isNotBlank();
    assertThat(definition.provenance().doi()).startsWith("10.");
    assertThat(definition.provenance().license()).contains("scoring key");
    assertThat(definition.provenance().validated()).isTrue();
    assertThat(definition.items()).allSatisfy(item -> assertThat(item.text()).isNull());
    assertThat(definition.responseScales()).allSatisfy(scale ->
        assertThat(scale.options()).allSatisfy(option -> assertThat(option.label()).isNull()));
  }
}
