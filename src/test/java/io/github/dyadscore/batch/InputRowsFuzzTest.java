package io.github.dyadscore.batch;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.dyadscore.batch.BatchOptions.Delimiter;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fuzzes the byte scanner against Jackson: the fuzzed bytes are written to a file, which {@link
 * InputRows} reads once with the scanner (handing over to Jackson at the first row it does not
 * read) and once with Jackson alone, and both must read it alike, as {@link InputRowsComparison}
 * defines: the same rows, lines, codes (after the header is resolved against {@code mini.json}) and
 * errors, but for the two differences it allows. The only exception either reader may throw is
 * {@link BatchInputException}; any other is a finding.
 *
 * <p>The input's last bytes choose how it is read ({@link FuzzedDataProvider} takes numbers from
 * the end): the last two bytes the buffer (their value as last byte × 256 + the byte before,
 * modulo 301: 0 for {@link InputRows#BUFFER}, else 1 to 300 bytes, small enough to cut rows at
 * every position), the byte before them the delimiter (its value modulo 4: {@code AUTO}, {@code
 * COMMA}, {@code SEMICOLON}, {@code TAB}). The rest is the file. The seed inputs end with such
 * three bytes.
 *
 * <p>Regression inputs: {@code
 * src/test/resources/io/github/dyadscore/batch/InputRowsFuzzTestInputs/scannerReadsAsJacksonReads/}.
 * Fuzz with {@code JAZZER_FUZZ=1 mvn -B -o test
 * -Dtest='InputRowsFuzzTest#scannerReadsAsJacksonReads'}.
 */
class InputRowsFuzzTest {

  @TempDir static Path dir;

  @FuzzTest(maxDuration = "11m")
  void scannerReadsAsJacksonReads(FuzzedDataProvider data) throws IOException {
    int size = data.consumeInt(0, 300);
    int buffer = size == 0 ? InputRows.BUFFER : size;
    Delimiter delimiter = data.pickValue(Delimiter.values());
    byte[] bytes = data.consumeRemainingAsBytes();
    InputRowsComparison.compare(dir.resolve(InputRowsComparison.SOURCE), bytes, delimiter, buffer,
        "fuzzed");
  }
}
