package io.github.dyadscore.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.hardening.RandomDefinitions.ItemSpec;
import io.github.dyadscore.hardening.RandomDefinitions.ScaleSpec;
import io.github.dyadscore.hardening.RandomDefinitions.Spec;
import io.github.dyadscore.hardening.RandomDefinitions.Values;
import io.github.dyadscore.testing.Gen;
import io.github.dyadscore.testing.Property;
import io.github.dyadscore.score.PersonScores;
import io.github.dyadscore.score.ScaleScore;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every score stays within its scale's possible range, on random definitions (random Likert
 * ranges and explicit option sets, reversal, weights, methods, minimums, composites) with random
 * answers including left-out items and missing codes.
 *
 * <p>The range of a score depends on which items were answered (A) out of all the scale's items
 * (S), each with keyed range [lo_i, hi_i] and weight w_i: a mean lies in [min_A lo, max_A hi], a
 * sum in [sum_A w lo, sum_A w hi], a prorated sum in W [min_A lo, max_A hi] with W = sum_S w. A
 * composite's range follows from its scored components' ranges (k of n scored): a mean lies in
 * [min lo_c, max hi_c], a sum in [sum lo_c, sum hi_c], a prorated sum in n/k times that. Bounds
 * allow 1e-9 (relative) for rounding: a weighted mean of equal values need not be bit-identical
 * to them.
 */
class ScoreRangePropertiesTest {

  private static final int ANSWER_SETS = 25;

  @Test
  void everyScoreStaysWithinItsScalesPossibleRange() {
    Property.tries(300).forAll(Gen.seeds(), Gen.enums(Values.class),
        ScoreRangePropertiesTest::scoresWithinRange);
  }

  private static void scoresWithinRange(long seed, Values kind) {
    Random random = new Random(seed);
    Spec spec = RandomDefinitions.random(random, kind, false);
    Questionnaire q = spec.load();
    for (int n = 0; n < ANSWER_SETS; n++) {
      Answers answers = spec.answers(random);
      PersonScores scores = q.score(answers);
      Map<String, double[]> bounds = new HashMap<>();
      for (ScaleSpec scale : spec.scales()) {
        ScaleScore score = scores.scale(scale.id());
        double[] range = scale.components().isEmpty()
            ? itemScaleRange(scale, answers, score) : compositeRange(scale, scores, bounds);
        bounds.put(scale.id(), range);
        assertThat(score.isScored()).isEqualTo(!Double.isNaN(score.value()));
        if (score.isScored()) {
          assertThat(score.value()).as("%s of %s", scale.id(), spec.json())
              .isBetween(range[0] - tolerance(range[0]), range[1] + tolerance(range[1]));
        }
      }
    }
  }

  /**
   * Prorating never leaves the full-length range: a prorated sum over items of one response
   * scale lies in [W lo, W hi] however many items are answered, and equals the plain sum when all
   * are answered.
   */
  @Test
  void proratingNeverLeavesTheFullLengthRange() {
    Property.tries(300).forAll(Gen.seeds(), Gen.enums(Values.class),
        ScoreRangePropertiesTest::proratedWithinRange);
  }

  private static void proratedWithinRange(long seed, Values kind) {
    Random random = new Random(seed);
    Spec spec = RandomDefinitions.random(random, kind, true);
    Questionnaire q = spec.load();
    for (int n = 0; n < ANSWER_SETS; n++) {
      Answers answers = spec.answers(random);
      PersonScores scores = q.score(answers);
      for (ScaleSpec scale : spec.scales()) {
        if (!scale.method().equals("prorated-sum") || scale.items().isEmpty()
            || !scores.scale(scale.id()).isScored()) {
          continue;
        }
        double total = scale.items().stream().mapToDouble(ItemSpec::weight).sum();
        double lo = total * scale.items().get(0).scale().lo();
        double hi = total * scale.items().get(0).scale().hi();
        double value = scores.scale(scale.id()).value();
        assertThat(value).as("%s of %s", scale.id(), spec.json())
            .isBetween(lo - tolerance(lo), hi + tolerance(hi));
        if (answered(scale, answers).size() == scale.items().size()) {
          double sum = 0;
          for (ItemSpec item : scale.items()) {
            sum += item.weight() * keyed(item, answers.code(item.id()).getAsInt());
          }
          assertThat(value).isCloseTo(sum, org.assertj.core.data.Offset.offset(tolerance(sum)));
        }
      }
    }
  }

  private static double tolerance(double bound) {
    return 1e-9 * Math.max(1, Math.abs(bound));
  }

  private static double[] itemScaleRange(ScaleSpec scale, Answers answers, ScaleScore score) {
    List<ItemSpec> answered = answered(scale, answers);
    assertThat(score.answered()).isEqualTo(answered.size());
    assertThat(score.missing()).isEqualTo(scale.items().size() - answered.size());
    double minLo = Double.POSITIVE_INFINITY;
    double maxHi = Double.NEGATIVE_INFINITY;
    double sumLo = 0;
    double sumHi = 0;
    for (ItemSpec item : answered) {
      minLo = Math.min(minLo, item.scale().lo());
      maxHi = Math.max(maxHi, item.scale().hi());
      sumLo += item.weight() * item.scale().lo();
      sumHi += item.weight() * item.scale().hi();
    }
    double total = scale.items().stream().mapToDouble(ItemSpec::weight).sum();
    return switch (scale.method()) {
      case "mean" -> new double[] {minLo, maxHi};
      case "sum" -> new double[] {sumLo, sumHi};
      default -> new double[] {total * minLo, total * maxHi};
    };
  }

  private static double[] compositeRange(
      ScaleSpec scale, PersonScores scores, Map<String, double[]> bounds) {
    double minLo = Double.POSITIVE_INFINITY;
    double maxHi = Double.NEGATIVE_INFINITY;
    double sumLo = 0;
    double sumHi = 0;
    int scored = 0;
    for (String component : scale.components()) {
      if (scores.scale(component).isScored()) {
        double[] range = bounds.get(component);
        minLo = Math.min(minLo, range[0]);
        maxHi = Math.max(maxHi, range[1]);
        sumLo += range[0];
        sumHi += range[1];
        scored++;
      }
    }
    assertThat(scores.scale(scale.id()).answered()).isEqualTo(scored);
    double factor = (double) scale.components().size() / scored;
    return switch (scale.method()) {
      case "mean" -> new double[] {minLo, maxHi};
      case "sum" -> new double[] {sumLo, sumHi};
      default -> new double[] {factor * sumLo, factor * sumHi};
    };
  }

  /** The scale's items that carry an option code (not left out, not a missing code). */
  static List<ItemSpec> answered(ScaleSpec scale, Answers answers) {
    return scale.items().stream().filter(item -> {
      var code = answers.code(item.id());
      return code.isPresent() && optionIndex(item, code.getAsInt()) >= 0;
    }).toList();
  }

  static int optionIndex(ItemSpec item, int code) {
    int[] codes = item.scale().codes();
    for (int o = 0; o < codes.length; o++) {
      if (codes[o] == code) {
        return o;
      }
    }
    return -1;
  }

  static double keyed(ItemSpec item, int code) {
    return item.keyed(item.scale().values()[optionIndex(item, code)]);
  }
}
