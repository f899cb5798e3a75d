package io.github.dyadscore.batch;

import static io.github.dyadscore.batch.BatchTesting.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.couple.Privacy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Output columns are unique and unambiguous, and the columns a run reads are told apart: a
 * pass-through column may not clash with an output column, the couple and partner columns may not
 * be items, and under --scales-only no pass-through column may be an item.
 */
class ColumnNamesTest {

  private static final Questionnaire MUTUALITY = Questionnaire.bundled("mutuality-security");
  private static final String ITEMS = "m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,"
      + "s1,s2,s3,s4,s5,s6,s7,s8,s9,s10,s11,s12,s13,s14";
  private static final String FOURS = ",4".repeat(28);

  @TempDir Path dir;

  private Path input(String extraHeader, String extraCells) throws IOException {
    Path input = dir.resolve("study.csv");
    Files.writeString(input, "couple,partner," + ITEMS + extraHeader + "\n"
        + "1,A" + FOURS + extraCells + "\n1,B" + FOURS + extraCells + "\n");
    return input;
  }

  @Test
  void aPassThroughColumnNamedLikeAScaleColumnIsRejected() throws IOException {
    Path input = input(",Mutuality", ",x");
    assertThatThrownBy(() -> score(MUTUALITY, input, dir.resolve("out"),
        BatchOptions.builder().passThrough(List.of("Mutuality")).build()))
        .isInstanceOf(BatchInputException.class)
        .hasMessage("study.csv:1: pass-through column 'Mutuality' gives the column 'Mutuality' in "
            + "persons.csv (its copy), which clashes with the column 'mutuality' of scale "
            + "'mutuality' (its score) when case is ignored, as SPSS, SAS and Stata read names; "
            + "expected pass-through columns whose output columns differ from each other and "
            + "from the scales' (rename the column in the input file)");
    assertThat(dir.resolve("out").resolve("persons.csv")).doesNotExist();
  }

  @Test
  void aPassThroughColumnNamedLikeAFixedColumnIsRejected() throws IOException {
    Path input = input(",role", ",x");
    assertThatThrownBy(() -> score(MUTUALITY, input, dir.resolve("out"),
        BatchOptions.builder().passThrough(List.of("role")).build()))
        .isInstanceOf(BatchInputException.class)
        .hasMessageContaining("pass-through column 'role' gives the column 'role' in "
            + "pairwise.csv (its copy), which clashes with the fixed column 'role'");
  }

  @Test
  void twoPassThroughColumnsThatRReadsAsOneAreRejected() throws IOException {
    Path input = input(",wave-1,wave.1", ",1,2");
    assertThatThrownBy(() -> score(MUTUALITY, input, dir.resolve("out"),
        BatchOptions.builder().passThrough(List.of("wave-1", "wave.1")).build()))
        .isInstanceOf(BatchInputException.class)
        .hasMessageContaining("once R's read.csv has made syntactic names of both ('wave.1')");
  }

  @Test
  void aCoupleColumnThatIsAnItemIsRejected() throws IOException {
    Path input = input("", "");
    assertThatThrownBy(() -> score(MUTUALITY, input, dir.resolve("out"),
        BatchOptions.builder().coupleColumn("m1").build()))
        .isInstanceOf(BatchInputException.class)
        .hasMessage("study.csv:1: the couple column 'm1' is also an item column of the "
            + "questionnaire; expected a couple column apart from the items (name it with "
            + "--couple-column)");
  }

  @Test
  void underScalesOnlyAPassThroughColumnThatIsAnItemIsRejected() throws IOException {
    Path input = input("", "");
    assertThatThrownBy(() -> score(MUTUALITY, input, dir.resolve("out"), BatchOptions.builder()
        .privacy(Privacy.SCALES_ONLY).passThrough(List.of("m3")).build()))
        .isInstanceOf(BatchInputException.class)
        .hasMessage("study.csv:1: pass-through column 'm3' is an item column, and --scales-only "
            + "writes no item answer; expected pass-through columns that are not items");
  }

  @Test
  void repeatedNamesOfUnusedColumnsAndTrailingUnnamedColumnsAreAcceptedAsRReadsThem()
      throws IOException {
    Path input = input(",note,note,,", ",a,b,,");

    BatchSummary summary = score(MUTUALITY, input, dir.resolve("out"), BatchOptions.defaults());

    assertThat(summary.personsScored()).isEqualTo(2);
    assertThat(summary.rowsRejected()).isZero();
  }

  @Test
  void aRepeatedNameOfAColumnWeReadIsStillRejected() throws IOException {
    Path input = input(",m1", ",4");
    assertThatThrownBy(() -> score(MUTUALITY, input, dir.resolve("out"),
        BatchOptions.defaults()))
        .isInstanceOf(BatchInputException.class)
        .hasMessage("study.csv:1: column 'm1' appears twice in the header (columns 3 and 31); "
            + "expected unique names");
  }
}
