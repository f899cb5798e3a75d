package io.github.dyadscore.definition;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.dyadscore.Questionnaire;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published JSON Schema and the loader accept and reject the same files. Each case changes
 * one thing in a small valid definition and feeds the result to both: the schema validator the
 * bundled definitions are checked with, and {@code Questionnaire.validate}. Where the schema
 * cannot express a rule (it relates several values, or looks at characters), the case is
 * "loader only" and the schema's description must name the rule, so that the difference is
 * documented where a schema user reads it.
 */
class SchemaAgreementTest {

  private static final Path SCHEMA = Path.of(System.getProperty("basedir", "."),
      "questionnaires", "questionnaire.schema.json");

  private static final String BASE = """
      {"$schema": "https://example.org/questionnaire.schema.json", "formatVersion": 1,
       "id": "t", "version": "1", "title": {"en": "T"}, "license": "CC0-1.0",
       "validated": false, "validationNote": {"en": "A test."},
       "responseScales": [
         {"id": "five", "min": 1, "max": 5},
         {"id": "pick", "options": [{"code": 1, "value": 0}, {"code": 2, "value": 1}]}],
       "items": [{"id": "a", "responseScale": "five"}, {"id": "b", "responseScale": "pick",
         "weight": 1}],
       "scales": [{"id": "s", "name": {"en": "S"}, "items": ["a", "b"],
         "reference": {"norms": {"mean": 3, "sd": 1, "sample": "x", "citation": "y"}}}]}
      """;

  private static Schema schema;
  private static String schemaDescription;

  /** Which of the two accept a case. */
  private enum Expect { BOTH_ACCEPT, BOTH_REJECT, LOADER_ONLY }

  /**
   * One case: {@code find} in the base replaced by {@code replace}; for rejections the JSON
   * pointer the loader names; for loader-only rules, a phrase of the schema's description.
   */
  private record Case(String find, String replace, Expect expect, String pointerOrRule) {}

  @BeforeAll
  static void loadSchema() throws IOException {
    String text = Files.readString(SCHEMA, StandardCharsets.UTF_8);
    schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(text, InputFormat.JSON);
    JsonNode root = JsonMapper.builder().build().readTree(text);
    schemaDescription = root.get("description").asString();
  }

