package io.github.dyadscore.batch;

import static io.github.dyadscore.batch.BatchTesting.lines;
import static io.github.dyadscore.batch.BatchTesting.resource;
import static io.github.dyadscore.batch.BatchTesting.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.dyadscore.Questionnaire;
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
