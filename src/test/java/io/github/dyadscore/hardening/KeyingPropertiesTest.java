package io.github.dyadscore.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.hardening.RandomDefinitions.ItemSpec;
import io.github.dyadscore.hardening.RandomDefinitions.ResponseSpec;
import io.github.dyadscore.hardening.RandomDefinitions.ScaleSpec;
import io.github.dyadscore.hardening.RandomDefinitions.Spec;
import io.github.dyadscore.hardening.RandomDefinitions.Values;
import io.github.dyadscore.testing.Gen;
import io.github.dyadscore.testing.Property;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Reverse keying twice is the identity, observed through the public API only: the keyed value of
 * an answer is the score of a single-item mean scale.
 */
class KeyingPropertiesTest {

  /** A definition with one reversed item 'r' and one plain item 'n', each its own mean scale. */
  private static Questionnaire pair(ResponseSpec scale) {
    ItemSpec reversed = new ItemSpec("r", scale, true, 1);
    ItemSpec plain = new ItemSpec("n", scale, false, 1);
    return new Spec(List.of(scale), List.of(reversed, plain), List.of(
        new ScaleSpec("sr", List.of(reversed), List.of(), "mean", null),
        new ScaleSpec("sn", List.of(plain), List.of(), "mean", null))).load();
  }

  private static double keyed(Questionnaire q, String item, int code) {
    return q.score(Answers.builder().put(item, code).build()).scale("s" + item).value();
  }

  /**
   * On a Likert range every keyed value of a reversed item is itself a code of the range, so the
   * reversed item can be answered with it: that gives back the original code.
   */
  @Test
  void reversingALikertAnswerTwiceGivesItBack() {
    Property.tries(200).forAll(Gen.ints(-1000, 1000), Gen.ints(2, 1001),
        KeyingPropertiesTest::likertReversedTwice);
  }

  private static void likertReversedTwice(int min, int size) {
    Questionnaire q = pair(RandomDefinitions.likert("likert", min, size, new int[0]));
    int max = min + size - 1;
    for (int code = min; code <= max; code++) {
      double once = keyed(q, "r", code);
      assertThat(once).isEqualTo((double) (min + max - code));
      assertThat(keyed(q, "r", (int) once)).isEqualTo((double) code);
      assertThat(keyed(q, "n", code)).isEqualTo((double) code);
    }
  }

  /**
   * On an explicit option set the keyed values of a reversed item become the values of a second
   * response scale with the same codes; reversing on that scale gives back every original value,
   * exactly. Every keyed value also lies within the original [lo, hi], exactly.
   */
  @Test
  void reversingExplicitOptionsTwiceGivesBackTheirValues() {
    Property.tries(500).forAll(Gen.seeds(), Gen.enums(Values.class),
        KeyingPropertiesTest::explicitReversedTwice);
  }

  private static void explicitReversedTwice(long seed, Values kind) {
    ResponseSpec original = RandomDefinitions.explicit("options", new Random(seed), kind,
        new int[0]);
    Questionnaire first = pair(original);
    int[] codes = original.codes();
    double[] once = new double[codes.length];
    for (int o = 0; o < codes.length; o++) {
      once[o] = keyed(first, "r", codes[o]);
      assertThat(once[o]).as("keyed value of %s", original.values()[o])
          .isBetween(original.lo(), original.hi());
      assertThat(keyed(first, "n", codes[o])).isEqualTo(original.values()[o]);
    }
    Questionnaire second = pair(new ResponseSpec("options", false, codes, once, new int[0]));
    for (int o = 0; o < codes.length; o++) {
      assertThat(keyed(second, "r", codes[o])).as("value %s reversed twice (%s)",
          original.values()[o], original.json()).isEqualTo(original.values()[o]);
    }
  }
}