  static Stream<Named<Case>> cases() {
    return Stream.of(
        named("the base itself", new Case("", "", Expect.BOTH_ACCEPT, "")),
        // Integers as JSON Schema counts them.
        named("formatVersion written 1.0", new Case("\"formatVersion\": 1",
            "\"formatVersion\": 1.0", Expect.BOTH_ACCEPT, "")),
        named("max written 5.0", new Case("\"max\": 5", "\"max\": 5.0", Expect.BOTH_ACCEPT, "")),
        named("max written 5e0", new Case("\"max\": 5", "\"max\": 5e0", Expect.BOTH_ACCEPT, "")),
        named("code written 2.0", new Case("\"code\": 2", "\"code\": 2.0", Expect.BOTH_ACCEPT,
            "")),
        named("max written 5.5", new Case("\"max\": 5", "\"max\": 5.5", Expect.BOTH_REJECT,
            "/responseScales/0/max")),
        named("formatVersion 3", new Case("\"formatVersion\": 1", "\"formatVersion\": 3",
            Expect.BOTH_REJECT, "/formatVersion")),
        // $schema
        named("$schema a number", new Case("\"https://example.org/questionnaire.schema.json\"",
            "5", Expect.BOTH_REJECT, "/$schema")),
        named("$schema an object", new Case("\"https://example.org/questionnaire.schema.json\"",
            "{}", Expect.BOTH_REJECT, "/$schema")),
        named("$schema empty", new Case("\"https://example.org/questionnaire.schema.json\"",
            "\"\"", Expect.BOTH_ACCEPT, "")),
        // Codes as answer files are read (at most 9 digits).
        named("option code of 9 digits", new Case("\"code\": 2", "\"code\": 999999999",
            Expect.BOTH_ACCEPT, "")),
        named("option code of 10 digits", new Case("\"code\": 2", "\"code\": 1000000000",
            Expect.BOTH_REJECT, "/responseScales/1/options/1/code")),
        named("negative option code of 10 digits", new Case("\"code\": 2",
            "\"code\": -1000000000", Expect.BOTH_REJECT, "/responseScales/1/options/1/code")),
        named("likert min of 10 digits", new Case("\"min\": 1", "\"min\": -1000000000",
            Expect.BOTH_REJECT, "/responseScales/0/min")),
        named("missing code of 10 digits", new Case("\"validated\": false,",
            "\"validated\": false, \"missingCodes\": [{\"code\": 9999999999, \"reason\": "
                + "\"missing\"}],", Expect.BOTH_REJECT, "/missingCodes/0/code")),
        named("option code 1e3", new Case("\"code\": 2", "\"code\": 1e3", Expect.BOTH_ACCEPT,
            "")),
        // Language tags: well-formed BCP 47 in the usual case.
        named("language de-CH", new Case("\"title\": {\"en\": \"T\"}",
            "\"title\": {\"en\": \"T\", \"de-CH\": \"T\"}", Expect.BOTH_ACCEPT, "")),
        named("language zh-Hant-TW", new Case("\"title\": {\"en\": \"T\"}",
            "\"title\": {\"en\": \"T\", \"zh-Hant-TW\": \"T\"}", Expect.BOTH_ACCEPT, "")),
        named("language es-419", new Case("\"title\": {\"en\": \"T\"}",
            "\"title\": {\"en\": \"T\", \"es-419\": \"T\"}", Expect.BOTH_ACCEPT, "")),
        named("language de and DE", new Case("\"title\": {\"en\": \"T\"}",
            "\"title\": {\"en\": \"T\", \"de\": \"T\", \"DE\": \"T\"}", Expect.BOTH_REJECT,
            "/title/DE")),
        named("language en-us", new Case("\"title\": {\"en\": \"T\"}",
            "\"title\": {\"en\": \"T\", \"en-us\": \"T\"}", Expect.BOTH_REJECT, "/title/en-us")),
        named("language with an empty subtag", new Case("\"title\": {\"en\": \"T\"}",
            "\"title\": {\"en\": \"T\", \"de--CH\": \"T\"}", Expect.BOTH_REJECT,
            "/title/de--CH")),
        named("language with a subtag of 9 characters", new Case("\"title\": {\"en\": \"T\"}",
            "\"title\": {\"en\": \"T\", \"de-abcdefghi\": \"T\"}", Expect.BOTH_REJECT,
            "/title/de-abcdefghi")),
        named("language english", new Case("\"title\": {\"en\": \"T\"}",
            "\"title\": {\"en\": \"T\", \"english\": \"T\"}", Expect.BOTH_REJECT,
            "/title/english")),
        named("questionnaire language EN", new Case("\"formatVersion\": 1,",
            "\"formatVersion\": 1, \"language\": \"EN\",", Expect.BOTH_REJECT, "/language")),
        named("labels keyed en_GB", new Case("\"min\": 1, \"max\": 5}",
            "\"min\": 1, \"max\": 5, \"labels\": {\"en\": [\"1\", \"2\", \"3\", \"4\", \"5\"], "
                + "\"en_GB\": [\"1\", \"2\", \"3\", \"4\", \"5\"]}}", Expect.BOTH_REJECT,
            "/responseScales/0/labels/en_GB")),
        // Texts.
        named("a blank title", new Case("\"title\": {\"en\": \"T\"}",
            "\"title\": {\"en\": \"  \"}", Expect.BOTH_REJECT, "/title/en")),
        named("a blank version", new Case("\"version\": \"1\"", "\"version\": \" \"",
            Expect.BOTH_REJECT, "/version")),
        named("a NUL character in a text", new Case("\"title\": {\"en\": \"T\"}",
            "\"title\": {\"en\": \"T\\u0000\"}", Expect.LOADER_ONLY, "NUL character")),
        named("a lone surrogate in a text", new Case("\"title\": {\"en\": \"T\"}",
            "\"title\": {\"en\": \"T\\ud800\"}", Expect.LOADER_ONLY, "lone surrogate")),
        named("a lone surrogate in a key", new Case("\"title\": {\"en\": \"T\"}",
            "\"title\": {\"en\": \"T\", \"\\udc00\": \"T\"}", Expect.BOTH_REJECT,
            "")), // Jackson refuses it: not well-formed JSON, at its line and column
        // Numbers and values.
        named("a weight of 0", new Case("\"weight\": 1", "\"weight\": 0", Expect.BOTH_REJECT,
            "/items/1/weight")),
        named("a weight above 1e12", new Case("\"weight\": 1", "\"weight\": 1e13",
            Expect.BOTH_REJECT, "/items/1/weight")),
        named("an option value above 1e12", new Case("\"value\": 1", "\"value\": 2e12",
            Expect.BOTH_REJECT, "/responseScales/1/options/1/value")),
        named("options of one value", new Case("\"value\": 1", "\"value\": 0",
            Expect.LOADER_ONLY, "at least two different values")),
        named("norms whose z overflows", new Case("\"sd\": 1", "\"sd\": 1e-308",
            Expect.LOADER_ONLY, "norms keep z and T finite")),
        named("a norms mean beyond a double", new Case("\"mean\": 3", "\"mean\": 1e400",
            Expect.BOTH_REJECT, "/scales/0/reference/norms/mean")),
        named("a norms sd of 0", new Case("\"sd\": 1", "\"sd\": 0", Expect.BOTH_REJECT,
            "/scales/0/reference/norms/sd")),
        // Structure.
        named("an unknown key", new Case("\"license\": \"CC0-1.0\",",
            "\"license\": \"CC0-1.0\", \"licence\": \"x\",", Expect.BOTH_REJECT, "/licence")),
        named("reversed as a string", new Case("\"responseScale\": \"five\"}",
            "\"responseScale\": \"five\", \"reversed\": \"true\"}", Expect.BOTH_REJECT,
            "/items/0/reversed")),
        named("not validated without a note", new Case(
            "\"validated\": false, \"validationNote\": {\"en\": \"A test.\"},",
            "\"validated\": false,", Expect.BOTH_REJECT, "")),
        named("an id with a space", new Case("\"id\": \"t\"", "\"id\": \"a t\"",
            Expect.BOTH_REJECT, "/id")),
        named("a scale listing an item twice", new Case("\"items\": [\"a\", \"b\"]",
            "\"items\": [\"a\", \"a\"]", Expect.BOTH_REJECT, "/scales/0/items/1")));
  }

