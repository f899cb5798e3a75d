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
  void resultsDoNotDependOnTheThreadCount(@TempDir Path dir) throws Exception {
    assertThat(run("reliability", BFI, DATA, "-o", dir.resolve("one").toString(),
        "--threads", "1")).isZero();
    assertThat(run("reliability", BFI, DATA, "-o", dir.resolve("two").toString(),
        "--threads", "2")).isZero();
    for (String name : List.of("reliability.csv", "reliability-items.csv")) {
      assertThat(Files.readString(dir.resolve("two").resolve(name)))
          .isEqualTo(Files.readString(dir.resolve("one").resolve(name)));
    }
  }
}
