package io.github.dyadscore.definition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which side of a cut-off value belongs to which band, and how reports can say it. */
class BandSidesTest {

  private static final LocalizedText LABEL = LocalizedText.of("en", "x");

  private static Questionnaire example() throws IOException, URISyntaxException {
    return Questionnaire.load(Path.of(BandSidesTest.class
        .getResource("/definitions/good/example-band-sides.json").toURI()));
  }

  @Test
  void aCutOffWrittenAtMostBelongsToTheLowerBandAndAboveToTheUpper() throws Exception {
    Questionnaire q = example();

    // i1 + i2 = 7, exactly the cut-off: "atMost 7" puts it in the lower band.
    String atCutOff = q.score(Answers.of(Map.of("i1", 3, "i2", 4))).scale("total").band()
        .label().in("en").orElseThrow();
    String justAbove = q.score(Answers.of(Map.of("i1", 4, "i2", 4))).scale("total").band()
        .label().in("en").orElseThrow();

    assertThat(atCutOff).isEqualTo("distressed");
    assertThat(justAbove).isEqualTo("not distressed");
  }

  @Test
  void aCutOffWrittenBelowBelongsToTheUpperBand() {
    Band low = Band.fromBelow(LABEL, Double.NEGATIVE_INFINITY, 13.5);
    Band high = Band.fromBelow(LABEL, 13.5, Double.POSITIVE_INFINITY);

    assertThat(low.contains(13.5)).isFalse();
    assertThat(high.contains(13.5)).isTrue();
    assertThat(low.contains(13.49)).isTrue();
    assertThat(high.contains(Double.NaN)).isFalse();
  }

  @Test
  void theWordingSaysOnWhichSideEachBoundLies() throws Exception {
    Bands bands = example().definition().scale("total").orElseThrow().reference().bands();

    assertThat(bands.bands()).extracting(Band::boundsWording)
        .containsExactly("at or below 7", "above 7");
    assertThat(Band.fromBelow(LABEL, Double.NEGATIVE_INFINITY, 13.5).boundsWording())
        .isEqualTo("below 13.5");
    assertThat(Band.fromBelow(LABEL, 51.5, Double.POSITIVE_INFINITY).boundsWording())
        .isEqualTo("at or above 51.5");
    assertThat(new Band(LABEL, 10, true, 20, false).boundsWording())
        .isEqualTo("at or above 10 and below 20");
    assertThat(new Band(LABEL, 0.25, false, 47, true).boundsWording())
        .isEqualTo("above 0.25 and at or below 47");
    assertThat(Band.fromBelow(LABEL, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY)
        .boundsWording()).isEqualTo("any score");
  }

  @Test
  void calibratedReferenceDataSaysWhereItCameFrom() throws Exception {
    Definition definition = example().definition();
    ReferenceData reference = definition.scale("total").orElseThrow().reference();

    assertThat(reference.origin()).contains(ReferenceOrigin.CALIBRATION_SAMPLE);
    assertThat(reference.reliability().n()).isEqualTo(200);
    assertThat(reference.reliability().lower95()).isEqualTo(0.75);
    assertThat(reference.reliability().upper95()).isEqualTo(0.84);
    assertThat(definition.calibration().file()).isEqualTo("pilot.csv");
    assertThat(definition.referenceSource("total")).contains("calibration sample \"pilot\" "
        + "(pilot.csv, SHA-256 0123456789ab..., 200 persons in 100 couples, both partners, "
        + "calibrated 2026-12-01 with dyadscore 0.1.0)");
    assertThat(definition.divergence().minimumProfileItems()).isEqualTo(2);
  }

  @Test
  void publishedReferenceDataNamesItsSources() {
    Definition definition = Questionnaire.bundled("csi-4").definition();

    assertThat(definition.calibration()).isNull();
    assertThat(definition.scale("total").orElseThrow().reference().origin()).isEmpty();
    assertThat(definition.referenceSource("total")).isEmpty();
  }
}
