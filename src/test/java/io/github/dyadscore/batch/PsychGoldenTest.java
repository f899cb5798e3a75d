package io.github.dyadscore.batch;

import static io.github.dyadscore.batch.BatchTesting.definition;
import static io.github.dyadscore.batch.BatchTesting.lines;
import static io.github.dyadscore.batch.BatchTesting.resource;
import static io.github.dyadscore.batch.BatchTesting.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.batch.BatchOptions.Imputation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * persons.csv against R psych 2.2.9's {@code scoreItems(keys, items, totals = FALSE, min = 1, max
 * = 6, impute = X)$scores} on 1400 synthetic couples (src/test/r/synthetic-couples.R); expected values and the R
 * script in {@code src/test/resources/golden/psych} and {@code src/test/r/psych-golden.R}.
 * Tolerance 1e-9: the mean and median paths of psych add the signed sum and the reversal constant
 * before dividing, so the last bits differ from a mean of keyed values.
 */
class PsychGoldenTest {

  private static final double TOLERANCE = 1e-9;
  private static final List<String> SCALES =
      List.of("agree", "conscientious", "extraversion", "neuroticism", "openness");
  private static final Questionnaire BFI = definition("bfi.json");

  @TempDir Path dir;

  @ParameterizedTest(name = "{0} layout, impute = {1}")
  @CsvSource({"long, NONE", "long, MEAN", "long, MEDIAN", "wide, NONE", "wide, MEAN",
      "wide, MEDIAN"})
  void personsScoresEqualPsychScoreItems(String layout, Imputation imputation) throws IOException {
    Path out = dir.resolve(layout + imputation);
    BatchSummary summary = score(BFI, resource("golden/psych/synthetic-couples-" + layout + ".csv"), out,
        BatchOptions.builder().imputation(imputation).build());
    assertThat(summary.personsScored()).isEqualTo(2800);
    assertThat(summary.rowsRejected()).isZero();

    List<String> expected = lines(resource("golden/psych/scoreItems-"
        + imputation.name().toLowerCase(Locale.ROOT) + ".csv"));
    List<String> actual = lines(out.resolve("persons.csv"));
    assertThat(actual).hasSameSizeAs(expected);
    List<String> header = Arrays.asList(actual.get(0).split(",", -1));
    List<String> expectedHeader = Arrays.asList(expected.get(0).split(",", -1));
    for (int row = 1; row < expected.size(); row++) {
      String[] e = expected.get(row).split(",", -1);
      String[] a = actual.get(row).split(",", -1);
      assertThat(a[0] + "," + a[1]).isEqualTo(e[0] + "," + e[1]);
      for (String scale : SCALES) {
        String want = e[expectedHeader.indexOf(scale)];
        String got = a[header.indexOf(scale)];
        if (want.equals("NA")) {
          assertThat(got).as("row %d %s", row, scale).isEqualTo("NA");
        } else {
          assertThat(Double.parseDouble(got)).as("row %d %s", row, scale)
              .isCloseTo(Double.parseDouble(want), within(TOLERANCE));
        }
      }
    }
  }

  /** small-cases.md case 1: 6 persons x 4 items on 1..5, Q3 reversed, 2 missing answers. */
  @ParameterizedTest(name = "impute = {0}")
  @CsvSource({"NONE, 4, 3, 4.25, 2.25, 2, 2.25", "MEAN, 4, 3.05, 4.25, 2.25, 2.25, 2.25",
      "MEDIAN, 4, 3, 4.25, 2.25, 2.25, 2.25"})
  void smallCaseEqualsPsychByHand(Imputation imputation, double p1, double p2, double p3,
      double p4, double p5, double p6) throws IOException {
    Path out = dir.resolve(imputation.name());
    score(definition("psych-small.json"), resource("batch/psych-small.csv"), out,
        BatchOptions.builder().imputation(imputation).build());
    List<String> persons = lines(out.resolve("persons.csv"));
    double[] want = {p1, p2, p3, p4, p5, p6};
    for (int i = 0; i < 6; i++) {
      String[] cells = persons.get(i + 1).split(",", -1);
      assertThat(Double.parseDouble(cells[2])).as("person %d", i + 1)
          .isCloseTo(want[i], within(TOLERANCE));
    }
  }

  /**
   * small-cases.md case 2: a person who answered no item of a scale. psych gives NaN under
   * "none" (matched) and the mean of the imputed item means or medians under "mean" and "median"
   * (3.3333 and 3.5). dyadscore deliberately gives no score: the definition's minimum answered
   * items decides whether a scale is scored, imputation only fills the rest.
   */
  @Test
  void personWithNoAnsweredItemHasNoScoreEvenWithImputation() throws IOException {
    for (Imputation imputation : Imputation.values()) {
      Path out = dir.resolve("pair" + imputation);
      score(definition("psych-small.json"), resource("batch/psych-small.csv"), out,
          BatchOptions.builder().imputation(imputation).build());
      List<String> persons = lines(out.resolve("persons.csv"));
      // person 3 is couple 2, partner A; pair = columns 5..7
      assertThat(persons.get(3)).as(imputation.name()).startsWith("2,A,")
          .contains(",NA,0,too_few_answers");
      double person1 = Double.parseDouble(persons.get(1).split(",")[5]);
      assertThat(person1).isEqualTo(1.5);
    }
  }
}
