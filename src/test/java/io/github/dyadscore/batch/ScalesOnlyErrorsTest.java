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
 * Under --scales-only errors.csv names the item and the problem but never repeats what the
 * person answered: not a free-text cell, not a code that is not an option.
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
  void withItemsSharedTheCellIsQuotedToHelpFixIt() throws IOException {
    assertThat(errors(Privacy.SHARE_ITEMS)).contains("'he never listens'").contains("77");
  }
}
