package io.github.dyadscore.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.dyadscore.Questionnaire;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The questionnaires that ship in the jar: they match the published JSON Schema, load by name,
 * and say what they are (the inventory we wrote is not validated; the published instrument's key
 * carries no wording).
 */
class BundledDefinitionsTest {

  private static final Path FOLDER =
      Path.of(System.getProperty("basedir", "."), "questionnaires");
  private static final String SCHEMA_FILE = "questionnaire.schema.json";

  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    schema = registry.getSchema(
        Files.readString(FOLDER.resolve(SCHEMA_FILE), StandardCharsets.UTF_8), InputFormat.JSON);
  }

  static Stream<Named<Path>> bundledFiles() throws IOException {
    return definitionFiles().stream().map(p -> Named.of(p.getFileName().toString(), p));
  }

  static Stream<String> bundledNames() {
    return Questionnaire.bundledNames().stream();
  }

  // ---------------------------------------------------------------- schema and loader agree

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundledFiles")
  void bundledDefinitionMatchesTheSchema(Path json) throws IOException {
    List<Error> errors = schema.validate(Files.readString(json), InputFormat.JSON);

    assertThat(errors).as("schema errors in %s", json.getFileName()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundledFiles")
  void bundledDefinitionHasNoProblems(Path json) throws IOException {
    assertThat(Questionnaire.validate(json)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bundledNames")
  void bundledQuestionnaireLoadsByName(String name) {
    Questionnaire questionnaire = Questionnaire.bundled(name);

    assertThat(questionnaire.id()).isEqualTo(name);
  }

  @Test
  void bundledNamesAreTheDefinitionFilesInTheQuestionnairesFolder() throws IOException {
    List<String> files = definitionFiles().stream()
        .map(p -> p.getFileName().toString().replaceFirst("\\.json$", ""))
        .toList();

    assertThat(Questionnaire.bundledNames()).containsExactlyInAnyOrderElementsOf(files);
    assertThat(Questionnaire.bundledNames()).isSorted();
  }

  @Test
  void unknownBundledNameListsTheKnownOnes() {
    assertThatThrownBy(() -> Questionnaire.bundled("csi-32"))
        .isInstanceOf(NoSuchElementException.class)
        .hasMessage("no bundled questionnaire 'csi-32'; expected one of "
            + Questionnaire.bundledNames());
  }

  @Test
  void schemaAcceptsTheGoodTestDefinition() throws IOException {
    assertThat(schema.validate(Files.readString(testDefinition("good", "example.json")),
        InputFormat.JSON)).isEmpty();
  }

  /** Documents the loader rejects and the schema can see are wrong; the schema must say where. */
  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "invalid-unknown-property-in-item.json,      /items/1,                  additionalProperties",
      "invalid-unknown-property-top-level.json,    '',                        additionalProperties",
      "invalid-missing-license.json,               '',                        required",
      "invalid-not-validated-without-note.json,    '',                        required",
      "invalid-format-version-3.json,              /formatVersion,            enum",
      "invalid-bad-id.json,                        /items/1/id,               pattern",
      "invalid-string-where-integer.json,          /scales/0/minAnswered/count, type",
      "invalid-fraction-where-integer.json,        /responseScales/0/options/1/code, type",
      "invalid-weight-zero.json,                   /items/1/weight,           exclusiveMinimum",
      "invalid-method-median.json,                 /scales/0/method,          enum",
      "invalid-reliability-above-one.json, /scales/0/reference/reliability/alpha, exclusiveMaximum",
      "invalid-norms-sd-zero.json,                 /scales/0/reference/norms/sd, exclusiveMinimum",
      "invalid-empty-items-array.json,             /items,                    minItems",
      "invalid-one-option.json,                    /responseScales/0/options, minItems",
      "invalid-item-listed-twice-in-scale.json,    /scales/0/items,           uniqueItems",
  })
  void schemaRejectsWhatItCanSeeAtTheRightPlace(String file, String pointer, String keyword)
      throws IOException {
    List<Error> errors =
        schema.validate(Files.readString(testDefinition("bad", file)), InputFormat.JSON);

    assertThat(errors)
        .as("schema errors for %s", file)
        .anySatisfy(error -> {
          assertThat(error.getInstanceLocation().toString()).isEqualTo(pointer);
          assertThat(error.getKeyword()).isEqualTo(keyword);
        });
  }

  // ---------------------------------------------------------------- what each one says it is

  @Test
  void mutualitySecurityScalesHaveAtLeast12ItemsSomeReverseKeyed() {
    Definition definition = Questionnaire.bundled("mutuality-security").definition();
    List<Scale> itemScales = definition.scales().stream().filter(s -> !s.isComposite()).toList();

    assertThat(itemScales).extracting(Scale::id).containsExactly("mutuality", "security");
    assertThat(itemScales).allSatisfy(scale -> {
      assertThat(scale.items()).hasSizeGreaterThanOrEqualTo(12);
      assertThat(scale.items())
          .as("reverse-keyed items of %s", scale.id())
          .anyMatch(id -> definition.item(id).orElseThrow().reversed())
          .anyMatch(id -> !definition.item(id).orElseThrow().reversed());
    });
  }

  @Test
  void mutualitySecurityAsksForAMapWithMutualityAcrossAndSecurityUp() {
    Definition definition = Questionnaire.bundled("mutuality-security").definition();

    assertThat(definition.scaleMap()).isEqualTo(new ScaleMap("mutuality", "security"));
    assertThat(Questionnaire.bundled("csi-4").definition().scaleMap()).isNull();
  }

  @Test
  void mutualitySecuritySaysItIsNotClinicallyValidated() {
    Provenance provenance = Questionnaire.bundled("mutuality-security").definition().provenance();

    assertThat(provenance.validated()).isFalse();
    assertThat(provenance.validationNote()).isNotNull();
    assertThat(provenance.validationNote().in("en").orElseThrow().toLowerCase(Locale.ROOT))
        .contains("not clinically validated");
  }

  @Test
  void csi4ShipsNeitherItemWordingNorAnswerLabels() {
    Definition definition = Questionnaire.bundled("csi-4").definition();

    assertThat(definition.items()).hasSize(4).allSatisfy(item -> assertThat(item.text()).isNull());
    assertThat(definition.responseScales())
        .flatMap(ResponseScale::options)
        .allSatisfy(option -> assertThat(option.label()).isNull());
    assertThat(definition.provenance().validated()).isTrue();
  }

  // ---------------------------------------------------------------- helpers

  private static List<Path> definitionFiles() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .filter(p -> !p.getFileName().toString().equals(SCHEMA_FILE))
          .sorted()
          .toList();
    }
  }

  private static Path testDefinition(String kind, String file) {
    URL url = BundledDefinitionsTest.class.getResource("/definitions/" + kind + "/" + file);
    assertThat(url).as("test definition %s/%s", kind, file).isNotNull();
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
