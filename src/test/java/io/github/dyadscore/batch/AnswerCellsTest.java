package io.github.dyadscore.batch;

import static io.github.dyadscore.batch.BatchTesting.definition;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.Questionnaire;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnswerCellsTest {

  private static final Questionnaire MINI = definition("mini.json");

  private static AnswerCells cells(BatchOptions options, String... names) {
    Header header = Header.resolve("test.csv", names, options, MINI.definition().items());
    return new AnswerCells(header, options);
  }

  @ParameterizedTest
  @CsvSource({"3, 3", "+3, 3", "-99, -99", "3.0, 3", "7.00, 7", "007, 7", "999999999, 999999999"})
  void wholeNumbersParse(String cell, int expected) {
    assertThat(AnswerCells.wholeNumber(cell)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {"3.5", "3,5", "3.", ".5", "abc", "-", "1234567890", "3e2",
      "'3 '", "99999999999999999999"})
  void otherCellsAreNotWholeNumbers(String cell) {
    assertThat(AnswerCells.wholeNumber(cell)).isEqualTo(AnswerCells.NOT_WHOLE);
  }

  @Test
  void cellsAreTrimmedThenReadAsMissingTokenOrWholeNumber() {
    AnswerCells cells = cells(BatchOptions.builder().missingTokens(List.of("", "NA", "-9")).build(),
        "couple", "partner", "c1", "c2", "c3", "c4");
    assertThat(cells.read(" 4\t")).isEqualTo(4);
    assertThat(cells.read("3.0")).isEqualTo(3);
    assertThat(cells.read("  ")).isEqualTo(AnswerCells.MISSING);
    assertThat(cells.read(" NA ")).isEqualTo(AnswerCells.MISSING);
    // A token wins over the number it also is.
    assertThat(cells.read("-9")).isEqualTo(AnswerCells.MISSING);
    assertThat(cells.read("-8")).isEqualTo(-8);
    assertThat(cells.read(".")).isEqualTo(AnswerCells.NOT_WHOLE);
    assertThat(cells.read("3,5")).isEqualTo(AnswerCells.NOT_WHOLE);
  }

  @Test
  void itemColumnsAreCodeColumnsUnlessTheirTextIsPassedThrough() {
    AnswerCells cells = cells(BatchOptions.builder().passThrough(List.of("c2")).build(),
        "couple", "c1", "partner", "c2", "c3", "c4", "wave");
    assertThat(new boolean[] {cells.isCodeColumn(0), cells.isCodeColumn(1),
        cells.isCodeColumn(2), cells.isCodeColumn(3), cells.isCodeColumn(4),
        cells.isCodeColumn(5), cells.isCodeColumn(6), cells.isCodeColumn(7)})
        .containsExactly(false, true, false, false, true, true, false, false);
  }
}
