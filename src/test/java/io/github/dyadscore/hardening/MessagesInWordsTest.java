package io.github.dyadscore.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.TestQuestionnaires;
import io.github.dyadscore.batch.BatchInputException;
import io.github.dyadscore.batch.BatchOptions;
import io.github.dyadscore.batch.BatchScorer;
import io.github.dyadscore.batch.ProgressListener;
import io.github.dyadscore.definition.DefinitionException;
import io.github.dyadscore.definition.DefinitionProblem;
import io.github.dyadscore.definition.MalformedDefinitionException;
import io.github.dyadscore.score.InvalidAnswerException;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messages say what is wrong in words a user can act on: invisible characters in ids and keys
 * escaped, a UTF-16 file named as UTF-16, no advice to enable a parser feature, every independent
 * problem in one pass.
 */
class MessagesInWordsTest {

  private static final Questionnaire MUTUALITY = Questionnaire.bundled("mutuality-security");
  private static final Path MINI = TestQuestionnaires.resource("batch/mini.json");

  @TempDir Path dir;

  // ---------------------------------------------------------------- invisible characters

  @Test
  void anUnknownItemWithAZeroWidthSpaceIsShownEscaped() {
    assertThatThrownBy(() -> MUTUALITY.score(Answers.fromJson("{\"m1\u200b\": 1}", "a.json")))
        .isInstanceOf(InvalidAnswerException.class)
        .hasMessageStartingWith("unknown item 'm1\\u200b'; expected an item of questionnaire "
            + "'mutuality-security'");
  }

  @Test
  void aControlCharacterInAnItemKeyIsShownEscaped() {
    assertThatThrownBy(() -> MUTUALITY.score(Answers.fromJson("{\"m1\\u0007\": 1}", "a.json")))
        .hasMessageStartingWith("unknown item 'm1\\u0007';");
  }

  @Test
  void anInvisibleCharacterInADefinitionIdIsShownEscaped() throws IOException {
    String json = Files.readString(MINI).replace("\"id\": \"mini\"", "\"id\": \"mi\u200bni\"");

    List<DefinitionProblem> problems = Questionnaire.validate(json, "mini.json");

    assertThat(problems).extracting(DefinitionProblem::message)
        .anyMatch(m -> m.contains("'mi\\u200bni'")).noneMatch(m -> m.contains("\u200b"));
  }

  @Test
  void anInvisibleCharacterInAHeaderNameIsShownEscaped() throws IOException {
    Path input = Files.writeString(dir.resolve("zw.csv"), "couple,partner\u00a0,c1,c2,c3,c4\n"
        + "1,A,4,2,5,3\n");

    assertThatThrownBy(() -> run(input, BatchOptions.builder()
        .layout(BatchOptions.Layout.LONG).build()))
        .isInstanceOf(BatchInputException.class)
        .hasMessageContaining("[couple, partner\\u00a0, c1, c2, c3, c4]");
  }

  @Test
  void anInvisibleCharacterInACoupleIdIsShownEscapedInErrorsCsv() throws IOException {
    Path input = Files.writeString(dir.resolve("in.csv"), "couple,partner,c1,c2,c3,c4\n"
        + "x\u200b,A,4,2,5,3\n2,A,4,2,5,3\nx\u200b,B,4,2,5,3\n");
    Path out = dir.resolve("out");

    new BatchScorer(Questionnaire.load(MINI), BatchOptions.defaults()).run(input, out,
        ProgressListener.NONE);

    assertThat(Files.readString(out.resolve("errors.csv")))
        .contains("couple 'x\\u200b' already appeared in rows starting on line 2");
  }

