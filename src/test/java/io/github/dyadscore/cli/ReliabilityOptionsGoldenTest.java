package io.github.dyadscore.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * {@code reliability --complete-cases} equals psych::alpha on each scale's complete rows, and
 * {@code reliability --impute mean|median} equals the alpha psych::scoreItems computes from the
 * imputed answers: golden values from src/test/r/reliability-options.R (psych 2.2.9) on its
 * synthetic data, to 1e-12.
 */
class ReliabilityOptionsGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/reliability-options");
  private static final String DEFINITION = GOLDEN.resolve("two-scales.json").toString();
  private static final String DATA = GOLDEN.resolve("couples-long.csv").toString();

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  /** method,group,scale,statistic to value. */
  private static Map<String, Double> golden() throws IOException {
    Map<String, Double> values = new HashMap<>();
    List<String> lines = Files.readAllLines(GOLDEN.resolve("golden.csv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      values.put(f[0] + "," + f[1] + "," + f[2] + "," + f[3], Double.parseDouble(f[4]));
    }
    return values;
  }

  /** The rows of a written CSV keyed by their first columns, each a column-name map. */
  private static Map<String, Map<String, String>> table(Path file, int keyColumns)
      throws IOException {
    List<String> lines = Files.readAllLines(file);
    String[] header = lines.get(0).split(",");
    Map<String, Map<String, String>> rows = new HashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1);
      Map<String, String> row = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], f[i]);
      }
      rows.put(String.join(",", List.of(f).subList(0, keyColumns)), row);
    }
    return rows;
  }

  @Test
  void completeCasesEqualPsychAlphaOnTheCompleteRowsOfEachScale() throws IOException {
    assertThat(run("reliability", DEFINITION, DATA, "--complete-cases", "-o", dir.toString()))
        .isZero();
    Map<String, Double> golden = golden();
    Map<String, Map<String, String>> rows = table(dir.resolve("reliability.csv"), 2);
    for (String group : List.of("all", "A", "B")) {
      for (String scale : List.of("warmth", "conflict")) {
        Map<String, String> row = rows.get(scale + "," + group);
        String key = "complete_cases," + group + "," + scale + ",";
        assertThat(Long.parseLong(row.get("n_rows")))
            .isEqualTo(golden.get(key + "n").longValue());
        assertThat(Long.parseLong(row.get("n_complete")))
            .isEqualTo(golden.get(key + "n").longValue());
        for (String[] pair : new String[][] {{"raw_alpha", "raw_alpha"},
            {"std_alpha", "std_alpha"}, {"average_r", "average_r"},
            {"feldt_lower", "feldt_lower"}, {"feldt_upper", "feldt_upper"}}) {
          assertThat(Double.parseDouble(row.get(pair[0])))
              .as("%s %s %s", group, scale, pair[0])
              .isCloseTo(golden.get(key + pair[1]), within(1e-12));
        }
        assertThat(row.get("alpha_from")).isEqualTo("complete_cases");
      }
    }
    assertThat(out.toString()).startsWith("Alpha per scale from the persons who answered all "
        + "its items (psych::alpha on complete rows).");
  }

  @ParameterizedTest
  @CsvSource({"median", "mean"})
  void imputedAlphaEqualsPsychScoreItemsWithTheSameImputation(String impute) throws IOException {
    assertThat(run("reliability", DEFINITION, DATA, "--impute", impute, "-o", dir.toString()))
        .isZero();
    Map<String, Double> golden = golden();
    Map<String, Map<String, String>> scales = table(dir.resolve("reliability.csv"), 2);
    Map<String, Map<String, String>> items = table(dir.resolve("reliability-items.csv"), 3);
    String method = "imputed_" + impute;
    for (String scale : List.of("warmth", "conflict")) {
      Map<String, String> row = scales.get(scale + ",all");
      String key = method + ",all," + scale + ",";
      assertThat(Double.parseDouble(row.get("raw_alpha")))
          .isCloseTo(golden.get(key + "raw_alpha"), within(1e-12));
      assertThat(Long.parseLong(row.get("n_rows"))).isEqualTo(500);
      assertThat(Long.parseLong(row.get("n_complete"))).as("imputed: every person complete")
          .isEqualTo(500);
      assertThat(row.get("alpha_from")).isEqualTo(method);
      for (int i = 1; i <= 8; i++) {
        Map<String, String> item = items.get(scale + ",all,r" + i);
        if (item != null) {
          assertThat(Double.parseDouble(item.get("r_drop")))
              .isCloseTo(golden.get(key + "r_drop_r" + i), within(1e-12));
        }
      }
    }
  }

  @Test
  void defaultAlphaDiffersFromBothSoTheOptionsAreNotIgnored() throws IOException {
    assertThat(run("reliability", DEFINITION, DATA, "-o", dir.toString())).isZero();
    Map<String, Double> golden = golden();
    Map<String, String> row = table(dir.resolve("reliability.csv"), 2).get("warmth,all");
    double pairwise = Double.parseDouble(row.get("raw_alpha"));
    assertThat(Math.abs(pairwise - golden.get("complete_cases,all,warmth,raw_alpha")))
        .isGreaterThan(1e-6);
    assertThat(Math.abs(pairwise - golden.get("imputed_median,all,warmth,raw_alpha")))
        .isGreaterThan(1e-6);
    assertThat(row.get("alpha_from")).isEqualTo("pairwise");
  }

  @Test
  void completeCasesWithImputationIsAUsageError() {
    assertThat(run("reliability", DEFINITION, DATA, "--complete-cases", "--impute", "median"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).startsWith("dyadscore: --complete-cases and --impute are "
        + "alternatives");
  }
}
