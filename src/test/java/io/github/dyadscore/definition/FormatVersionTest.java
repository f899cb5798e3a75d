package io.github.dyadscore.definition;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.Questionnaire;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Format 2 is current, and every file of format 1 still loads exactly as before. */
class FormatVersionTest {

  private static String example() throws IOException {
    try (InputStream in = FormatVersionTest.class.getResourceAsStream(
        "/definitions/good/example.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aFormatVersionOneFileLoadsAsTheSameDefinitionAsVersionTwo() throws IOException {
    String one = example();
    assertThat(one).contains("\"formatVersion\": 1,");
    String two = one.replace("\"formatVersion\": 1,", "\"formatVersion\": 2,");

    assertThat(Questionnaire.parse(one).definition())
        .isEqualTo(Questionnaire.parse(two).definition());
  }

  @Test
  void aVersionBelowOneIsRejectedWithoutPointingToANewerDyadscore() throws IOException {
    String zero = example().replace("\"formatVersion\": 1,", "\"formatVersion\": 0,");

    assertThat(Questionnaire.validate(zero, "zero.json")).singleElement()
        .hasToString("zero.json:2:20 at /formatVersion: unsupported formatVersion 0; expected 1 "
            + "to 2");
  }

  @Test
  void bundledQuestionnairesAreWrittenInTheCurrentFormat() {
    for (String name : Questionnaire.bundledNames()) {
      assertThat(Questionnaire.bundled(name).toJson()).as(name)
          .contains("\"formatVersion\": 2,");
    }
  }
}
