package io.github.dyadscore.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.definition.DefinitionProblem;
import io.github.dyadscore.definition.InvalidDefinitionException;
import io.github.dyadscore.stats.ReliabilityAccumulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Loading and validating a definition is near-linear in its size, and no shape of composite
 * scales exhausts the stack: large and deep definitions load, score and are analysed. The timeouts
 * are generous guards against quadratic or exponential work (which would take minutes to hours
 * here), not benchmarks.
 */
class DefinitionSizeTest {

  private static String definition(List<String> items, List<String> scales) {
    return """
        { "formatVersion": 1, "id": "big", "version": "1", "title": {"en": "Big"},
          "license": "CC0-1.0", "validated": false, "validationNote": {"en": "test"},
          "responseScales": [{"id": "l", "min": 1, "max": 5}],
          "items": [%s],
          "scales": [%s] }
        """.formatted(String.join(",\n", items), String.join(",\n", scales));
  }

  private static String item(String id) {
    return "{\"id\": \"" + id + "\", \"responseScale\": \"l\"}";
  }

  private static String scale(String id, String kind, List<String> members) {
    return "{\"id\": \"" + id + "\", \"name\": {\"en\": \"" + id + "\"}, \"" + kind + "\": ["
        + members.stream().map(m -> "\"" + m + "\"").collect(Collectors.joining(",")) + "]}";
  }

  private static void loadsScoresAndAnalyses(String json) {
    loadsAndScores(json);
    assertThat(new ReliabilityAccumulator(Questionnaire.parse(json).definition()).result()
        .scales()).isNotEmpty();
  }

  private static void loadsAndScores(String json) {
    assertThat(Questionnaire.validate(json, "big.json")).isEmpty();
    Questionnaire q = Questionnaire.parse(json);
    Answers a = Answers.of(Map.of("i0", 2));
    Answers b = Answers.of(Map.of("i0", 4));
    assertThat(q.score(a).scales()).isNotEmpty();
    assertThat(q.compare(a, b).scales()).isNotEmpty();
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS,
      threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aScaleOf100000ItemsLoadsScoresAndValidates() {
    List<String> ids = IntStream.range(0, 100_000).mapToObj(i -> "i" + i).toList();
    // Not analysed: alpha needs the k x k item covariances, 80 GB for k = 100,000.
    loadsAndScores(definition(ids.stream().map(DefinitionSizeTest::item).toList(),
        List.of(scale("all", "items", ids))));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS,
      threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void a100000ItemsWithAProblemEachAreAllReportedInOnePass() {
    List<String> items = IntStream.range(0, 100_000)
        .mapToObj(i -> "{\"id\": \"i" + i + "\", \"responseScale\": \"nope\"}").toList();
    String json = definition(items, List.of(scale("all", "items", List.of("i0"))));

    List<DefinitionProblem> problems = Questionnaire.validate(json, "big.json");

    assertThat(problems).hasSize(100_000);
    assertThatThrownBy(() -> Questionnaire.parse(json))
        .isInstanceOf(InvalidDefinitionException.class);
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS,
      threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aChainOf10000CompositesNeitherOverflowsTheStackNorTakesQuadraticWork() {
    List<String> scales = new ArrayList<>(List.of(scale("c0", "items", List.of("i0", "i1"))));
    for (int c = 1; c < 10_000; c++) {
      scales.add(scale("c" + c, "scales", List.of("c" + (c - 1))));
    }
    loadsScoresAndAnalyses(definition(List.of(item("i0"), item("i1")), scales));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS,
      threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aChainOf10000CompositesListedBackwardsLoadsToo() {
    List<String> scales = new ArrayList<>();
    for (int c = 9_999; c >= 1; c--) {
      scales.add(scale("c" + c, "scales", List.of("c" + (c - 1))));
    }
    scales.add(scale("c0", "items", List.of("i0")));
    loadsScoresAndAnalyses(definition(List.of(item("i0")), scales));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS,
      threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void deepDiamondsOfCompositesTakeNoExponentialTime() {
    // Level k has two composites, each listing both of level k - 1: 2^200 paths to the items.
    List<String> scales = new ArrayList<>(List.of(scale("l0a", "items", List.of("i0")),
        scale("l0b", "items", List.of("i0"))));
    for (int k = 1; k < 200; k++) {
      List<String> below = List.of("l" + (k - 1) + "a", "l" + (k - 1) + "b");
      scales.add(scale("l" + k + "a", "scales", below));
      scales.add(scale("l" + k + "b", "scales", below));
    }
    loadsScoresAndAnalyses(definition(List.of(item("i0")), scales));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS,
      threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aCycleAtTheEndOfALongChainIsFoundWithoutOverflowingTheStack() {
    List<String> scales = new ArrayList<>();
    for (int c = 0; c < 10_000; c++) {
      scales.add(scale("c" + c, "scales", List.of("c" + ((c + 1) % 10_000))));
    }
    String json = definition(List.of(item("i0")), scales);

    List<DefinitionProblem> problems = Questionnaire.validate(json, "big.json");

    assertThat(problems).singleElement().extracting(DefinitionProblem::message)
        .asString().startsWith("composite scales form a cycle c0 -> c1 -> c2 -> ");
  }

  @Test
  void twoSeparateCyclesAreTwoProblems() {
    String json = definition(List.of(item("i0")), List.of(
        scale("base", "items", List.of("i0")),
        scale("a", "scales", List.of("b")), scale("b", "scales", List.of("a")),
        scale("x", "scales", List.of("y", "base")), scale("y", "scales", List.of("x"))));

    assertThat(Questionnaire.validate(json, "big.json"))
        .extracting(DefinitionProblem::message)
        .containsExactly(
            "composite scales form a cycle a -> b -> a; expected composites that end in item "
                + "scales",
            "composite scales form a cycle x -> y -> x; expected composites that end in item "
                + "scales");
  }
}
