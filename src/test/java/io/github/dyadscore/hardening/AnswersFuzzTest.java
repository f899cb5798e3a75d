package io.github.dyadscore.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.dyadscore.Answers;
import io.github.dyadscore.DyadscoreException;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.couple.CoupleReport;
import io.github.dyadscore.couple.Privacy;
import io.github.dyadscore.score.InvalidAnswerException;
import io.github.dyadscore.score.PersonScores;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the answers parser and the scoring behind it: {@link Answers#fromJson} and then scoring
 * against the bundled mutuality-security questionnaire. Only {@link DyadscoreException} may
 * escape.
 *
 * <p>Regression inputs: {@code
 * src/test/resources/io/github/dyadscore/hardening/AnswersFuzzTestInputs/parseAndScore/}. Fuzz with
 * {@code JAZZER_FUZZ=1 mvn -B -o test -Dtest=AnswersFuzzTest#parseAndScore}.
 */
class AnswersFuzzTest {

  private static final Questionnaire Q = Questionnaire.bundled("mutuality-security");

  @FuzzTest(maxDuration = "11m")
  void parseAndScore(byte[] data) {
    if (data == null) {
      return;
    }
    String json = new String(data, StandardCharsets.UTF_8);
    Answers answers;
    try {
      answers = Answers.fromJson(json, "answers.json");
    } catch (DyadscoreException e) {
      assertThat(e.getMessage()).startsWith("answers.json");
      return;
    }
    assertThat(answers.toString()).isEqualTo("Answers[" + answers.size() + " items]");
    PersonScores scores;
    try {
      scores = Q.score(answers);
    } catch (InvalidAnswerException e) {
      assertThat(e.getMessage()).isNotBlank();
      assertThat(answers.asMap()).containsKey(e.item());
      return;
    }
    assertThat(scores.scales()).hasSize(3);
    CoupleReport report = Q.compare(answers, Answers.NONE);
    assertThat(report.partnerA()).isEqualTo(scores);
    CoupleReport same = Q.compare(answers, answers, Privacy.SCALES_ONLY);
    assertThat(same.items()).isEmpty();
    same.scales().forEach(s -> assertThat(s.difference()).isIn(0.0, Double.NaN));
  }
}
