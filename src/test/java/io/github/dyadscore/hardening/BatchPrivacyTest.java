package io.github.dyadscore.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.batch.BatchOptions;
import io.github.dyadscore.batch.BatchScorer;
import io.github.dyadscore.batch.BatchSummary;
import io.github.dyadscore.batch.ProgressListener;
import io.github.dyadscore.couple.Privacy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch run with {@link Privacy#SCALES_ONLY}: no output file, {@code reports.jsonl} included,
 * carries an item id or an answer code of either partner. Uses {@link PrivacyTest}'s questionnaire,
 * whose item ids contain {@code secretitem} and whose codes are 101 to 107 and 199.
 */
class BatchPrivacyTest {

  private static final Questionnaire Q = Questionnaire.parse(PrivacyTest.DEFINITION);
  private static final Set<String> CODES =
      Set.of("101", "102", "103", "104", "105", "106", "107", "199");

  @TempDir Path dir;

  private Path write(Random random) throws IOException {
    StringBuilder csv = new StringBuilder("couple,partner");
    for (int i = 1; i <= 8; i++) {
      csv.append(",secretitem").append(i);
    }
    csv.append('\n');
    for (int c = 1; c <= 30; c++) {
      for (String partner : List.of("A", "B")) {
        csv.append("couple").append(c).append(',').append(partner);
        for (int i = 1; i <= 8; i++) {
          int roll = random.nextInt(10);
          csv.append(',').append(roll == 0 ? "" : roll == 1 ? "199" : 101 + random.nextInt(7));
        }
        csv.append('\n');
      }
    }
    Path input = dir.resolve("answers.csv");
    Files.writeString(input, csv, StandardCharsets.UTF_8);
    return input;
  }

  private BatchSummary run(Path input, Path out, Privacy privacy) throws IOException {
    BatchOptions.Builder options = BatchOptions.builder().privacy(privacy)
        .with(BatchOptions.Output.REPORTS).with(BatchOptions.Output.PROFILE_ANATOMY)
        .with(BatchOptions.Output.WITHIN_COUPLE_AGREEMENT);
    if (privacy == Privacy.SHARE_ITEMS) {
      options.with(BatchOptions.Output.ITEM_DIVERGENCES);
    }
    return new BatchScorer(Q, options.build()).run(input, out, ProgressListener.NONE);
  }

  private static List<String> outputs(Path out) throws IOException {
    List<String> texts = new ArrayList<>();
    try (Stream<Path> files = Files.list(out)) {
      for (Path file : files.sorted().toList()) {
        texts.add(file.getFileName() + "\n" + Files.readString(file, StandardCharsets.UTF_8));
      }
    }
    return texts;
  }

  @RepeatedTest(20)
  void scalesOnlyOutputsCarryNoItemIdAndNoAnswerCode() throws IOException {
    Path out = dir.resolve("out");
    BatchSummary summary = run(write(new Random()), out, Privacy.SCALES_ONLY);
    assertThat(summary.personsScored()).isEqualTo(60);
    List<String> texts = outputs(out);
    assertThat(texts).anyMatch(text -> text.startsWith("reports.jsonl\n{"));
    for (String text : texts) {
      assertThat(text).doesNotContain("secretitem");
      String searched = text;
      for (String column : SUMS_OF_SQUARES) {
        searched = withoutColumn(searched, column);
      }
      assertThat(PrivacyTest.numbers(searched)).as(text)
          .doesNotContainAnyElementsOf(CODES);
    }
  }

  /**
   * couples.csv's profile_d2 is a sum of squared gaps between keyed values (1 to 7 here), a whole
   * number that can be 102 without being the answer code 102; its parts elevation, scatter and
   * shape are whole numbers too whenever the other two are 0 (shape is then D^2 itself), so they
   * are left out of the search; every other column is searched.
   */
  private static final List<String> SUMS_OF_SQUARES =
      List.of("profile_d2", "profile_elevation", "profile_scatter", "profile_shape");

  /** The text of an output file without one of its columns. */
  private static String withoutColumn(String text, String column) {
    String[] lines = text.split("\n", -1);
    if (lines.length < 2) {
      return text;
    }
    int at = List.of(lines[1].split(",", -1)).indexOf(column);
    if (at < 0) {
      return text;
    }
    StringBuilder kept = new StringBuilder(lines[0]);
    for (int l = 1; l < lines.length; l++) {
      List<String> cells = new ArrayList<>(List.of(lines[l].split(",", -1)));
      if (cells.size() > at) {
        cells.remove(at);
      }
      kept.append('\n').append(String.join(",", cells));
    }
    return kept.toString();
  }

  /** The search above would see a leak: sharing items does put ids and codes in the outputs. */
  @Test
  void theSearchFindsItemIdsAndCodesWhenItemsAreShared() throws IOException {
    Path out = dir.resolve("shared");
    run(write(new Random(7)), out, Privacy.SHARE_ITEMS);
    String all = String.join("\n", outputs(out));
    assertThat(all).contains("secretitem");
    assertThat(PrivacyTest.numbers(all)).containsAnyElementsOf(CODES);
  }
}
