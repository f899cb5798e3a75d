package io.github.dyadscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs end in one located rejection, never in an OutOfMemoryError (exit 70) or a hang:
 * each case runs the command line in a child JVM with a 64 MB heap, a quarter of the 256 MB the
 * README promises to need, on input generated as a stream.
 */
class ResourceLimitsTest {

  private static final String HEAP = "-Xmx64m";
  private static final String ITEMS = "m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,"
      + "s1,s2,s3,s4,s5,s6,s7,s8,s9,s10,s11,s12,s13,s14";
  private static final String FOURS = ",4".repeat(28);
  private static final String HEADER = "couple,partner," + ITEMS + "\n";

  @TempDir Path dir;

  /** What a child run printed and returned. */
  private record Run(int exit, String err) {}

  @Test
  void aCellLargerThanTheHeapIsRejectedWithItsLineAndTheLimit() throws Exception {
    Path input = write("huge-cell.csv", out -> {
      out.write(ascii(HEADER + "c1,A" + FOURS + "\nc1,B,"));
      repeat(out, '4', 40_000_000); // one cell of 40 million characters in m1
      out.write(ascii(FOURS.substring(2) + "\n"));
    });

    Run run = score(input);

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).isEqualTo("dyadscore: huge-cell.csv:3: a cell in the row starting on "
        + "this line is longer than 1,048,576 characters, the limit for a cell; expected short "
        + "cells (a file that is not CSV, or a double quote that is never closed?)\n");
  }

  @Test
  void aRowOfManyCellsLongerThanTheRowLimitIsRejected() throws Exception {
    byte[] cell = ascii("," + "x".repeat(999));
    Path input = write("huge-row.csv", out -> {
      out.write(ascii(HEADER + "c1,A" + FOURS));
      for (int i = 0; i < 40_000; i++) { // 40 million characters in cells of 1,000
        out.write(cell);
      }
      out.write('\n');
    });

    Run run = score(input);

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).isEqualTo("dyadscore: huge-row.csv:2: the row starting on this line "
        + "is longer than 16,777,216 characters, the limit for a row; expected a CSV row per "
        + "line (a file that is not CSV, or a double quote that is never closed?)\n");
  }

  @Test
  void aHeaderOfMoreColumnsThanTheLimitIsRejected() throws Exception {
    Path input = write("huge-header.csv", out -> {
      out.write(ascii("couple,partner," + ITEMS));
      for (int i = 0; i < 300_000; i++) {
        out.write(ascii(",x" + i));
      }
      out.write(ascii("\nc1,A" + FOURS + "\n"));
    });

    Run run = score(input);

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).startsWith("dyadscore: huge-header.csv:1: the row starting on this "
        + "line has more than 250,000 cells, the limit for a row;");
  }

  @Test
  void aRowOfMoreCellsThanTheLimitIsRejectedEvenWhenShort() throws Exception {
    Path input = write("many-cells.csv", out -> {
      out.write(ascii(HEADER + "c1,A" + FOURS));
      repeat(out, ',', 300_000);
      out.write('\n');
    });

    Run run = score(input);

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).startsWith("dyadscore: many-cells.csv:2: the row starting on this "
        + "line has more than 250,000 cells");
  }

  @Test
  void aCoupleIdLongerThanTheLimitIsRejectedWithItsLineAndColumn() throws Exception {
    Path input = write("long-id.csv", out -> out.write(ascii(HEADER + "c1,A" + FOURS + "\n"
        + "c".repeat(300) + ",A" + FOURS + "\n")));

    Run run = score(input);

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).isEqualTo("dyadscore: long-id.csv:3: the couple id (column "
        + "'couple') is 300 characters long; expected at most 256 (is it the right column?)\n");
  }

  @Test
  void manyLongRowsAreScoredInAHeapSmallerThanOneChunkOfThem() throws Exception {
    // 1,200 rows of 50,000 characters: 60 MB, of which a chunk of 512 couples alone would hold
    // 51 MB. The reader closes chunks by weight, so the 64 MB heap suffices.
    byte[] note = ascii("n".repeat(50_000));
    Path input = write("long-rows.csv", out -> {
      out.write(ascii("couple,partner,note," + ITEMS + "\n"));
      for (int c = 0; c < 600; c++) {
        for (String partner : List.of("A", "B")) {
          out.write(ascii("c" + c + "," + partner + ","));
          out.write(note);
          out.write(ascii(FOURS + "\n"));
        }
      }
    });

    Run run = score(input);

    assertThat(run.err()).isEmpty();
    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readAllLines(dir.resolve("out").resolve("couples.csv"))).hasSize(601);
  }

  @Test
  void threadsFarBeyondTheProcessorsAreAUsageErrorSayingTheRange() throws Exception {
    Path input = write("small.csv", out -> out.write(ascii(HEADER + "c1,A" + FOURS + "\n")));

    Run run = score(input, "--threads", "100000");

    assertThat(run.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).startsWith("dyadscore: --threads 100000: expected 1 to 256 (this "
        + "machine has " + Runtime.getRuntime().availableProcessors() + " processors; more "
        + "threads than processors add no speed)\n");
  }

  @Test
  void theMostThreadsScoreASmallFile() throws Exception {
    Path input = write("small.csv", out -> out.write(ascii(HEADER + "c1,A" + FOURS + "\n"
        + "c1,B" + FOURS + "\n")));

    Run run = score(input, "--threads", "256");

    assertThat(run.exit()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void anEndlessStreamOfLinesThatAreNotTheExpectedCsvIsRejectedAtItsHeader() throws Exception {
    // As `yes | dyadscore score ... -`: standard input never ends.
    Run run = scoreStdin(ascii("y\n"));

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    // A first line that names no column the run reads is not printed: it may be answers.
    assertThat(run.err()).isEqualTo("dyadscore: stdin:1: no couple id column 'couple' in the "
        + "header (1 column, no name that is the couple column or an item of the questionnaire, "
        + "so it may be a first row of answers: the file needs a header row; the cells are not "
        + "shown); name it with --couple-column\n");
  }

  @Test
  void anEndlessStreamOfNulBytesIsRejectedAtOnce() throws Exception {
    // As `dyadscore score ... - < /dev/zero`.
    Run run = scoreStdin(new byte[4096]);

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).isEqualTo("dyadscore: stdin:1: the input holds a NUL byte, so it is "
        + "not CSV text; expected a text file in UTF-8\n");
  }

  @Test
  void anEndlessLineAfterAGoodHeaderIsRejectedAtTheLineLimit() throws Exception {
    // As `(echo header; tr '\0' 4 < /dev/zero) | dyadscore score ... -`.
    byte[] fours = new byte[1 << 16];
    Arrays.fill(fours, (byte) '4');
    Run run = scoreStdin(ascii(HEADER), fours);

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).isEqualTo("dyadscore: stdin:2: line 2 is longer than 50,331,648 "
        + "bytes, more than any row may hold; expected CSV text\n");
  }

  @Test
  void anEndlessStreamAsAPersonsAnswersIsCutAtTheJsonLimitAndNamedAsAnswers() throws Exception {
    Path alex = Path.of(System.getProperty("basedir", "."), "examples", "alex.json");

    Run run = runStdin(java("report", "mutuality-security", alex.toString(), "-"), new byte[0],
        ascii("y\n"));

    assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(run.err()).isEqualTo("dyadscore: stdin: the file is larger than 10 MiB; "
        + "expected a person's answers as JSON\n");
  }

  // ---------------------------------------------------------------- helpers

  @FunctionalInterface
  private interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private Path write(String name, Content content) throws IOException {
    Path file = dir.resolve(name);
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      content.writeTo(out);
    }
    return file;
  }

  private static void repeat(OutputStream out, char c, int times) throws IOException {
    byte[] block = new byte[1 << 16];
    Arrays.fill(block, (byte) c);
    for (int left = times; left > 0; left -= block.length) {
      out.write(block, 0, Math.min(left, block.length));
    }
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  private Run score(Path input, String... options) throws Exception {
    List<String> command = command(input.toString(), options);
    Process child = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(dir.resolve("stderr.txt").toFile()).start();
    child.getOutputStream().close();
    return finish(child);
  }

  /** Runs with standard input fed {@code first} once, then {@code repeated} until the end. */
  private Run scoreStdin(byte[] repeated) throws Exception {
    return scoreStdin(new byte[0], repeated);
  }

  private Run scoreStdin(byte[] first, byte[] repeated) throws Exception {
    return runStdin(command("-"), first, repeated);
  }

  private Run runStdin(List<String> command, byte[] first, byte[] repeated) throws Exception {
    Process child = new ProcessBuilder(command).redirectOutput(
        ProcessBuilder.Redirect.DISCARD).redirectError(dir.resolve("stderr.txt").toFile()).start();
    Thread feeder = new Thread(() -> {
      try (OutputStream in = child.getOutputStream()) {
        in.write(first);
        while (child.isAlive()) {
          in.write(repeated);
        }
      } catch (IOException e) {
        // the child closed its standard input by exiting: what the test waits for
      }
    });
    feeder.setDaemon(true);
    feeder.start();
    return finish(child);
  }

  private List<String> command(String input, String... options) {
    List<String> command = java("score", "mutuality-security", input, "-o",
        dir.resolve("out").toString(), "--quiet");
    command.addAll(List.of(options));
    return command;
  }

  private static List<String> java(String... arguments) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, HEAP, "-cp",
        System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(List.of(arguments));
    return command;
  }

  private Run finish(Process child) throws Exception {
    if (!child.waitFor(60, TimeUnit.SECONDS)) {
      child.destroyForcibly().waitFor();
      throw new AssertionError("the child did not end within 60 s");
    }
    byte[] err;
    try (InputStream stderr = Files.newInputStream(dir.resolve("stderr.txt"))) {
      err = stderr.readNBytes(1 << 16);
    }
    return new Run(child.exitValue(), new String(err, StandardCharsets.UTF_8));
  }
}
