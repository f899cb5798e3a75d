package io.github.dyadscore.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.dyadscore.DyadscoreException;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.batch.BatchOptions;
import io.github.dyadscore.batch.BatchScorer;
import io.github.dyadscore.batch.BatchSummary;
import io.github.dyadscore.batch.ProgressListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Fuzzes the CSV batch reader: the fuzzed bytes are written to a file and scored with {@link
 * BatchScorer}. Only {@link DyadscoreException} may escape (the input is a readable local file, so
 * an {@link IOException} would be bad input misreported as I/O trouble, and counts as a finding
 * too). When the run succeeds, its accounting must add up: rows read = persons scored + rows
 * rejected (long layout) or couples + rows rejected (wide), every rejected row has its line in
 * {@code errors.csv}, and {@code persons.csv} has one record per person scored.
 *
 * <p>The questionnaire is the four-item {@code hardening/batch-mini.json}, so that a valid header
 * is short enough for the fuzzer to keep. The input's length picks the imputation
 * (none, mean, median) so that both one- and two-pass runs are fuzzed.
 *
 * <p>Regression inputs: {@code
 * src/test/resources/io/github/dyadscore/hardening/BatchFuzzTestInputs/csvReader/}. Fuzz with
 * {@code JAZZER_FUZZ=1 mvn -B -o test -Dtest=BatchFuzzTest#csvReader}.
 */
class BatchFuzzTest {

  private static final Questionnaire Q = BatchPropertiesTest.Q;

  @FuzzTest(maxDuration = "11m")
  void csvReader(byte[] data) throws IOException {
    if (data == null) {
      return;
    }
    Path dir = Files.createTempDirectory("batch-fuzz");
    try {
      Path input = dir.resolve("input.csv");
      Files.write(input, data);
      BatchOptions options = BatchOptions.builder()
          .imputation(BatchOptions.Imputation.values()[data.length % 3])
          .with(BatchOptions.Output.ITEM_DIVERGENCES).with(BatchOptions.Output.REPORTS)
          .threads(1).build();
      Path out = dir.resolve("out");
      BatchSummary summary;
      try {
        summary = new BatchScorer(Q, options).run(input, out, ProgressListener.NONE);
      } catch (DyadscoreException e) {
        assertThat(e.getMessage()).contains("input.csv");
        return;
      }
      checkAccounting(summary, out);
    } finally {
      delete(dir);
    }
  }

  /** The counts add up, and the output files agree with them. */
  static void checkAccounting(BatchSummary summary, Path out) throws IOException {
    assertThat(summary.personsScored())
        .isEqualTo(2 * summary.couplesComplete() + summary.couplesWithOnePartner());
    if (summary.layout() == BatchOptions.Layout.LONG) {
      assertThat(summary.rowsRead()).isEqualTo(summary.personsScored() + summary.rowsRejected());
    } else {
      assertThat(summary.rowsRead()).isEqualTo(summary.couplesComplete()
          + summary.couplesWithOnePartner() + summary.rowsRejected());
    }
    List<List<String>> errors = Csv.read(out.resolve("errors.csv"));
    assertThat(errors.get(0)).containsExactly("line", "couple", "partner", "column", "reason");
    Set<String> rejectedLines = new HashSet<>();
    for (List<String> error : errors.subList(1, errors.size())) {
      assertThat(error).hasSize(5);
      assertThat(error.get(4)).isNotBlank();
      rejectedLines.add(error.get(0));
    }
    assertThat(rejectedLines).hasSize((int) summary.rowsRejected());
    assertThat(Csv.read(out.resolve("persons.csv"))).hasSize(1 + (int) summary.personsScored());
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .noneMatch(name -> name.startsWith(".") || name.endsWith(".tmp"));
    }
  }

  static void delete(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
