package io.github.dyadscore.batch;

import static io.github.dyadscore.batch.BatchTesting.lines;
import static io.github.dyadscore.batch.BatchTesting.score;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.Questionnaire;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Answer files that R's {@code read.csv} reads are read, as far as the columns dyadscore uses
 * are unambiguous: trailing unnamed columns (which R names X, X.1, ... and fills with NA in a
 * short row) and repeated names of columns dyadscore does not read (R makes them note, note.1).
 * The R behaviour was checked with read.csv on the same texts (R 4, utils).
 */
class ReadCsvToleranceTest {

  private static final Questionnaire MUTUALITY = Questionnaire.bundled("mutuality-security");
  private static final String ITEMS = "m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,"
      + "s1,s2,s3,s4,s5,s6,s7,s8,s9,s10,s11,s12,s13,s14";
  private static final String FOURS = ",4".repeat(28);

  @TempDir Path dir;

  @Test
  void rowsMayLeaveOutTheUnnamedColumnsAtTheEndOfTheHeader() throws IOException {
    // A header saved with two trailing delimiters; one row has them, the other not.
    BatchSummary summary = run("couple,partner," + ITEMS + ",,\n"
        + "1,A" + FOURS + ",,\n"
        + "1,B" + FOURS + "\n");

    assertThat(summary.rowsRejected()).isZero();
    assertThat(summary.couplesComplete()).isEqualTo(1);
  }

  @Test
  void repeatedNamesOfColumnsNotReadAreAccepted() throws IOException {
    BatchSummary summary = run("couple,partner,note,note,,," + ITEMS + "\n"
        + "1,A,x,y,,," + FOURS.substring(1) + "\n"
        + "1,B,x,y,,," + FOURS.substring(1) + "\n");

    assertThat(summary.rowsRejected()).isZero();
    assertThat(summary.couplesComplete()).isEqualTo(1);
  }

  @Test
  void aRowShortOfANamedColumnIsStillRejectedWithTheRangeOfFieldCounts() throws IOException {
    BatchSummary summary = run("couple,partner," + ITEMS + ",\n"
        + "1,A" + FOURS + "\n"
        + "1,B" + FOURS.substring(2) + "\n");

    assertThat(summary.rowsRejected()).isEqualTo(1);
    assertThat(lines(dir.resolve("out").resolve("errors.csv")).get(1)).isEqualTo("3,1,B,,"
        + "\"the row has 29 fields; expected 30 to 31 as in the header (check for a stray "
        + "delimiter, a decimal comma or an unquoted text)\"");
  }

  private BatchSummary run(String csv) throws IOException {
    Path input = Files.writeString(dir.resolve("in.csv"), csv);
    return score(MUTUALITY, input, dir.resolve("out"), BatchOptions.defaults());
  }
}
