package io.github.dyadscore.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.github.dyadscore.internal.DyadscoreVersion;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code --layout single}: one row per person, no couple or partner. Scores equal
 * psych::scoreItems(impute = "none") and alpha equals psych::alpha over every person, from
 * src/test/r/reliability-options.R; nothing about couples is written or invented.
 */
class SingleLayoutTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/reliability-options");
  private static final String DEFINITION = GOLDEN.resolve("two-scales.json").toString();
  private static final String DATA = GOLDEN.resolve("persons-single.csv").toString();

  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void scoresEveryPersonAsPsychScoreItemsAndWritesNoCoupleFiles() throws IOException {
    Path results = dir.resolve("results");
    assertThat(run("score", DEFINITION, DATA, "--layout", "single", "-o", results.toString()))
        .isZero();
    try (Stream<Path> files = Files.list(results)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("persons.csv", "errors.csv", "summary.csv");
    }
    List<String> persons = Files.readAllLines(results.resolve("persons.csv"));
    assertThat(persons.get(0)).isEqualTo("id,warmth,warmth_answered,warmth_status,conflict,"
        + "conflict_answered,conflict_status");
    List<String> golden = Files.readAllLines(GOLDEN.resolve("persons-single-scores.csv"));
    assertThat(persons).hasSameSizeAs(golden);
    int notScored = 0;
    for (int p = 1; p < golden.size(); p++) {
      String[] expected = golden.get(p).split(",");
      String[] actual = persons.get(p).split(",");
      assertThat(actual[0]).isEqualTo(expected[0]);
      for (int[] scale : new int[][] {{1, 1}, {2, 4}}) {
        String want = expected[scale[0]];
        String got = actual[scale[1]];
        if (want.equals("NA")) {
          notScored++;
          assertThat(got).isEqualTo("NA");
          assertThat(actual[scale[1] + 2]).isEqualTo("too_few_answers");
        } else {
          assertThat(Double.parseDouble(got)).as("%s on scale column %d", expected[0], scale[1])
              .isCloseTo(Double.parseDouble(want), within(1e-12));
        }
      }
    }
    assertThat(notScored).as("the three persons without warmth answers").isEqualTo(3);
    assertThat(Files.readAllLines(results.resolve("summary.csv"))).containsExactly(
        "questionnaire,questionnaire_version,dyadscore_version,layout,imputation,rows_read,"
            + "persons_scored,rows_rejected",
        "two-scales,1.0.0," + DyadscoreVersion.get() + ",single,none,500,500,0");
    assertThat(Files.readAllLines(results.resolve("errors.csv")))
        .containsExactly("line,id,column,reason");
    assertThat(err.toString().strip()).isEqualTo("dyadscore: 500 rows read, 500 persons scored, "
        + "0 rows rejected; results in " + results);
  }

  @Test
  void rejectedRowsNameTheIdAndNoPartner() throws IOException {
    Path input = Files.writeString(dir.resolve("in.csv"), "pid,r1,r2,r3,r4,r5,r6,r7,r8\n"
        + "x1,1,2,3,4,5,4,3,2\n"
        + ",1,2,3,4,5,4,3,2\n"
        + "x1,1,2,3,9,5,4,3,2\n");
    Path results = dir.resolve("r");
    assertThat(run("score", DEFINITION, input.toString(), "--layout", "single", "--id-column",
        "pid", "-o", results.toString())).isEqualTo(ExitCodes.ROWS_REJECTED);
    assertThat(Files.readAllLines(results.resolve("errors.csv"))).containsExactly(
        "line,id,column,reason",
        "3,,pid,empty person id in column 'pid'; expected an id",
        "4,x1,r4,item 'r4': the code is not a valid answer; expected a code from 1 to 5 (response scale "
            + "'five')");
    assertThat(Files.readAllLines(results.resolve("persons.csv"))).hasSize(2);
    assertThat(Files.readAllLines(results.resolve("summary.csv")).get(1)).endsWith(",3,1,2");
  }

  @Test
  void reliabilityOfIndividualsEqualsPsychAlphaAndSaysNothingAboutPartners() throws IOException {
    assertThat(run("reliability", DEFINITION, DATA, "--layout", "single", "-o", dir.toString()))
        .isZero();
    List<String> lines = Files.readAllLines(dir.resolve("reliability.csv"));
    List<String> header = List.of(lines.get(0).split(","));
    assertThat(lines).hasSize(3);
    List<String> golden = Files.readAllLines(GOLDEN.resolve("golden.csv"));
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      assertThat(f[1]).isEqualTo("all");
      assertThat(f[header.indexOf("couples")]).isEqualTo("NA");
      assertThat(f[header.indexOf("double_entry_r")]).isEqualTo("NA");
      for (String statistic : List.of("raw_alpha", "std_alpha", "average_r")) {
        String prefix = "pairwise,all," + f[0] + "," + statistic + ",";
        double want = Double.parseDouble(golden.stream().filter(g -> g.startsWith(prefix))
            .findFirst().orElseThrow().substring(prefix.length()));
        assertThat(Double.parseDouble(f[header.indexOf(statistic)]))
            .as("%s %s", f[0], statistic).isCloseTo(want, within(1e-12));
      }
    }
    assertThat(Files.readAllLines(dir.resolve("reliability-items.csv")).subList(1, 9))
        .allSatisfy(l -> assertThat(l.split(",")[1]).isEqualTo("all"));
    assertThat(out.toString()).doesNotContain("partner").doesNotContain("couples");
    assertThat(err.toString().strip()).isEqualTo("dyadscore: 500 rows read, 0 rejected; 500 "
        + "persons; results in " + dir);
  }

  @Test
  void coupleOutputsAreAUsageErrorWithTheSingleLayout() {
    assertThat(run("score", DEFINITION, DATA, "--layout", "single", "--item-divergences", "-o",
        dir.resolve("r").toString())).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).startsWith("dyadscore: the single layout has no couples, so "
        + "there is nothing to compare in [item-divergences]");
    assertThat(dir.resolve("r")).doesNotExist();
  }

  @Test
  void missingIdColumnIsInvalidInputNamingTheOption() throws IOException {
    Path input = Files.writeString(dir.resolve("in.csv"), "person,r1,r2,r3,r4,r5,r6,r7,r8\n"
        + "x1,1,2,3,4,5,4,3,2\n");
    assertThat(run("score", DEFINITION, input.toString(), "--layout", "single", "-o",
        dir.resolve("r").toString())).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString().strip()).isEqualTo("dyadscore: in.csv:1: no person id column 'id' "
        + "in the header [person, r1, r2, r3, r4, r5, r6, r7, r8]; name it with --id-column");
  }

  @Test
  void aRepeatedIdIsAnotherRowNotADuplicateCouple() throws IOException {
    Path input = Files.writeString(dir.resolve("in.csv"), "id,wave,r1,r2,r3,r4,r5,r6,r7,r8\n"
        + "x1,1,1,2,3,4,5,4,3,2\n"
        + "x2,1,2,2,3,4,5,4,3,2\n"
        + "x1,2,3,2,3,4,5,4,3,2\n");
    Path results = dir.resolve("r");
    assertThat(run("score", DEFINITION, input.toString(), "--layout", "single",
        "--pass-through", "wave", "-o", results.toString())).isZero();
    assertThat(Files.readAllLines(results.resolve("persons.csv"))).extracting(l -> l.substring(0,
        4)).containsExactly("id,w", "x1,1", "x2,1", "x1,2");
  }
}
