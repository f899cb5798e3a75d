package io.github.dyadscore.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.couple.CoupleReport;
import io.github.dyadscore.couple.Privacy;
import io.github.dyadscore.definition.DefinitionException;
import io.github.dyadscore.definition.DefinitionProblem;
import io.github.dyadscore.definition.Item;
import io.github.dyadscore.definition.ResponseOption;
import io.github.dyadscore.definition.ResponseScale;
import io.github.dyadscore.score.PersonScores;
import io.github.dyadscore.score.ScaleScore;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Fuzzes the definition loader. Only {@link DefinitionException} may escape loading; a definition
 * that loads must also score and compare without an exception and with finite scores, and {@code
 * load}, {@code parse} and {@code validate} must agree on whether the text is valid.
 *
 * <p>Regression mode (every normal test run) replays the seeds and past findings in
 * {@code src/test/resources/io/github/dyadscore/hardening/DefinitionFuzzTestInputs/loader/}.
 * Fuzz with {@code JAZZER_FUZZ=1 mvn -B -o test -Dtest=DefinitionFuzzTest#loader}; {@link
 * #generated} likewise.
 */
class DefinitionFuzzTest {

  private static final String SOURCE = "fuzz.json";

  @FuzzTest(maxDuration = "11m")
  void loader(byte[] data) throws IOException {
    if (data == null) {
      return;
    }
    Questionnaire loaded = null;
    DefinitionException loadFailure = null;
    try {
      loaded = Questionnaire.load(new ByteArrayInputStream(data), SOURCE);
    } catch (DefinitionException e) {
      loadFailure = e;
      checkProblems(e, SOURCE);
    }

    String text = strictUtf8(data);
    if (text != null) {
      String json = text; // parse and validate skip one byte order mark, as load does
      Questionnaire parsed = null;
      try {
        parsed = Questionnaire.parse(json);
      } catch (DefinitionException e) {
        checkProblems(e, "<string>");
      }
      assertThat(parsed == null).as("parse and load agree").isEqualTo(loaded == null);
      List<DefinitionProblem> problems = Questionnaire.validate(json, SOURCE);
      assertThat(problems.isEmpty()).as("validate agrees with load").isEqualTo(loaded != null);
      if (loadFailure != null) {
        assertThat(problems).as("validate lists at least the problems load reports")
            .containsAll(loadFailure.problems());
      }
    } else {
      assertThat(loaded).as("bytes that are not UTF-8 never load").isNull();
    }

    if (loaded != null) {
      exercise(loaded);
    }
  }

  /** Scores the lowest, highest and missing codes of every item, alone and as a couple. */
  static void exercise(Questionnaire q) {
    Answers.Builder low = Answers.builder();
    Answers.Builder high = Answers.builder();
    for (Item item : q.definition().items()) {
      ResponseScale scale = q.definition().responseScale(item.responseScale()).orElseThrow();
      List<ResponseOption> options = scale.options();
      low.put(item.id(), options.get(0).code());
      high.put(item.id(), scale.missingCodes().isEmpty()
          ? options.get(options.size() - 1).code() : scale.missingCodes().get(0).code());
    }
    exercise(q, low.build(), high.build());
  }

  /**
   * Scores and compares two people; every scored value must be a finite number, and a scale
   * without a score must say so.
   */
  static void exercise(Questionnaire q, Answers a, Answers b) {
    checkScores(q.score(Answers.NONE));
    checkScores(q.score(a));
    checkScores(q.score(b));
    CoupleReport report = q.compare(a, b);
    checkScores(report.partnerA());
    checkScores(report.partnerB());
    CoupleReport scalesOnly = q.compare(b, a, Privacy.SCALES_ONLY);
    assertThat(scalesOnly.items()).isEmpty();
    assertThat(scalesOnly.divergentItems()).isEmpty();
    assertThat(q.toString()).isNotEmpty();
  }

  private static void checkScores(PersonScores scores) {
    for (ScaleScore score : scores.scales()) {
      if (score.isScored()) {
        assertThat(Double.isFinite(score.value())).as("%s", score).isTrue();
      } else {
        assertThat(score.value()).as("%s", score).isNaN();
      }
    }
  }

  /**
   * A definition that is well-formed JSON with the right shape, whose numbers, codes, choices and
   * references come from the fuzzer: this reaches the checks and the scoring that byte mutations
   * of JSON text rarely get past the parser to. Random answers are scored when it loads.
   */
  @FuzzTest(maxDuration = "11m")
  void generated(FuzzedDataProvider data) {
    String json = GeneratedDefinition.json(data);
    Questionnaire q;
    try {
      q = Questionnaire.parse(json);
    } catch (DefinitionException e) {
      checkProblems(e, "<string>");
      assertThat(Questionnaire.validate(json, "<string>")).containsAll(e.problems());
      return;
    }
    assertThat(Questionnaire.validate(json, "<string>")).isEmpty();
    exercise(q);
    for (int n = 0; n < 3 && data.remainingBytes() > 0; n++) {
      exercise(q, GeneratedDefinition.answers(q, data), GeneratedDefinition.answers(q, data));
    }
  }

  private static void checkProblems(DefinitionException e, String source) {
    assertThat(e.problems()).isNotEmpty();
    assertThat(e.getMessage()).contains(source);
    for (DefinitionProblem problem : e.problems()) {
      assertThat(problem.message()).isNotBlank();
      assertThat(problem.line()).isNotNegative();
      assertThat(problem.column()).isNotNegative();
    }
  }

  private static String strictUtf8(byte[] data) {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(data)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }
}
