package io.github.dyadscore.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.dyadscore.batch.CsvCells;
import io.github.dyadscore.internal.DyadscoreVersion;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The reliability command on the psych golden data (src/test/resources/golden/psych): its CSV
 * output carries psych::alpha's numbers, from alpha.csv written by src/test/r/psych-golden.R.
 */
class ReliabilityCommandTest {

  private static final String BFI = "src/test/resources/batch/bfi.json";
  private static final String DATA = "src/test/resources/golden/psych/synthetic-couples-long.csv";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private static String[] row(Path file, String prefix) throws Exception {
    return Files.readAllLines(file).stream().filter(l -> l.startsWith(prefix)).findFirst()
        .orElseThrow().split(",");
  }

  @Test
  void writesPsychAlphaAndTheDyadicCorrelationPerScale(@TempDir Path dir) throws Exception {
    assertThat(run("reliability", BFI, DATA, "-o", dir.toString(), "--threads", "2")).isZero();
    List<String> header = List.of(Files.readAllLines(dir.resolve("reliability.csv")).get(0)
        .split(","));
    String[] agree = row(dir.resolve("reliability.csv"), "agree,all,");
    String[] golden = row(Path.of("src/test/resources/golden/psych/alpha.csv"),
        "agree,raw_alpha,");
    assertThat(Double.parseDouble(agree[header.indexOf("raw_alpha")]))
        .isCloseTo(Double.parseDouble(golden[3]), within(1e-12));
    assertThat(agree[header.indexOf("couples")]).isEqualTo("1400");
    assertThat(err.toString().strip()).isEqualTo("dyadscore: 2800 rows read, 0 rejected; "
        + "2800 persons, 1400 complete couples; results in " + dir);
    assertThat(out.toString()).doesNotContain("rows read");
    assertThat(Files.readAllLines(dir.resolve("reliability-items.csv")).get(0))
        .startsWith("scale,group,item,answers,mean,sd,r_drop,alpha_if_deleted");
  }

  @Test
  void writesOmegaTotalAndThePartnersKappaPerItem(@TempDir Path dir) throws Exception {
    String definition = "src/test/resources/golden/profiles/definition.json";
    String data = "src/test/resources/golden/profiles/data-long.csv";
    assertThat(run("reliability", definition, data, "-o", dir.toString(), "--threads", "2"))
        .isZero();
    List<String> header = List.of(Files.readAllLines(dir.resolve("reliability.csv")).get(0)
        .split(","));
    String[] warmthA = row(dir.resolve("reliability.csv"), "warmth,A,");
    String[] golden = row(Path.of("src/test/resources/golden/profiles/omega.csv"), "warmth,A,");
    assertThat(Double.parseDouble(warmthA[header.indexOf("omega_total")]))
        .isCloseTo(Double.parseDouble(golden[3]), within(1e-6));
    assertThat(row(dir.resolve("reliability.csv"), "pair,all,")[header.indexOf("omega_total")])
        .isEqualTo("NA");
    List<String> kappa = Files.readAllLines(dir.resolve("reliability-kappa.csv"));
    assertThat(kappa.get(0)).isEqualTo("item,couples,categories,kappa,kappa_linear,"
        + "kappa_quadratic");
    String[] w1 = row(dir.resolve("reliability-kappa.csv"), "w1,");
    String[] goldenW1 = row(Path.of("src/test/resources/golden/profiles/kappa.csv"), "w1,");
    assertThat(w1[1]).isEqualTo(goldenW1[1]);
    for (int c = 3; c <= 5; c++) {
      assertThat(Double.parseDouble(w1[c])).isCloseTo(Double.parseDouble(goldenW1[c]),
          within(1e-9));
    }
    assertThat(kappa).hasSize(12);
    assertThat(out.toString()).contains("omega_t");
  }

  @Test
  void resultsDoNotDependOnTheThreadCount(@TempDir Path dir) throws Exception {
    assertThat(run("reliability", BFI, DATA, "-o", dir.resolve("one").toString(),
        "--threads", "1")).isZero();
    assertThat(run("reliability", BFI, DATA, "-o", dir.resolve("two").toString(),
        "--threads", "2")).isZero();
    for (String name : List.of("reliability.csv", "reliability-items.csv",
        "reliability-kappa.csv")) {
      assertThat(Files.readString(dir.resolve("two").resolve(name)))
          .isEqualTo(Files.readString(dir.resolve("one").resolve(name)));
    }
  }

  @Test
  void numbersAreWrittenAsScoreWritesThemAndEveryRowSaysWhatProducedIt(@TempDir Path dir)
      throws Exception {
    assertThat(run("reliability", BFI, DATA, "-o", dir.toString())).isZero();
    List<String> lines = Files.readAllLines(dir.resolve("reliability.csv"));
    List<String> header = List.of(lines.get(0).split(","));
    assertThat(header.subList(header.size() - 4, header.size())).containsExactly("alpha_from",
        "questionnaire", "questionnaire_version", "dyadscore_version");
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      assertThat(List.of(cells).subList(cells.length - 4, cells.length)).containsExactly(
          "pairwise", "bfi", "1.0.0", DyadscoreVersion.get());
      for (int c = 2; c < cells.length - 4; c++) {
        if (!cells[c].equals("NA")) {
          // R's write.csv text of the same double: 15 significant digits, never 17.
          assertThat(cells[c]).as("%s column %s", cells[0], header.get(c))
              .isEqualTo(CsvCells.number(Double.parseDouble(cells[c])));
        }
      }
    }
  }

  @Test
  void rejectedRowsAreLeftOutAndCountedWithoutClaimingAnErrorsFile(@TempDir Path dir)
      throws Exception {
    Path input = dir.resolve("in.csv");
    Files.writeString(input, "couple,partner,c1,c2,c3,c4\n1,A,4,2,5,3\n1,B,1,1,1,9\n"
        + "2,A,3,3,3,3\n2,B,2,4,1,5\n");
    Path results = dir.resolve("results");
    assertThat(run("reliability", "src/test/resources/batch/mini.json", input.toString(), "-o",
        results.toString())).isEqualTo(ExitCodes.ROWS_REJECTED);
    assertThat(err.toString().strip()).isEqualTo("dyadscore: 4 rows read, 1 rejected (left out; "
        + "run 'dyadscore score' to list them in errors.csv); 3 persons, 1 complete couples; "
        + "results in " + results);
    assertThat(results.resolve("errors.csv")).doesNotExist();
    assertThat(results.resolve("reliability.csv")).exists();
  }
}
