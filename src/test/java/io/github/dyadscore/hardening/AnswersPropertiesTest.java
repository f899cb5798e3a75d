package io.github.dyadscore.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.Answers;
import io.github.dyadscore.testing.Gen;
import io.github.dyadscore.testing.Property;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link Answers#fromJson} reads back exactly what the builder holds: every 32-bit code, any item
 * id however it has to be escaped, nulls as unanswered, and the order of the answers.
 */
class AnswersPropertiesTest {

  /**
   * Found by this property: codes from -1,000,000,000 down to -2,147,483,648 fit 32 bits but were
   * rejected as "expected an integer code", because the reader cut integers off at 10 characters.
   */
  @Test
  void everyThirtyTwoBitCodeReadsBack() {
    Property.tries(2000).forAll(Gen.ints(), code ->
        assertThat(Answers.fromJson("{\"m1\": " + code + "}", "a.json"))
            .isEqualTo(Answers.builder().put("m1", code).build()));
  }

  @Test
  void codesBeyondThirtyTwoBitsAreRejectedAsSuch() {
    Gen<Long> beyond = Gen.longs().filter(code -> code != (int) (long) code);
    Property.tries(1000).forAll(beyond, code ->
        assertThat(org.assertj.core.api.Assertions.catchThrowable(
            () -> Answers.fromJson("{\"m1\": " + code + "}", "a.json")))
            // The message does not echo the answer (a number is an answer value too).
            .hasMessage("a.json:1:8 at /m1: found a number too large for item 'm1'; "
                + "expected a code that fits in 32 bits"));
  }

  @Test
  void answersWrittenAsJsonReadBackInOrder() {
    Property.tries(500).forAll(answerMaps(), AnswersPropertiesTest::readsBackInOrder);
  }

  private static void readsBackInOrder(Map<String, Integer> answers) {
    StringBuilder json = new StringBuilder("{");
    Answers.Builder expected = Answers.builder();
    for (Map.Entry<String, Integer> answer : answers.entrySet()) {
      json.append(json.length() == 1 ? "" : ", ").append(quote(answer.getKey())).append(": ")
          .append(answer.getValue() == null ? "null" : answer.getValue().toString());
      if (answer.getValue() != null) {
        expected.put(answer.getKey(), answer.getValue());
      }
    }
    Answers read = Answers.fromJson(json.append('}').toString(), "a.json");
    assertThat(read).isEqualTo(expected.build());
    assertThat(read.asMap().keySet()).containsExactlyElementsOf(expected.build().asMap().keySet());
    assertThat(read.toString()).isEqualTo("Answers[" + read.size() + " items]");
  }

  /** Item ids with characters JSON must escape, and codes small, large or null (unanswered). */
  static Gen<Map<String, Integer>> answerMaps() {
    Gen<String> ids = Gen.strings(Gen.oneOf(Gen.chars(' ', '~'), Gen.chars('\u0000', '\u001f'),
        Gen.chars('\u00a0', '\u024f'), Gen.elements('"', '\\', '/', '\u2028', '\u20ac')), 12);
    Gen<Integer> codes = Gen.oneOf(Gen.ints(-100, 100), Gen.ints(), Gen.constant(null));
    return Gen.maps(ids, codes, 40);
  }

  private static String quote(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20) {
        quoted.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }
}