  private static Named<Case> named(String name, Case c) {
    return Named.of(name, c);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void schemaAndLoaderAgree(Case c) {
    String json = c.find().isEmpty() ? BASE : replaceOnce(BASE, c.find(), c.replace());

    List<Error> schemaErrors;
    try {
      schemaErrors = schema.validate(json, InputFormat.JSON);
    } catch (RuntimeException notJson) {
      // The validator's parser refused the text (Jackson rejects a lone surrogate in a key).
      schemaErrors = List.of(Error.builder().message(notJson.getMessage()).build());
    }
    List<DefinitionProblem> loaderProblems = Questionnaire.validate(json, "case.json");

    switch (c.expect()) {
      case BOTH_ACCEPT -> {
        assertThat(schemaErrors).as("schema errors").isEmpty();
        assertThat(loaderProblems).as("loader problems").isEmpty();
      }
      case BOTH_REJECT -> {
        assertThat(schemaErrors).as("schema errors").isNotEmpty();
        assertThat(loaderProblems).as("loader problems").isNotEmpty();
        assertThat(loaderProblems.get(0).pointer()).as("the loader's JSON pointer")
            .isEqualTo(c.pointerOrRule());
      }
      case LOADER_ONLY -> {
        assertThat(schemaErrors).as("schema errors").isEmpty();
        assertThat(loaderProblems).as("loader problems").isNotEmpty();
        assertThat(schemaDescription).as("the schema's description names the rule")
            .contains(c.pointerOrRule());
      }
      default -> throw new AssertionError(c.expect());
    }
  }

  private static String replaceOnce(String text, String find, String replace) {
    int at = text.indexOf(find);
    assertThat(at).as("'%s' in the base", find).isNotNegative();
    assertThat(text.indexOf(find, at + 1)).as("'%s' once in the base", find).isNegative();
    return text.substring(0, at) + replace + text.substring(at + find.length());
  }
}
