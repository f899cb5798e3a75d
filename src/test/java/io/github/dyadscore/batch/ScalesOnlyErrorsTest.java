package io.github.dyadscore.batch;

import static io.github.dyadscore.batch.BatchTesting.read;
import static io.github.dyadscore.batch.BatchTesting.score;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.couple.Privacy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * errors.csv never repeats a code that is not an option (it may be a mistyped answer); under
 * --scales-only it repeats no cell at all, not a free-text one either. Each reason names the item
 * and what was expected.
 */
class ScalesOnlyErrorsTest {

  private static final Questionnaire MUTUALITY = Questionnaire.bundled("mutuality-security");
  private static final String ITEMS = "m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,"
      + "s1,s2,s3,s4,s5,s6,s7,s8,s9,s10,s11,s12,s13,s14";
  private static final String REST = ",4".repeat(27);

  @TempDir Path dir;

  private String errors(Privacy privacy) throws IOException {
    Path input = dir.resolve("study.csv");
    Files.writeString(input, "couple,partner," + ITEMS + "\n"
        + "1,A,he never listens" + REST + "\n"
        + "1,B,77" + REST + "\n");
    Path out = dir.resolve(privacy.name());
    score(MUTUALITY, input, out, BatchOptions.builder().privacy(privacy).build());
    return read(out.resolve("errors.csv"));
  }

  @Test
  void scalesOnlyErrorsNameTheItemAndTheProblemButNotTheAnswer() throws IOException {
    String errors = errors(Privacy.SCALES_ONLY);

    assertThat(errors).doesNotContain("never listens").doesNotContain("77")
        .contains("item 'm1': the cell is not a number; expected a whole-number answer code")
        .contains("item 'm1': the code is not a valid answer; expected");
  }

  @Test
  void withItemsSharedATextCellIsQuotedToHelpFixItButACodeIsNot() throws IOException {
    assertThat(errors(Privacy.SHARE_ITEMS)).contains("'he never listens'").doesNotContain("77")
        .contains("item 'm1': the code is not a valid answer; expected");
  }

  @Test
  void aDistinctiveInvalidCodeIsInNoCellOfErrorsCsvWhateverThePrivacy() throws IOException {
    Path input = dir.resolve("planted.csv");
    Files.writeString(input, "couple,partner," + ITEMS + "\n"
        + "1,A,4" + REST + "\n"
        + "1,B" + ",4".repeat(16) + ",987654" + ",4".repeat(11) + "\n");
    for (Privacy privacy : Privacy.values()) {
      Path out = dir.resolve("planted-" + privacy.name());
      score(MUTUALITY, input, out, BatchOptions.builder().privacy(privacy).build());
      String errors = read(out.resolve("errors.csv"));

      assertThat(errors).as(privacy.name()).isEqualTo("line,couple,partner,column,reason\n"
          + "3,1,B,s3,\"item 's3': the code is not a valid answer; expected a code from 1 to 7 "
          + "or a missing code [-99, 99] (response scale 'agree7')\"\n");
      try (var files = Files.list(out)) {
        for (Path file : files.filter(Files::isRegularFile).toList()) {
          assertThat(read(file)).as(file.getFileName().toString()).doesNotContain("987654");
        }
      }
    }
  }
}
