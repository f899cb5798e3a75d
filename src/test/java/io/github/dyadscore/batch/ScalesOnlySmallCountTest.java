package io.github.dyadscore.batch;

import static io.github.dyadscore.batch.BatchTesting.definition;
import static io.github.dyadscore.batch.BatchTesting.lines;
import static io.github.dyadscore.batch.BatchTesting.score;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.batch.BatchOptions.Output;
import io.github.dyadscore.couple.CoupleReport;
import io.github.dyadscore.couple.Privacy;
import io.github.dyadscore.couple.ScaleComparison;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The small-count rule of {@link Privacy} in batch runs: under {@link Privacy#SCALES_ONLY} a
 * statistic over fewer than {@link Privacy#MINIMUM_SHARED_ITEMS} items is NA in couples.csv and
 * perception.csv, as it is NaN in the library's report, and the same couples under {@link
 * Privacy#SHARE_ITEMS} show numbers there. mini.json's scale {@code close} has two items, and the
 * two items it shares with {@code total} are a group of two.
 */
class ScalesOnlySmallCountTest {

  private static final Questionnaire MINI = definition("mini.json");
  private static final List<String> PROFILE = List.of("profile_r", "profile_mad", "profile_d2",
      "profile_d", "profile_elevation", "profile_scatter", "profile_shape");
  private static final List<String> DISTINCTIVE = List.of("profile_distinctive_r",
      "profile_normativeness_A", "profile_normativeness_B");

  @TempDir Path dir;

  /** Couple 1 answers all four items, couple 2 shares only c1 and c3. */
  private Path input() throws IOException {
    return Files.writeString(dir.resolve("in.csv"), "couple,partner,c1,c2,c3,c4\n"
        + "1,A,4,2,5,3\n1,B,5,1,4,2\n"
        + "2,A,4,2,5,\n2,B,5,,4,2\n"
        + "3,A,2,4,1,3\n3,B,3,3,2,4\n");
  }

  private Map<String, String> couple(Path out, String id) throws IOException {
    List<String> lines = lines(out.resolve("couples.csv"));
    List<String> header = List.of(lines.get(0).split(",", -1));
    String[] cells = lines.stream().filter(l -> l.startsWith(id + ",")).findFirst().orElseThrow()
        .split(",", -1);
    Map<String, String> row = new LinkedHashMap<>();
    for (int c = 0; c < header.size(); c++) {
      row.put(header.get(c), cells[c]);
    }
    return row;
  }

  private Path run(Privacy privacy) throws IOException {
    Path out = dir.resolve(privacy.name());
    score(MINI, input(), out, BatchOptions.builder().privacy(privacy)
        .with(Output.DISTINCTIVE_PROFILES).with(Output.PROFILE_ANATOMY)
        .with(Output.WITHIN_COUPLE_AGREEMENT).build());
    return out;
  }

  @Test
  void agreementOnAScaleOfTwoItemsIsNaUnderScalesOnly() throws IOException {
    Map<String, String> shared = couple(run(Privacy.SHARE_ITEMS), "1");
    Map<String, String> scalesOnly = couple(run(Privacy.SCALES_ONLY), "1");

    assertThat(shared.get("close_pca")).isEqualTo("100");
    assertThat(shared.get("close_rwg")).isNotEqualTo("NA");
    assertThat(shared.get("total_rwg")).isNotEqualTo("NA");
    assertThat(scalesOnly.get("close_pca")).isEqualTo("NA");
    assertThat(scalesOnly.get("close_rwg")).isEqualTo("NA");
    // total's items c1 and c2 are also close's: total less close would be a figure over c3, c4.
    assertThat(scalesOnly.get("total_pca")).isEqualTo("NA");
    assertThat(scalesOnly.get("total_rwg")).isEqualTo("NA");
    // the scale scores themselves stay
    assertThat(scalesOnly.get("close_A")).isEqualTo(shared.get("close_A"));
  }

  @Test
  void profileOfACoupleSharingTwoItemsIsNaUnderScalesOnly() throws IOException {
    Map<String, String> shared = couple(run(Privacy.SHARE_ITEMS), "2");
    Map<String, String> scalesOnly = couple(run(Privacy.SCALES_ONLY), "2");

    assertThat(shared.get("profile_items")).isEqualTo("2");
    assertThat(scalesOnly.get("profile_items")).isEqualTo("2");
    assertThat(shared.get("profile_mad")).isEqualTo("1");
    assertThat(shared.get("profile_d2")).isEqualTo("2");
    assertThat(shared.get("profile_distinctive_r")).isNotEqualTo("NA");
    for (String column : PROFILE) {
      assertThat(scalesOnly.get(column)).as(column).isEqualTo("NA");
    }
    assertThat(scalesOnly.get("profile_distinctive_r")).isEqualTo("NA");
  }

  @Test
  void profileOverFourSharedItemsIsShownUnderScalesOnlyButNotItsDistance() throws IOException {
    Map<String, String> shared = couple(run(Privacy.SHARE_ITEMS), "1");
    Map<String, String> scalesOnly = couple(run(Privacy.SCALES_ONLY), "1");

    for (String column : List.of("profile_r", "profile_mad")) {
      assertThat(scalesOnly.get(column)).as(column).isEqualTo(shared.get(column))
          .isNotEqualTo("NA");
    }
    // Beside r and both scale scores, D^2 and its parts give the second moments of the other's
    // answers: never under SCALES_ONLY, however many items.
    for (String column : PROFILE.subList(2, PROFILE.size())) {
      assertThat(shared.get(column)).as(column).isNotEqualTo("NA");
      assertThat(scalesOnly.get(column)).as(column).isEqualTo("NA");
    }
    for (String column : DISTINCTIVE) {
      assertThat(scalesOnly.get(column)).as(column).isEqualTo(shared.get(column));
    }
  }

  @Test
  void normativenessOverTwoAnsweredItemsIsNaUnderScalesOnly() throws IOException {
    Path input = Files.writeString(dir.resolve("few.csv"), "couple,partner,c1,c2,c3,c4\n"
        + "1,A,4,2,5,3\n1,B,5,1,4,2\n2,A,4,2,5,1\n2,B,5,,4,\n3,A,2,4,1,3\n3,B,3,3,2,4\n");
    Path shared = dir.resolve("shared");
    Path scalesOnly = dir.resolve("scales");
    score(MINI, input, shared, BatchOptions.builder().with(Output.DISTINCTIVE_PROFILES).build());
    score(MINI, input, scalesOnly, BatchOptions.builder().privacy(Privacy.SCALES_ONLY)
        .with(Output.DISTINCTIVE_PROFILES).build());

    assertThat(couple(shared, "2").get("profile_normativeness_B")).isNotEqualTo("NA");
    assertThat(couple(scalesOnly, "2").get("profile_normativeness_B")).isEqualTo("NA");
    assertThat(couple(scalesOnly, "2").get("profile_normativeness_A"))
        .isEqualTo(couple(shared, "2").get("profile_normativeness_A")).isNotEqualTo("NA");
  }

  @Test
  void theLibraryWithholdsWhatTheBatchWithholds() throws IOException {
    Map<String, String> scalesOnly = couple(run(Privacy.SCALES_ONLY), "2");
    Map<String, String> full = couple(run(Privacy.SCALES_ONLY), "1");
    CoupleReport two = MINI.compare(answers(4, 2, 5, null), answers(5, null, 4, 2),
        Privacy.SCALES_ONLY);
    CoupleReport one = MINI.compare(answers(4, 2, 5, 3), answers(5, 1, 4, 2),
        Privacy.SCALES_ONLY);

    assertThat(Double.isNaN(two.profile().correlation())).isTrue();
    assertThat(Double.isNaN(two.profile().meanAbsoluteDifference())).isTrue();
    assertThat(Double.isNaN(two.profile().distance().squared())).isTrue();
    assertThat(scalesOnly.get("profile_mad")).isEqualTo("NA");
    for (String scale : List.of("close", "total")) {
      ScaleComparison s = one.scale(scale);
      assertThat(CsvCells.number(s.positiveAgreement())).isEqualTo(full.get(scale + "_pca"));
      assertThat(s.withinCoupleAgreement()).isNaN();
      assertThat(full.get(scale + "_rwg")).isEqualTo("NA");
    }
    assertThat(CsvCells.number(one.profile().correlation())).isEqualTo(full.get("profile_r"));
  }

  private static Answers answers(Integer... codes) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < codes.length; i++) {
      if (codes[i] != null) {
        map.put("c" + (i + 1), codes[i]);
      }
    }
    return Answers.of(map);
  }
}
