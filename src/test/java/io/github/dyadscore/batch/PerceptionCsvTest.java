package io.github.dyadscore.batch;

import static io.github.dyadscore.batch.BatchTesting.lines;
import static io.github.dyadscore.batch.BatchTesting.resource;
import static io.github.dyadscore.batch.BatchTesting.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.couple.Privacy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * perception.csv from a batch run: the R golden values of src/test/r/perception-golden.R, line for
 * line, and no perception.csv when the file has no prediction columns.
 */
class PerceptionCsvTest {

  @TempDir Path out;

  @Test
  void perceptionCsvEqualsTheRGoldenValuesLineForLine() throws IOException {
    Questionnaire q = Questionnaire.load(resource("perception/perception.json"));
    BatchSummary summary = score(q, resource("golden/perception/couples.csv"), out,
        BatchOptions.defaults());

    assertThat(summary.couplesComplete()).isEqualTo(77);
    List<String> actual = lines(out.resolve("perception.csv"));
    List<String> expected = lines(resource("golden/perception/perception-couples.csv"));
    assertThat(actual.get(0)).isEqualTo(String.join(",", PerceptionWriter.COLUMNS));
    assertThat(actual).hasSameSizeAs(expected);
    for (int l = 1; l < expected.size(); l++) {
      String[] a = actual.get(l).split(",", -1);
      String[] e = expected.get(l).split(",", -1);
      assertThat(a).as("line %d", l + 1).hasSameSizeAs(e);
      for (int c = 0; c < e.length; c++) {
        String what = "line " + (l + 1) + " column " + PerceptionWriter.COLUMNS.get(c);
        if (c < 3 || e[c].equals("NA")) {
          assertThat(a[c]).as(what).isEqualTo(e[c]);
        } else {
          assertThat(Double.parseDouble(a[c])).as(what)
              .isCloseTo(Double.parseDouble(e[c]), within(1e-9));
        }
      }
    }
  }

  /**
   * Under SCALES_ONLY, as in a partner's report: hits, accuracy, the mean absolute error and the
   * Kenny and Acitelli regression pair each prediction with the other's answer, so they are NA;
   * everything over fewer than three items is NA; the bias and the scale scores remain.
   */
  @Test
  void scalesOnlyPerceptionCsvWithholdsItemLevelFiguresAndSmallCounts() throws IOException {
    Questionnaire q = Questionnaire.load(resource("perception/perception.json"));
    Path shared = out.resolve("shared");
    Path scalesOnly = out.resolve("scales");
    score(q, resource("golden/perception/couples.csv"), shared, BatchOptions.defaults());
    score(q, resource("golden/perception/couples.csv"), scalesOnly,
        BatchOptions.builder().privacy(Privacy.SCALES_ONLY).build());

    List<String> all = lines(shared.resolve("perception.csv"));
    List<String> withheld = lines(scalesOnly.resolve("perception.csv"));
    assertThat(withheld).hasSameSizeAs(all);
    List<String> columns = PerceptionWriter.COLUMNS;
    List<String> itemLevel = List.of("accuracy", "exact_hits", "within_one_hits",
        "mean_absolute_error", "ka_intercept", "ka_truth", "ka_assumed_similarity");
    int few = 0;
    int shown = 0;
    for (int l = 1; l < all.size(); l++) {
      String[] a = all.get(l).split(",", -1);
      String[] w = withheld.get(l).split(",", -1);
      int items = Integer.parseInt(w[columns.indexOf("items")]);
      // A scope whose difference from an overlapping one rests on fewer than three items is
      // withheld whole (PerceptionEngine.shownScopes): its bias is NA although it has 3 or more.
      boolean scopeWithheld = w[columns.indexOf("bias")].equals("NA")
          && !a[columns.indexOf("bias")].equals("NA");
      for (int c = 4; c < columns.size(); c++) {
        String what = "line " + (l + 1) + " " + columns.get(c);
        if (items < Privacy.MINIMUM_SHARED_ITEMS || itemLevel.contains(columns.get(c))
            || scopeWithheld) {
          assertThat(w[c]).as(what).isEqualTo("NA");
        } else {
          assertThat(w[c]).as(what).isEqualTo(a[c]);
        }
      }
      if (items < Privacy.MINIMUM_SHARED_ITEMS && !a[columns.indexOf("bias")].equals("NA")) {
        few++;
      } else if (!a[columns.indexOf("bias")].equals("NA")) {
        shown++;
      }
    }
    assertThat(few).as("lines over one or two items with a bias when items are shared")
        .isPositive();
    assertThat(shown).isPositive();
  }

  @Test
  void aFileWithoutPredictionColumnsWritesNoPerceptionCsv() throws IOException {
    Questionnaire q = Questionnaire.bundled("mutuality-security");
    BatchSummary summary = score(q, resource("batch/bad/duplicate-person.csv"), out,
        BatchOptions.defaults());

    assertThat(summary.couplesComplete()).isPositive();
    assertThat(Files.exists(out.resolve("perception.csv"))).isFalse();
    assertThat(Files.exists(out.resolve("couples.csv"))).isTrue();
  }

  @Test
  void predictionColumnsOfOnePartnerAreEnoughForPerceptionCsv() throws IOException {
    Questionnaire q = Questionnaire.load(resource("perception/perception.json"));
    Path input = out.resolve("wide.csv");
    StringBuilder header = new StringBuilder("couple");
    StringBuilder row = new StringBuilder("1");
    for (String prefix : List.of("A_", "B_")) {
      for (String item : List.of("c1", "c2", "c3", "c4", "c5", "c6", "t1", "t2", "t3", "t4",
          "t5", "t6")) {
        header.append(',').append(prefix).append(item);
        row.append(",").append(1 + Math.floorMod(item.hashCode() + prefix.charAt(0), 5));
      }
    }
    for (String item : List.of("pc1", "pc2", "pc3", "pc4")) {
      header.append(",A_").append(item);
      row.append(",3");
    }
    Files.writeString(input, header + "\n" + row + "\n");
    Path results = out.resolve("results");

    score(q, input, results, BatchOptions.defaults());

    List<String> lines = lines(results.resolve("perception.csv"));
    assertThat(lines).hasSize(1 + 2 * 4);
    assertThat(lines.get(1)).startsWith("1,A_about_B,NA,4,");
    assertThat(lines.get(5)).startsWith("1,B_about_A,NA,0,");
  }

  @Test
  void aQuestionnaireWithoutPredictionItemsWritesNoPerceptionCsv() throws IOException {
    score(BatchTesting.definition("mini.json"), resource("batch/mini-long.csv"), out,
        BatchOptions.defaults());
    assertThat(Files.exists(out.resolve("perception.csv"))).isFalse();
    assertThat(Files.exists(out.resolve("persons.csv"))).isTrue();
  }
}
