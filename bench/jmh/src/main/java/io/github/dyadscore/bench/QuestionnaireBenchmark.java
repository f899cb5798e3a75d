package io.github.dyadscore.bench;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.couple.CoupleReport;
import io.github.dyadscore.couple.Privacy;
import io.github.dyadscore.score.PersonScores;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The three calls an app makes, through the public API only: loading a definition, scoring one
 * person and building one couple report. Everything else (the definition text, the loaded
 * questionnaire, both partners' answers) is built once in {@link #setUp()}, so that each benchmark
 * times exactly one call.
 *
 * <p>{@code questionnaire} selects the bundled 28-item mutuality-security inventory (3 scales, one
 * of them composite, 7-point items) or the synthetic 40-item, 4-scale {@code bench-40.json} that
 * the end-to-end benchmark uses as well. Answers are complete and drawn with a fixed seed. Each
 * benchmark returns its result, which JMH sinks into a {@code Blackhole} so that the call cannot
 * be optimised away.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class QuestionnaireBenchmark {

  @Param({"mutuality-security", "bench-40"})
  public String questionnaire;

  private String json;
  private Questionnaire q;
  private Answers partnerA;
  private Answers partnerB;

  /** Reads the definition text, loads it once and draws both partners' answers. */
  @Setup
  public void setUp() {
    json = switch (questionnaire) {
      case "mutuality-security" ->
          resource(Questionnaire.class, "/io/github/dyadscore/questionnaires/mutuality-security.json");
      case "bench-40" -> resource(QuestionnaireBenchmark.class, "/bench-40.json");
      default -> throw new IllegalArgumentException("unknown questionnaire " + questionnaire);
    };
    q = Questionnaire.parse(json);
    SplittableRandom random = new SplittableRandom(20261126L);
    partnerA = randomAnswers(q, random);
    partnerB = randomAnswers(q, random);
  }

  private static String resource(Class<?> anchor, String name) {
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One answer per item, uniform over the item's response options. */
  private static Answers randomAnswers(Questionnaire q, SplittableRandom random) {
    Answers.Builder builder = Answers.builder();
    q.definition().items().forEach(item -> {
      var options = q.definition().responseScale(item.responseScale()).orElseThrow().options();
      builder.put(item.id(), options.get(random.nextInt(options.size())).code());
    });
    return builder.build();
  }

  /** Parses and validates the definition and compiles it for scoring. */
  @Benchmark
  public Questionnaire loadDefinition() {
    return Questionnaire.parse(json);
  }

  /** Scores one person. */
  @Benchmark
  public PersonScores scorePerson() {
    return q.score(partnerA);
  }

  /** One couple report with item-level detail (the default privacy). */
  @Benchmark
  public CoupleReport compareCouple() {
    return q.compare(partnerA, partnerB);
  }

  /** One couple report without any item answers. */
  @Benchmark
  public CoupleReport compareCoupleScalesOnly() {
    return q.compare(partnerA, partnerB, Privacy.SCALES_ONLY);
  }
}
