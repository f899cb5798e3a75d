package io.github.dyadscore.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.TestQuestionnaires;
import io.github.dyadscore.couple.CoupleReport;
import io.github.dyadscore.couple.ItemComparison;
import io.github.dyadscore.couple.Privacy;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's couple report from resolved arrays, as the batch scorer calls it. */
class ScoringEngineCoupleTest {

  private final Questionnaire tiny = TestQuestionnaires.tiny();
  private final ScoringEngine engine = new ScoringEngine(tiny.definition());

  private final Answers a = Answers.builder()
      .put("p1", 5).put("p2", 4).put("p3", 2).put("p4", 9).put("q1", 3).put("q2", 5).build();
  private final Answers b = Answers.builder()
      .put("p1", 1).put("p2", 3).put("p3", 9).put("q2", 2).build();

  @Test
  void reportFromArraysEqualsTheReportFromAnswers() {
    int n = engine.itemCount();
    int[] codesA = new int[n];
    double[] keyedA = new double[n];
    int[] codesB = new int[n];
    double[] keyedB = new double[n];
    engine.resolve(a, codesA, keyedA);
    engine.resolve(b, codesB, keyedB);
    assertThat(engine.compare(codesA, keyedA, codesB, keyedB, Privacy.SHARE_ITEMS))
        .isEqualTo(tiny.compare(a, b));
    assertThat(engine.compare(codesA, keyedA, codesB, keyedB, Privacy.SCALES_ONLY))
        .isEqualTo(tiny.compare(a, b, Privacy.SCALES_ONLY));
  }

  @Test
  void reportKeepsItsItemsWhenTheCallerReusesItsArraysForTheNextCouple() {
    int n = engine.itemCount();
    int[] codesA = new int[n];
    double[] keyedA = new double[n];
    int[] codesB = new int[n];
    double[] keyedB = new double[n];
    engine.resolve(a, codesA, keyedA);
    engine.resolve(b, codesB, keyedB);
    CoupleReport report = engine.compare(codesA, keyedA, codesB, keyedB, Privacy.SHARE_ITEMS);
    List<ItemComparison> items = List.copyOf(report.items());
    List<ItemComparison> divergent = List.copyOf(report.divergentItems());

    // The batch scorer overwrites its arrays with the next couple's answers.
    engine.resolve(b, codesA, keyedA);
    engine.resolve(a, codesB, keyedB);
    Arrays.fill(codesA, 1);
    Arrays.fill(keyedB, 3.0);

    assertThat(report.items()).isEqualTo(items);
    assertThat(report.divergentItems()).isEqualTo(divergent);
    assertThat(report).isEqualTo(tiny.compare(a, b));
  }
}
