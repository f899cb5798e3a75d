package io.github.dyadscore.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

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

  private int run(String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(new StringWriter(), true));
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
    assertThat(out.toString()).contains("2800 rows read, 0 rejected; 2800 persons, "
        + "1400 complete couples");
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
}
