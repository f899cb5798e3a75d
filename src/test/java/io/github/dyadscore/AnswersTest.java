package io.github.dyadscore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dyadscore.score.InvalidAnswerException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AnswersTest {

  private final Questionnaire q = Questionnaire.bundled("mutuality-security");

  @Test
  void toStringShowsHowManyAnswersButNeverTheirValues() {
    Answers answers = Answers.builder().put("m1", 7).put("m2", 3).build();
    assertThat(answers.toString()).isEqualTo("Answers[2 items]");
  }

  @Test
  void answeringAnItemTwiceIsRejected() {
    assertThatThrownBy(() -> Answers.builder().put("m1", 7).put("m1", 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("item 'm1' is answered twice; expected one answer per item");
  }

  @Test
  void jsonNullMeansUnansweredAndKeepsOrder() {
    Answers answers = Answers.fromJson("{\"m2\": 3, \"m1\": null, \"m3\": -99}", "x.json");
    assertThat(answers.asMap()).containsExactly(Map.entry("m2", 3), Map.entry("m3", -99));
    assertThat(answers.code("m1")).isEmpty();
  }

  @Test
  void duplicateJsonKeyIsLocated() {
    assertThatThrownBy(() -> Answers.fromJson("{\"m1\": 3,\n \"m1\": 4}", "x.json"))
        .isInstanceOf(DyadscoreException.class)
        .hasMessageStartingWith("x.json:2:2 at /m1: duplicate key 'm1'");
  }

  @Test
  void decimalCodeIsRejectedWithItsLocation() {
    assertThatThrownBy(() -> Answers.fromJson("{\"m1\": 2.5}", "x.json"))
        .isInstanceOf(DyadscoreException.class)
        .hasMessage("x.json:1:8 at /m1: found the number 2.5 for item 'm1'; expected an "
            + "integer code, or null when unanswered");
  }

  @Test
  void aTypedTextIsLocatedButNeverRepeated() {
    assertThatThrownBy(() -> Answers.fromJson("{\"m1\": 3,\n \"m2\": \"we argue a lot\"}",
        "x.json"))
        .isInstanceOfSatisfying(MalformedAnswersException.class, e -> {
          assertThat(e.line()).isEqualTo(2);
          assertThat(e.column()).isEqualTo(8);
          assertThat(e.pointer()).isEqualTo("/m2");
          assertThat(e.item()).contains("m2");
          assertThat(e.source()).isEqualTo("x.json");
        })
        .hasMessage("x.json:2:8 at /m2: found a string for item 'm2'; expected an integer code, "
            + "or null when unanswered")
        .hasMessageNotContaining("argue");
  }

  @Test
  void textThatIsNotJsonIsLocatedButNeverRepeated() {
    assertThatThrownBy(() -> Answers.fromJson("{\"m1\": secret words}", "x.json"))
        .isInstanceOfSatisfying(MalformedAnswersException.class, e -> {
          assertThat(e.line()).isEqualTo(1);
          assertThat(e.column()).isPositive();
          assertThat(e.item()).isEmpty();
        })
        .hasMessageStartingWith("x.json:1:")
        .hasMessageContaining("not well-formed JSON")
        .hasMessageNotContaining("secret");
  }

  @Test
  void invalidAnswerNamesPartnerItemAndReason() {
    Answers good = Answers.builder().put("m1", 5).build();
    assertThatThrownBy(() -> q.compare(good, Answers.builder().put("m1", 0).build()))
        .isInstanceOfSatisfying(InvalidAnswerException.class, e -> {
          assertThat(e.partner()).contains("B");
          assertThat(e.item()).isEqualTo("m1");
          assertThat(e.reason()).isEqualTo(InvalidAnswerException.Reason.UNKNOWN_CODE);
          assertThat(e.unknownCode()).isTrue();
        });
    assertThatThrownBy(() -> q.compare(Answers.builder().put("zz", 1).build(), good))
        .isInstanceOfSatisfying(InvalidAnswerException.class, e -> {
          assertThat(e.partner()).contains("A");
          assertThat(e.reason()).isEqualTo(InvalidAnswerException.Reason.UNKNOWN_ITEM);
          assertThat(e.unknownCode()).isFalse();
        });
    assertThatThrownBy(() -> q.score(Answers.builder().put("m1", 0).build()))
        .isInstanceOfSatisfying(InvalidAnswerException.class,
            e -> assertThat(e.partner()).isEmpty());
  }

  @Test
  void notAnObjectIsRejected() {
    assertThatThrownBy(() -> Answers.fromJson("[1, 2]", "x.json"))
        .hasMessage("x.json:1:1: found an array; expected an object of item id to integer code, such as "
            + "{\"m1\": 6}");
  }

  @Test
  void unknownItemNamesTheQuestionnaireAndItsItems() {
    assertThatThrownBy(() -> q.score(Answers.builder().put("m99", 3).build()))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessageStartingWith("unknown item 'm99'; expected an item of questionnaire "
            + "'mutuality-security': [m1, m2, m3")
        .extracting(e -> ((InvalidAnswerException) e).item()).isEqualTo("m99");
  }

  @Test
  void missingCodesCountAsUnanswered() {
    Answers answers = Answers.builder().put("m1", -99).put("m2", 99).put("m3", 5).build();
    assertThat(q.score(answers).scale("mutuality").answered()).isEqualTo(1);
    assertThat(q.score(answers).scale("mutuality").missing()).isEqualTo(13);
  }

  @Test
  void anInvalidCodeIsNeverRepeatedInTheMessageButTheItemAndTheExpectedCodesAre() {
    Answers bad = Answers.builder().put("m1", 5).put("s2", 987654).build();
    assertThatThrownBy(() -> q.compare(Answers.NONE, bad))
        .isInstanceOfSatisfying(InvalidAnswerException.class, e -> {
          assertThat(e.partner()).contains("B");
          assertThat(e.item()).isEqualTo("s2");
          assertThat(e.unknownCode()).isTrue();
        })
        .hasMessage("partner B: item 's2': the code is not a valid answer; expected a code "
            + "from 1 to 7 or a missing code [-99, 99] (response scale 'agree7')");
    assertThatThrownBy(() -> q.score(Answers.fromJson("{\"s2\": 987654}", "a.json")))
        .hasMessageNotContaining("987654");
  }

  @Test
  void partnerIsNamedWhenTheirAnswerIsInvalid() {
    Answers good = Answers.builder().put("m1", 5).build();
    Answers bad = Answers.builder().put("m1", 0).build();
    assertThatThrownBy(() -> q.compare(good, bad))
        .hasMessageStartingWith("partner B: item 'm1': the code is not a valid answer");
  }
}
