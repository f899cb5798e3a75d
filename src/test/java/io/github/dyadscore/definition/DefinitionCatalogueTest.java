package io.github.dyadscore.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.dyadscore.Questionnaire;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden files: every {@code definitions/bad/NAME.json} has exactly one problem, and {@code
 * NAME.expected} holds the exact line a user sees for it ({@code NAME.json:LINE:COL at /pointer:
 * message}). The file name's prefix says which exception it must raise: {@code malformed-} for
 * text that is not JSON or breaks a read limit, {@code invalid-} for JSON that is not a valid
 * definition. To add a case, drop in the two files; nothing here needs to change.
 *
 * <p>The read limits whose inputs are too large to commit (a long string, a document over 10 MiB)
 * and a definition with several problems are tested below the catalogue.
 */
class DefinitionCatalogueTest {

  private static final String MALFORMED = "malformed-";
  private static final String INVALID = "invalid-";

  // ---------------------------------------------------------------- the catalogue

  static Stream<Named<Path>> badDefinitions() throws IOException {
    return jsonFiles("bad").stream().map(path -> Named.of(fileName(path), path));
  }

  static Stream<Named<Path>> goodDefinitions() throws IOException {
    return jsonFiles("good").stream().map(path -> Named.of(fileName(path), path));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badDefinitions")
  void badDefinitionIsRejectedWithExactlyItsExpectedProblem(Path json) throws IOException {
    String name = fileName(json);
    Class<? extends DefinitionException> expectedType =
        name.startsWith(MALFORMED) ? MalformedDefinitionException.class
            : InvalidDefinitionException.class;
    String expected = expectedLine(json);

    DefinitionException thrown =
        catchThrowableOfType(DefinitionException.class, () -> Questionnaire.load(json));

    assertThat(thrown).as("loading %s", name).isExactlyInstanceOf(expectedType);
    assertThat(thrown.problems()).as("problems of %s", name).hasSize(1);
    DefinitionProblem problem = thrown.problems().get(0);
    assertThat(shown(problem)).isEqualTo(expected);
    assertThat(thrown).hasMessage(problem.toString());
    assertThat(Questionnaire.validate(json)).as("validate(%s)", name).containsExactly(problem);
  }

  @Test
  void everyCatalogueCaseIsNamedForItsExceptionAndHasAnExpectation() throws IOException {
    List<Path> cases = jsonFiles("bad");
    assertThat(cases).hasSizeGreaterThanOrEqualTo(35);
    assertThat(cases).allSatisfy(json -> {
      assertThat(fileName(json).startsWith(MALFORMED) || fileName(json).startsWith(INVALID))
          .as("%s starts with %s or %s", fileName(json), MALFORMED, INVALID).isTrue();
      assertThat(expectationOf(json)).exists();
    });
    try (Stream<Path> files = Files.list(folder("bad"))) {
      Set<String> orphans = files.map(DefinitionCatalogueTest::fileName)
          .filter(n -> n.endsWith(".expected"))
          .map(n -> n.substring(0, n.length() - ".expected".length()) + ".json")
          .filter(n -> !Files.exists(folder("bad").resolve(n)))
          .collect(Collectors.toSet());
      assertThat(orphans).as("expectations without a definition").isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goodDefinitions")
  void goodDefinitionLoadsAndHasNoProblems(Path json) throws IOException {
    assertThat(Questionnaire.load(json).id()).isEqualTo("example");
    assertThat(Questionnaire.validate(json)).isEmpty();
  }

  @Test
  void byteOrderMarkBeforeAValidDefinitionIsSkipped() throws IOException {
    Path withBom = folder("good").resolve("bom-prefixed.json");
    assertThat(Files.readAllBytes(withBom)).startsWith(0xEF, 0xBB, 0xBF);

    Definition loaded = Questionnaire.load(withBom).definition();

    assertThat(loaded)
        .isEqualTo(Questionnaire.load(folder("good").resolve("example.json")).definition());
  }

  // ---------------------------------------------------------------- several problems at once

  /** Five different problems, one per part of the file, in this order. */
  private static final String FIVE_PROBLEMS = String.join("\n",
      "{",
      "  \"formatVersion\": 1,",
      "  \"id\": \"example\",",
      "  \"version\": \"1.0.0\",",
      "  \"title\": {\"de\": \"Beispiel\"},",
      "  \"license\": \"CC0-1.0\",",
      "  \"validated\": true,",
      "  \"responseScales\": [{\"id\": \"agree5\", \"min\": 5, \"max\": 1}],",
      "  \"items\": [",
      "    {\"id\": \"i1\", \"responseScale\": \"agree5\", \"reverse\": true},",
      "    {\"id\": \"i2\", \"responseScale\": \"agree5\", \"weight\": 0}",
      "  ],",
      "  \"scales\": [",
      "    {\"id\": \"total\", \"name\": {\"en\": \"Total\"}, \"items\": [\"i1\", \"i2\"],",
      "     \"method\": \"median\"}",
      "  ]",
      "}");

  private static final List<String> FIVE_EXPECTED = List.of(
      "five.json:5:12 at /title: the text has no 'en' version; expected every text in the"
          + " questionnaire's language 'en'",
      "five.json:8:56 at /responseScales/0/max: max 1 is not above min 5; expected min < max"
          + " (write reverse keying on the item, not as an inverted range)",
      "five.json:10:45 at /items/0/reverse: unknown property 'reverse' in an item; expected one"
          + " of [id, text, responseScale, reversed, weight, predicts]",
      "five.json:11:55 at /items/1/weight: found 0; expected a weight greater than 0",
      "five.json:15:16 at /scales/0/method: found 'median'; expected one of"
          + " [mean, sum, prorated-sum]");

  @Test
  void validateReportsEveryProblemInFileOrder() {
    List<DefinitionProblem> problems = Questionnaire.validate(FIVE_PROBLEMS, "five.json");

    assertThat(problems).extracting(DefinitionProblem::toString)
        .containsExactlyElementsOf(FIVE_EXPECTED);
  }

  @Test
  void invalidDefinitionExceptionListsEveryProblem() {
    InvalidDefinitionException thrown = catchThrowableOfType(InvalidDefinitionException.class,
        () -> Questionnaire.load(new StringReader(FIVE_PROBLEMS), "five.json"));

    assertThat(thrown.problems()).isEqualTo(Questionnaire.validate(FIVE_PROBLEMS, "five.json"));
    String lines = FIVE_EXPECTED.stream()
        .map(line -> System.lineSeparator() + "  " + line)
        .collect(Collectors.joining());
    assertThat(thrown).hasMessage("5 problems in five.json:" + lines);
  }

  // ---------------------------------------------------------------- read limits

  @Test
  void nestingDeeperThan32IsReportedWhereTheLimitIsCrossed() {
    // The object is level 1, so the 32nd array is level 33.
    String json = "{\n  \"citation\": " + "[".repeat(32) + "]".repeat(32) + "\n}";

    MalformedDefinitionException thrown =
        catchThrowableOfType(MalformedDefinitionException.class, () -> Questionnaire.parse(json));

    DefinitionProblem problem = thrown.firstProblem();
    assertThat(problem.line()).isEqualTo(2);
    assertThat(problem.column()).isEqualTo("  \"citation\": ".length() + 32);
    assertThat(problem.pointer()).isEqualTo("/citation" + "/0".repeat(31));
    assertThat(problem.message()).isEqualTo("the file exceeds a safety limit: document nesting"
        + " depth (33) exceeds the maximum allowed (32)");
  }

  @Test
  void nestingOf32LevelsIsAllowed() {
    String json = "{\n  \"citation\": " + "[".repeat(31) + "]".repeat(31) + "\n}";

    // Deep but within the limit: the complaint is about the type, not about the depth.
    assertThat(Questionnaire.validate(json, "deep.json"))
        .extracting(DefinitionProblem::message)
        .contains("found an array; expected a string")
        .noneMatch(message -> message.contains("safety limit"));
  }

  @Test
  void stringLongerThan100000CharactersIsReportedAtTheString(@TempDir Path dir)
      throws IOException {
    Path json = dir.resolve("long-string.json");
    Files.writeString(json, "{\n  \"formatVersion\": 1,\n  \"citation\": \""
        + "x".repeat(100_001) + "\"\n}\n");

    MalformedDefinitionException thrown =
        catchThrowableOfType(MalformedDefinitionException.class, () -> Questionnaire.load(json));

    assertThat(shown(thrown.firstProblem())).isEqualTo("long-string.json:3:15 at /citation:"
        + " the file exceeds a safety limit: string value length (100001) exceeds the maximum"
        + " allowed (100000)");
    assertThat(Questionnaire.validate(json)).containsExactly(thrown.firstProblem());
  }

  @Test
  void stringOf100000CharactersIsAllowed() {
    String json = "{\"citation\": \"" + "x".repeat(100_000) + "\"}";

    assertThat(Questionnaire.validate(json, "long.json"))
        .extracting(DefinitionProblem::message)
        .isNotEmpty()
        .noneMatch(message -> message.contains("safety limit"));
  }

  @Test
  void fileLargerThan10MiBIsRejectedBeforeParsing(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("huge.json");
    writeDocumentOfLength(json, 10L * 1024 * 1024 + 1);

    MalformedDefinitionException thrown =
        catchThrowableOfType(MalformedDefinitionException.class, () -> Questionnaire.load(json));

    assertThat(thrown.problems()).hasSize(1);
    assertThat(shown(thrown.firstProblem()))
        .isEqualTo("huge.json: the file is larger than 10 MiB; expected a questionnaire"
            + " definition");
    assertThat(Questionnaire.validate(json)).containsExactly(thrown.firstProblem());
  }

  @Test
  void fileOfExactly10MiBIsParsed(@TempDir Path dir) throws IOException {
    Path json = dir.resolve("big.json");
    writeDocumentOfLength(json, 10L * 1024 * 1024);

    // Read in full: the complaints are about its content, none about its size.
    assertThat(Questionnaire.validate(json))
        .isNotEmpty()
        .noneMatch(problem -> problem.message().contains("10 MiB")
            || problem.message().contains("safety limit"));
  }

  @Test
  void readerLongerThan10MiBIsRejected() throws IOException {
    String json = "{\"citation\": \"" + "x".repeat(10 * 1024 * 1024) + "\"}";

    assertThatThrownBy(() -> Questionnaire.load(new StringReader(json), "huge.json"))
        .isInstanceOf(MalformedDefinitionException.class)
        .hasMessage("huge.json: the file is larger than 10 MiB; expected a questionnaire"
            + " definition");
  }

  @Test
  void jsonTextLongerThan10MiBIsReportedWhereReadingStopped() {
    // Given as a string, the text meets the parser's own document limit.
    String json = documentOfLength(10L * 1024 * 1024 + 1);

    List<DefinitionProblem> problems = Questionnaire.validate(json, "huge.json");

    // The parser notices at its last read, at the character beyond the limit.
    assertThat(problems).extracting(DefinitionProblem::toString).containsExactly(
        "huge.json:1:10485761: the file exceeds a safety limit: document length (10485761)"
            + " exceeds the maximum allowed (10485760)");
    assertThatThrownBy(() -> Questionnaire.parse(json))
        .isInstanceOf(MalformedDefinitionException.class)
        .hasMessageEndingWith("document length (10485761) exceeds the maximum allowed (10485760)");
  }

  // ---------------------------------------------------------------- helpers

  /** The problem as a user sees it, with the bare file name in place of the path. */
  private static String shown(DefinitionProblem problem) {
    return new DefinitionProblem(fileName(Path.of(problem.source())), problem.line(),
        problem.column(), problem.pointer(), problem.message()).toString();
  }

  private static String expectedLine(Path json) throws IOException {
    return Files.readString(expectationOf(json), StandardCharsets.UTF_8).strip();
  }

  private static Path expectationOf(Path json) {
    String name = fileName(json);
    return json.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".expected");
  }

  private static String fileName(Path path) {
    return path.getFileName().toString();
  }

  private static List<Path> jsonFiles(String kind) throws IOException {
    try (Stream<Path> files = Files.list(folder(kind))) {
      return files.filter(p -> fileName(p).endsWith(".json")).sorted().toList();
    }
  }

  private static Path folder(String kind) {
    URL url = DefinitionCatalogueTest.class.getResource("/definitions/" + kind);
    assertThat(url).as("test resource folder definitions/%s", kind).isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes {@link #documentOfLength}'s text, in UTF-8 as many bytes as characters. */
  private static void writeDocumentOfLength(Path path, long length) throws IOException {
    Files.writeString(path, documentOfLength(length), StandardCharsets.UTF_8);
  }

  /**
   * A JSON object of exactly {@code length} ASCII characters: an array of strings, each well
   * below the string limit and few enough to stay below the token limit.
   */
  private static String documentOfLength(long length) {
    String head = "{\"items\": [";
    String tail = "]}";
    StringBuilder json = new StringBuilder((int) length).append(head);
    long remaining = length - head.length() - tail.length();
    while (remaining > 60_000) {
      json.append('"').append("x".repeat(50_000)).append("\",");
      remaining -= 50_003;
    }
    json.append('"').append("x".repeat((int) remaining - 2)).append('"').append(tail);
    assertThat(json).hasSize((int) length);
    return json.toString();
  }
}
