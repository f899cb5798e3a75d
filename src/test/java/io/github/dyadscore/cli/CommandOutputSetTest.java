package io.github.dyadscore.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.dyadscore.TestQuestionnaires;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code reliability -o} and {@code dyadic -o} commit their files as {@code score} does: a run
 * that fails part-way leaves the earlier files as they were, a file is replaced rather than
 * written through, and nothing of the run's staging is left behind.
 */
class CommandOutputSetTest {

  private static final String MINI = TestQuestionnaires.resource("batch/mini.json").toString();
  private static final String LONG =
      TestQuestionnaires.resource("batch/mini-long.csv").toString();
  private static final String PERCEPTION = "src/test/resources/perception/perception.json";
  private static final String PERCEPTION_DATA = "src/test/resources/golden/perception/couples.csv";
  private static final List<String> RELIABILITY_SET =
      List.of("reliability-items.csv", "reliability-kappa.csv", "reliability.csv");

  @TempDir Path dir;

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(new StringWriter(), true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private static List<String> names(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void reliabilityThatFailsWhileCommittingLeavesTheEarlierFilesAsTheyWere() throws IOException {
    Path out = dir.resolve("out");
    assertThat(run("reliability", MINI, LONG, "-o", out.toString(), "--quiet")).isZero();
    String scales = Files.readString(out.resolve("reliability.csv"));
    String items = Files.readString(out.resolve("reliability-items.csv"));
    // The second of the three files cannot be replaced: the run fails after writing the others.
    Files.delete(out.resolve("reliability-kappa.csv"));
    Files.createDirectory(out.resolve("reliability-kappa.csv"));
    // Other answers, so that files written in place would differ from the earlier ones.
    Path other = Files.writeString(dir.resolve("other.csv"), "couple,partner,wave,c1,c2,c3,c4\n"
        + "1,A,1,1,2,3,4\n1,B,1,2,2,2,2\n2,A,1,5,4,4,3\n2,B,1,1,1,2,1\n3,A,1,3,3,4,4\n"
        + "3,B,1,4,5,5,5\n");

    assertThat(run("reliability", MINI, other.toString(), "-o", out.toString(), "--quiet"))
        .isEqualTo(ExitCodes.IO_ERROR);

    assertThat(out.resolve("reliability.csv")).hasContent(scales);
    assertThat(out.resolve("reliability-items.csv")).hasContent(items);
    assertThat(names(out)).containsExactlyElementsOf(RELIABILITY_SET);
  }

  @Test
  void reliabilityReplacesAnOutputRatherThanWritingThroughIt() throws IOException {
    Path devFull = Path.of("/dev/full");
    assumeTrue(Files.isWritable(devFull), "needs Linux's /dev/full");
    Path out = Files.createDirectory(dir.resolve("out"));
    // Written in place, reliability.csv would go through the link to a device that is full.
    Files.createSymbolicLink(out.resolve("reliability.csv"), devFull);

    assertThat(run("reliability", MINI, LONG, "-o", out.toString(), "--quiet")).isZero();

    assertThat(Files.isSymbolicLink(out.resolve("reliability.csv"))).isFalse();
    assertThat(Files.readString(out.resolve("reliability.csv"))).startsWith("scale,group,");
    assertThat(names(out)).containsExactlyElementsOf(RELIABILITY_SET);
  }

  @Test
  void reliabilityIntoAFolderAnotherRunLeftHalfCommittedCompletesThatRunFirst()
      throws IOException {
    Path out = dir.resolve("out");
    Path staging = Files.createDirectories(out.resolve(".dyadscore-staging-0123456789abcdef"));
    Files.writeString(staging.resolve("reliability.csv"), "half");

    assertThat(run("reliability", MINI, LONG, "-o", out.toString(), "--quiet")).isZero();

    assertThat(names(out)).containsExactlyElementsOf(RELIABILITY_SET);
  }

  @Test
  void dyadicThatFailsWhileCommittingLeavesTheEarlierFileAsItWas() throws IOException {
    Path out = dir.resolve("out");
    Files.createDirectories(out.resolve("truth-and-bias.csv"));
    Files.writeString(out.resolve("truth-and-bias.csv").resolve("mine.txt"), "mine");

    assertThat(run("dyadic", PERCEPTION, PERCEPTION_DATA, "-o", out.toString()))
        .isEqualTo(ExitCodes.IO_ERROR);

    assertThat(out.resolve("truth-and-bias.csv").resolve("mine.txt")).hasContent("mine");
    assertThat(names(out)).containsExactly("truth-and-bias.csv");
  }

  @Test
  void dyadicReplacesItsFileRatherThanWritingThroughIt() throws IOException {
    Path devFull = Path.of("/dev/full");
    assumeTrue(Files.isWritable(devFull), "needs Linux's /dev/full");
    Path out = Files.createDirectory(dir.resolve("out"));
    Files.createSymbolicLink(out.resolve("truth-and-bias.csv"), devFull);

    assertThat(run("dyadic", PERCEPTION, PERCEPTION_DATA, "-o", out.toString())).isZero();

    assertThat(Files.isRegularFile(out.resolve("truth-and-bias.csv"), LinkOption.NOFOLLOW_LINKS))
        .isTrue();
    assertThat(names(out)).containsExactly("truth-and-bias.csv");
  }

  @Test
  void reliabilityRejectedBeforeWritingCreatesNoFolder() throws IOException {
    Path input = Files.writeString(dir.resolve("in.csv"), "id,partner,c1\n1,A,3\n");
    Path out = dir.resolve("new").resolve("out");

    assertThat(run("reliability", MINI, input.toString(), "-o", out.toString()))
        .isEqualTo(ExitCodes.INVALID_INPUT);

    assertThat(dir.resolve("new")).doesNotExist();
  }
}
