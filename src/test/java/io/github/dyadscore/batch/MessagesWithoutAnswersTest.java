package io.github.dyadscore.batch;

import static io.github.dyadscore.batch.BatchTesting.definition;
import static io.github.dyadscore.batch.BatchTesting.score;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dyadscore.Questionnaire;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A message about a whole file never prints an answer: not the first row of a file without a
 * header row, not a number that stands where a column name belongs, not a piece of a cell that
 * the CSV reader stopped at.
 */
class MessagesWithoutAnswersTest {

  private static final Questionnaire MINI = definition("mini.json");

  @TempDir Path dir;

  @Test
  void aFileWithoutAHeaderRowIsRejectedWithoutPrintingItsFirstRow() throws IOException {
    Path input = Files.writeString(dir.resolve("nohead.csv"), "17,A,4,2,5,3\n17,B,5,1,4,2\n");

    assertThatThrownBy(() -> score(MINI, input, dir.resolve("out"), BatchOptions.defaults()))
        .isInstanceOf(BatchInputException.class)
        .hasMessage("nohead.csv:1: no couple id column 'couple' in the header (6 columns, no "
            + "name that is the couple column or an item of the questionnaire, so it may be a first "
            + "row of answers: the file needs a header row; the cells are not shown); name it "
            + "with --couple-column");
  }

  @Test
  void aNumberWhereAColumnNameBelongsIsNotPrinted() throws IOException {
    Path input = Files.writeString(dir.resolve("half.csv"), "couple,c1,c2,c3,c4,4\n1,4,2,5,3,4\n");

    assertThatThrownBy(() -> score(MINI, input, dir.resolve("out"),
        BatchOptions.builder().layout(BatchOptions.Layout.LONG).build()))
        .isInstanceOf(BatchInputException.class)
        .hasMessage("half.csv:1: no partner column 'partner' in the header [couple, c1, c2, c3, "
            + "c4, <a number>]; the long layout needs one (name it with --partner-column), or "
            + "use the wide layout");
  }

  @Test
  void textAfterAQuotedCellIsLocatedWithoutQuotingIt() throws IOException {
    Path input = Files.writeString(dir.resolve("quote.csv"),
        "couple,partner,c1,c2,c3,c4\n1,A,4,2,5,3\n1,B,\"secret\"x,2,5,3\n");

    assertThatThrownBy(() -> score(MINI, input, dir.resolve("out"), BatchOptions.defaults()))
        .isInstanceOf(BatchInputException.class)
        .hasMessage("quote.csv:3: malformed CSV: text follows the closing double quote of a "
            + "quoted cell at character 13 of the line; expected a delimiter or the end of the "
            + "line right after it (a double quote inside a quoted cell is written twice: \"\")");
  }
}
