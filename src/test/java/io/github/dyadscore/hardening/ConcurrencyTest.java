package io.github.dyadscore.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.TestQuestionnaires;
import io.github.dyadscore.couple.CoupleReport;
import io.github.dyadscore.couple.Privacy;
import io.github.dyadscore.hardening.RandomDefinitions.Spec;
import io.github.dyadscore.hardening.RandomDefinitions.Values;
import io.github.dyadscore.score.InvalidAnswerException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One {@link Questionnaire} shared by many threads that score and compare at the same time gives
 * exactly the single-threaded results: equal records (every double bit-equal) and equal error
 * messages for invalid answers.
 */
class ConcurrencyTest {

  private static final int THREADS = 8;
  private static final int COUPLES = 3000;

  /** Everything one couple yields, or the message of the error it raises. */
  private record Outcome(Object scoresA, Object scoresB, Object shared, Object scalesOnly) {}

  private static Outcome outcome(Questionnaire q, Answers a, Answers b) {
    return new Outcome(attempt(() -> q.score(a)), attempt(() -> q.score(b)),
        attempt(() -> q.compare(a, b)), attempt(() -> q.compare(a, b, Privacy.SCALES_ONLY)));
  }

  private static Object attempt(Supplier<Object> work) {
    try {
      return work.get();
    } catch (InvalidAnswerException e) {
      return "error: " + e.getMessage();
    }
  }

  @Test
  @Timeout(300)
  void bundledQuestionnaireSharedByEightThreadsGivesTheSingleThreadedResults() throws Exception {
    Random random = new Random(1126);
    List<Answers[]> couples = new ArrayList<>();
    for (int c = 0; c < COUPLES; c++) {
      Answers a = CoupleSymmetryPropertiesTest.bundledAnswers(random);
      Answers b = c % 100 == 7 ? Answers.builder().put("m1", 8).build() // invalid: an error
          : CoupleSymmetryPropertiesTest.bundledAnswers(random);
      couples.add(new Answers[] {a, b});
    }
    assertSameAcrossThreads(Questionnaire.bundled("mutuality-security"), couples);
  }

  @Test
  @Timeout(300)
  void questionnaireWithNormsBandsAndProrationSharedByEightThreads() throws Exception {
    Random random = new Random(2611);
    List<Answers[]> couples = new ArrayList<>();
    List<String> items = List.of("p1", "p2", "p3", "p4", "q1", "q2");
    for (int c = 0; c < COUPLES; c++) {
      Answers[] couple = new Answers[2];
      for (int p = 0; p < 2; p++) {
        Answers.Builder answers = Answers.builder();
        for (String item : items) {
          int roll = random.nextInt(8);
          if (roll < 5) {
            answers.put(item, 1 + roll);
          } else if (roll == 5) {
            answers.put(item, 9);
          }
        }
        couple[p] = answers.build();
      }
      couples.add(couple);
    }
    assertSameAcrossThreads(TestQuestionnaires.tiny(), couples);
  }

  @Test
  @Timeout(300)
  void randomDefinitionsSharedByEightThreads() throws Exception {
    Random random = new Random(42);
    for (int d = 0; d < 5; d++) {
      Spec spec = RandomDefinitions.random(random, Values.values()[d % 3], false);
      List<Answers[]> couples = new ArrayList<>();
      for (int c = 0; c < COUPLES / 5; c++) {
        couples.add(new Answers[] {spec.answers(random), spec.answers(random)});
      }
      assertSameAcrossThreads(spec.load(), couples);
    }
  }

  private static void assertSameAcrossThreads(Questionnaire q, List<Answers[]> couples)
      throws Exception {
    List<Outcome> expected = new ArrayList<>();
    for (Answers[] couple : couples) {
      expected.add(outcome(q, couple[0], couple[1]));
    }
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        futures.add(pool.submit(() -> {
          List<Integer> order = new ArrayList<>();
          for (int c = 0; c < couples.size(); c++) {
            order.add(c);
          }
          Collections.shuffle(order, new Random(seed)); // each thread in its own order
          start.await();
          List<String> mismatches = new ArrayList<>();
          for (int c : order) {
            Answers[] couple = couples.get(c);
            if (!outcome(q, couple[0], couple[1]).equals(expected.get(c))) {
              mismatches.add("couple " + c);
            }
          }
          return mismatches;
        }));
      }
      start.countDown();
      for (Future<List<String>> future : futures) {
        assertThat(future.get()).isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(expected).anyMatch(o -> o.shared() instanceof CoupleReport);
  }
}
