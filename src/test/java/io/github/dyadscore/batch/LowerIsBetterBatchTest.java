package io.github.dyadscore.batch;

import static io.github.dyadscore.batch.BatchTesting.lines;
import static io.github.dyadscore.batch.BatchTesting.score;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.Questionnaire;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** couples.csv's positive agreement follows a lower-is-better scale's direction, as the library. */
class LowerIsBetterBatchTest {

  @TempDir Path dir;

  @Test
  void positiveAgreementColumnsOfEcrRsCountTheItemsBothAnsweredLow() throws Exception {
    // The couple of couple.LowerIsBetterScalesTest, worked by hand there: avoidance 50 %
    // (3 of 6 items both answered low), anxiety 1 of 3.
    Path input = dir.resolve("ecr.csv");
    Files.writeString(input, "couple,partner,ecr1,ecr2,ecr3,ecr4,ecr5,ecr6,ecr7,ecr8,ecr9\n"
        + "c1,A,7,6,7,6,2,1,1,2,6\n"
        + "c1,B,6,6,2,4,2,6,1,5,5\n");
    Path out = dir.resolve("out");

    score(Questionnaire.bundled("ecr-rs"), input, out, BatchOptions.defaults());

    List<String> rows = lines(out.resolve("couples.csv"));
    List<String> header = Arrays.asList(rows.get(0).split(","));
    List<String> cells = Arrays.asList(rows.get(1).split(","));
    assertThat(cells.get(header.indexOf("avoidance_pca"))).isEqualTo("50");
    assertThat(cells.get(header.indexOf("anxiety_pca"))).isEqualTo("33.3333333333333");
  }
}