  // ---------------------------------------------------------------- UTF-16

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void aUtf16DefinitionWithoutAByteOrderMarkIsNamedAsUtf16(String charset) throws IOException {
    Path file = Files.write(dir.resolve("d.json"),
        Files.readString(MINI).getBytes(Charset.forName(charset)));
    String order = charset.endsWith("LE") ? "little" : "big";

    assertThatThrownBy(() -> Questionnaire.load(file))
        .isInstanceOf(MalformedDefinitionException.class)
        .hasMessage(file + ":1:1: the file is UTF-16 text (" + order + "-endian, without a byte "
            + "order mark); expected UTF-8 (re-save it as UTF-8; in Excel or Notepad choose "
            + "'UTF-8', not 'Unicode')");
  }

  @Test
  void aUtf16DefinitionWithAByteOrderMarkIsNamedAsUtf16() throws IOException {
    Path file = Files.write(dir.resolve("d.json"),
        Files.readString(MINI).getBytes(StandardCharsets.UTF_16));

    assertThatThrownBy(() -> Questionnaire.load(file))
        .hasMessageContaining("the file is UTF-16 text (big-endian, with a byte order mark)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void aUtf16CsvFileWithoutAByteOrderMarkIsNamedAsUtf16(String charset) throws IOException {
    Path input = Files.write(dir.resolve("in.csv"), "couple,partner,c1,c2,c3,c4\n1,A,4,2,5,3\n"
        .getBytes(Charset.forName(charset)));
    String order = charset.endsWith("LE") ? "little" : "big";

    assertThatThrownBy(() -> run(input, BatchOptions.defaults()))
        .isInstanceOf(BatchInputException.class)
        .hasMessage("in.csv:1: the file is UTF-16 text (" + order + "-endian, without a byte "
            + "order mark); expected UTF-8 (in Excel: save as 'CSV UTF-8', not 'Unicode Text')");
  }

  // ---------------------------------------------------------------- no Jackson advice

  @ParameterizedTest
  @ValueSource(strings = {"{\"formatVersion\": NaN}", "{\"formatVersion\": 01}",
      "{\"formatVersion\": Infinity}", "{'formatVersion': 1}", "{formatVersion: 1}",
      "{\"id\": \"a\u0001b\"}", "{\"formatVersion\": +1}", "{\"id\": \"\\q\"}"})
  void aDefinitionThatIsNotPlainJsonGetsNoAdviceAboutParserFeatures(String json) {
    assertThatThrownBy(() -> Questionnaire.parse(json))
        .isInstanceOf(DefinitionException.class)
        .hasMessageContaining("not well-formed JSON")
        .message().doesNotContainIgnoringCase("enable").doesNotContain("Feature")
        .doesNotContain("CTRL-CHAR").doesNotContain("Jackson");
  }

  @Test
  void aControlCharacterInADefinitionIsNamedByItsCodePoint() {
    assertThatThrownBy(() -> Questionnaire.parse("{\"id\": \"a\u0001b\"}"))
        .hasMessageContaining("(the control character U+0001)");
  }

  // ---------------------------------------------------------------- one pass

  @Test
  void twoSeparateCompositeCyclesAreTwoProblems() throws IOException {
    String json = Files.readString(MINI).replace("\"scales\": [", "\"scales\": ["
        + cycle("x1", "x2") + cycle("x2", "x1") + cycle("y1", "y2") + cycle("y2", "y1"));

    List<DefinitionProblem> problems = Questionnaire.validate(json, "mini.json");

    assertThat(problems).extracting(DefinitionProblem::message)
        .filteredOn(m -> m.contains("cycle")).containsExactly(
            "composite scales form a cycle x1 -> x2 -> x1; expected composites that end in "
                + "item scales",
            "composite scales form a cycle y1 -> y2 -> y1; expected composites that end in "
                + "item scales");
  }

  private static String cycle(String id, String component) {
    return "{\"id\": \"" + id + "\", \"name\": {\"en\": \"x\"}, \"scales\": [\"" + component
        + "\"]},";
  }

  private void run(Path input, BatchOptions options) throws IOException {
    new BatchScorer(Questionnaire.load(MINI), options).run(input, dir.resolve("out"),
        ProgressListener.NONE);
  }
}
