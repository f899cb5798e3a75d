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
 * The dyadic command on the synthetic couples of src/test/r/perception-golden.R: truth-and-bias.csv
 * carries R's lm (1e-9) and nlme::gls (1e-6) numbers from perception-models.csv, whatever the
 * thread count.
 */
class DyadicCommandTest {

  private static final String DEFINITION = "src/test/resources/perception/perception.json";
  private static final String DATA = "src/test/resources/golden/perception/couples.csv";
  private static final Path GOLDEN =
      Path.of("src/test/resources/golden/perception/perception-models.csv");

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void truthAndBiasCsvEqualsLmAndGls(@TempDir Path dir) throws Exception {
    assertThat(run("dyadic", DEFINITION, DATA, "-o", dir.toString(), "--threads", "2")).isZero();

    List<String> actual = Files.readAllLines(dir.resolve(DyadicCommand.FILE));
    List<String> expected = Files.readAllLines(GOLDEN);
    assertThat(actual).hasSameSizeAs(expected);
    assertThat(actual.get(0)).isEqualTo(
        "scale,sample,estimator,n,couples,b0,se_b0,b_truth,se_truth,b_bias,se_bias,sigma,rho,"
            + "loglik");
    for (int l = 1; l < expected.size(); l++) {
      String[] a = actual.get(l).split(",", -1);
      String[] e = expected.get(l).split(",", -1);
      for (int c = 0; c < 5; c++) {
        assertThat(a[c]).as("line %d column %d", l + 1, c + 1).isEqualTo(e[c]);
      }
      double tolerance = e[2].equals("gls") ? 1e-6 : 1e-9;
      for (int c = 5; c < e.length; c++) {
        if (e[c].equals("NA")) {
          assertThat(a[c]).as("line %d column %d", l + 1, c + 1).isEqualTo("NA");
        } else {
          assertThat(Double.parseDouble(a[c])).as("line %d column %d", l + 1, c + 1)
              .isCloseTo(Double.parseDouble(e[c]), within(tolerance));
        }
      }
    }
    assertThat(out.toString()).contains("closeness: truth-and-bias model (West & Kenny 2011)")
        .contains("rows read");
  }

  @Test
  void resultsDoNotDependOnTheThreadCount(@TempDir Path dir) throws Exception {
    assertThat(run("dyadic", DEFINITION, DATA, "-o", dir.resolve("one").toString(),
        "--threads", "1")).isZero();
    assertThat(run("dyadic", DEFINITION, DATA, "-o", dir.resolve("two").toString(),
        "--threads", "2")).isZero();

    assertThat(Files.readString(dir.resolve("one").resolve(DyadicCommand.FILE)))
        .isEqualTo(Files.readString(dir.resolve("two").resolve(DyadicCommand.FILE)));
  }

  @Test
  void aQuestionnaireWithoutPredictionItemsIsAUsageError() {
    assertThat(run("dyadic", "csi-4", DATA)).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("questionnaire 'csi-4' has no prediction items");
  }
}
