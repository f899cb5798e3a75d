package io.github.dyadscore.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.definition.DefinitionProblem;
import io.github.dyadscore.definition.InvalidDefinitionException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One test per bug the properties and the fuzzers found, so that none comes back. */
class FindingsRegressionTest {

  private static Questionnaire withOptions(String options, String weight) {
    return Questionnaire.parse("""
        {"formatVersion": 1, "id": "f", "version": "1", "title": {"en": "F"},
         "license": "x", "validated": true,
         "responseScales": [{"id": "r", "options": [%s]}],
         "items": [{"id": "plain", "responseScale": "r", "weight": %s},
                   {"id": "rev", "responseScale": "r", "reversed": true}],
         "scales": [{"id": "p", "name": {"en": "P"}, "items": ["plain"]},
                    {"id": "v", "name": {"en": "V"}, "items": ["rev"]}]}
        """.formatted(options, weight));
  }

  private static double reversed(Questionnaire q, int code) {
    return q.score(Answers.builder().put("rev", code).build()).scale("v").value();
  }

  /**
   * Found by KeyingPropertiesTest: lo + hi - x in binary arithmetic left the range (a value of
   * 14.149 on [12.648, 14.149] keyed to 12.647999999999998) and printed digits nobody wrote.
   * Reversal now works on the written decimals (CodeTable).
   */
  @Test
  void reversedDecimalValuesStayInTheirRangeAndKeepTheirDigits() {
    Questionnaire q = withOptions("{\"code\": 1, \"value\": 12.648}, "
        + "{\"code\": 2, \"value\": 13.5}, {\"code\": 3, \"value\": 14.149}", "1");
    assertThat(reversed(q, 3)).isEqualTo(12.648);
    assertThat(reversed(q, 1)).isEqualTo(14.149);
    assertThat(reversed(q, 2)).isEqualTo(13.297);

    Questionnaire tenths = withOptions("{\"code\": 1, \"value\": 0.1}, "
        + "{\"code\": 2, \"value\": 0.2}", "1");
    assertThat(reversed(tenths, 1)).isEqualTo(0.2); // not 0.20000000000000004
    assertThat(reversed(tenths, 2)).isEqualTo(0.1);
  }

  /**
   * Found while writing the generated-definition fuzzer: finite but huge point values or weights
   * were accepted, and then a sum overflowed, so that a mean of two answered items came out NaN
   * with the status TOO_FEW_ANSWERS, and sums came out infinite. Such definitions are now
   * rejected with the place of the number (DefinitionReader).
   */
  @Test
  void hugePointValuesAndWeightsAreRejectedWhereTheyStand() {
    InvalidDefinitionException e = catchThrowableOfType(InvalidDefinitionException.class,
        () -> withOptions("{\"code\": 1, \"value\": -1.7e308}, {\"code\": 2, \"value\": 7}",
            "1e308"));
    List<DefinitionProblem> problems = e.problems();
    assertThat(problems).extracting(DefinitionProblem::pointer)
        .containsExactly("/responseScales/0/options/0/value", "/items/0/weight");
    assertThat(problems.get(0).toString()).isEqualTo("<string>:3:66 at "
        + "/responseScales/0/options/0/value: found -1.7E308; expected a value from -1e12 to "
        + "1e12");
    assertThat(problems.get(1).message())
        .isEqualTo("found 1.0E308; expected a weight greater than 0 and at most 1e12");
  }

  @Test
  void largeButSafeValuesStillScoreFinitely() {
    Questionnaire q = withOptions("{\"code\": 1, \"value\": -1e12}, "
        + "{\"code\": 2, \"value\": 1e12}", "1e12");
    assertThat(q.score(Answers.builder().put("plain", 2).put("rev", 2).build()).scale("p")
        .value()).isEqualTo(1e12);
    assertThat(reversed(q, 2)).isEqualTo(-1e12);
  }
}
