package io.github.dyadscore.batch;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.batch.BatchOptions.Delimiter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The byte scanner is only a faster way to read what Jackson reads: on random files of plain and
 * not-so-plain CSV (quotes, doubled quotes, line breaks in quotes, CR LF and lone CR, UTF-8 and
 * broken UTF-8, NUL bytes, byte order marks, blank lines, ragged rows, a missing last line end),
 * read with buffers small enough to cut rows at every position, {@link InputRows} gives the same
 * rows, lines, codes and errors as Jackson reading the whole file. How the two are compared, and
 * the two differences allowed: {@link InputRowsComparison}. {@code InputRowsFuzzTest} compares
 * them in the same way on fuzzed files.
 */
class InputRowsEquivalenceTest {

  private static final String[] CELLS = {
    "1", "2", "3", "4", "5", " 4 ", "3.0", "3.5", "-2", "007", "1234567890", "NA", ".", "",
    "x", "couple 7", "\"3\"", "\"a,b\"", "\"a;b\"", "\"a\tb\"", "\"\"", "\"he said \"\"hi\"\"\"",
    "\"\"\"\"", "\"two\nlines\"", "\"two\r\nlines\"", "é", "\"ü\"", "ab\"c", "\"ab\"c", "\"open",
    " \"x\"", "\u0000", "\u0001", "\t", "  ", "\u00a0", "\uD83D\uDE00",
  };
  private static final String[] LINE_ENDS = {"\n", "\n", "\n", "\r\n", "\r\n", "\r"};

  @TempDir Path dir;

  @Test
  void scannerReadsEveryRandomFileExactlyAsJacksonReadsIt() throws IOException {
    Random random = new Random(20261126);
    Path file = dir.resolve("random.csv");
    int readToTheEnd = 0;
    int differentErrors = 0;
    for (int round = 0; round < 6000; round++) {
      byte[] bytes = randomFile(random);
      Delimiter delimiter = Delimiter.values()[random.nextInt(Delimiter.values().length)];
      int buffer = 1 + random.nextInt(random.nextBoolean() ? 16 : 200);
      InputRowsComparison.Comparison read = InputRowsComparison.compare(file, bytes, delimiter,
          buffer, "round " + round);
      differentErrors += read.differentErrors() ? 1 : 0;
      readToTheEnd += read.readToTheEnd() && read.jackson().size() > 3 ? 1 : 0;
    }
    // The generator must reach deep into files, and seldom make files with two kinds of error.
    assertThat(readToTheEnd).isGreaterThan(2000);
    assertThat(differentErrors).isLessThan(300);
  }

  @Test
  void plainRowsAreReadByTheScannerAndTheirAnswersBecomeCodes() throws IOException {
    Path file = dir.resolve("plain.csv");
    Files.writeString(file, "couple,partner,wave,c1,c2,c3,c4\r\n7,A,1, 4 ,NA,\"3\",x\r\n");
    List<String> rows = InputRowsComparison.read(file, Delimiter.AUTO, true, InputRows.BUFFER);
    assertThat(rows).containsExactly(
        "1 [couple, partner, wave, c1, c2, c3, c4] []",
        "2 [7, A, 1, null, null, null, x] [0, 0, 0, 4, " + AnswerCells.MISSING + ", 3, 0]",
        "end");
  }

  private static byte[] randomFile(Random random) {
    StringBuilder text = new StringBuilder();
    if (random.nextInt(8) == 0) {
      text.append('\uFEFF');
    }
    String delimiter = new String[] {",", ",", ";", "\t"}[random.nextInt(4)];
    boolean plain = random.nextInt(3) > 0; // mostly rows the scanner reads, to reach deep
    text.append(String.join(delimiter, "couple", "partner", "wave", "c1", "c2", "c3", "c4"));
    int rows = random.nextInt(12);
    for (int r = 0; r < rows; r++) {
      text.append(plain && random.nextInt(20) > 0 ? "\n" : LINE_ENDS[random.nextInt(6)]);
      if (random.nextInt(12) == 0) {
        text.append(random.nextBoolean() ? "" : "  ");
        continue;
      }
      int cells = random.nextInt(10) == 0 ? random.nextInt(9) : 7;
      for (int c = 0; c < cells; c++) {
        if (c > 0) {
          text.append(random.nextInt(30) == 0 ? "," : delimiter);
        }
        String cell = plain && random.nextInt(40) > 0 ? CELLS[random.nextInt(17)]
            : CELLS[random.nextInt(CELLS.length)];
        text.append(cell);
      }
    }
    if (random.nextBoolean()) {
      text.append(LINE_ENDS[random.nextInt(6)]);
    }
    byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
    if (random.nextInt(15) == 0 && bytes.length > 0) {
      bytes[random.nextInt(bytes.length)] = (byte) (0x80 + random.nextInt(0x80)); // broken UTF-8
    }
    return bytes;
  }
}
