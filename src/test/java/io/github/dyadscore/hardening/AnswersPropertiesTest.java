package io.github.dyadscore.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.Answers;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * {@link Answers#fromJson} reads back exactly what the builder holds: every 32-bit code, any item
 * id however it has to be escaped, nulls as unanswered, and the order of the answers.
 */
class AnswersPropertiesTest {

  /**
   * Found by this property: codes from -1,000,000,000 down to -2,147,483,648 fit 32 bits but were
   * rejected as "expected an integer code", because the reader cut integers off at 10 characters.
   */
  @Property(tries = 2000)
  void everyThirtyTwoBitCodeReadsBack(@ForAll int code) {
    assertThat(Answers.fromJson("{\"m1\": " + code + "}", "a.json"))
        .isEqualTo(Answers.builder().put("m1", code).build());
  }

  @Property(tries = 1000)
  void codesBeyondThirtyTwoBitsAreRejectedAsSuch(@ForAll long code) {
    if (code == (int) code) {
      return;
    }
    assertThat(org.assertj.core.api.Assertions.catchThrowable(
        () -> Answers.fromJson("{\"m1\": " + code + "}", "a.json")))
        .hasMessage("a.json:1:8 at /m1: found the number " + code
            + " for item 'm1'; expected a code that fits in 32 bits");
  }

  @Property(tries = 500)
  void answersWrittenAsJsonReadBackInOrder(
      @ForAll("answerMaps") Map<String, Integer> answers) {
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

  @Provide
  Arbitrary<Map<String, Integer>> answerMaps() {
    Arbitrary<String> ids = Arbitraries.strings().withCharRange(' ', '~')
        .withCharRange('\u0000', '\u001f').withCharRange('\u00a0', '\u024f')
        .withChars('"', '\\', '/', '\u2028', '\u20ac').ofMaxLength(12);
    Arbitrary<Integer> codes = Arbitraries.oneOf(Arbitraries.integers().between(-100, 100),
        Arbitraries.integers(), Arbitraries.just(null));
    return Arbitraries.maps(ids, codes).ofMaxSize(40).map(LinkedHashMap::new);
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
