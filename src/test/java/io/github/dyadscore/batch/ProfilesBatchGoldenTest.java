package io.github.dyadscore.batch;

import static io.github.dyadscore.ProfilesGolden.assertNumber;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.ProfilesGolden;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.batch.BatchOptions.Imputation;
import io.github.dyadscore.batch.BatchOptions.Output;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * couples.csv's profile anatomy, r_wg(J), distinctive profile correlation and normativeness
 * against R on the synthetic couples of {@code src/test/r/profiles-golden.R} (base R formulas,
 * {@code multilevel::rwg.j}; the normative profile is R's {@code colMeans} of every scored
 * person's keyed answers). Tolerance 1e-9 on the values as written (15 significant digits).
 */
class ProfilesBatchGoldenTest {

  private static final double TOLERANCE = 1e-9;
  private static final Questionnaire Q = ProfilesGolden.questionnaire();
  private static final List<String> PROFILE_COLUMNS = List.of("profile_r", "profile_mad",
      "profile_items", "profile_d2", "profile_d", "profile_elevation", "profile_scatter",
      "profile_shape");
  private static final List<String> DISTINCTIVE_COLUMNS = List.of("profile_distinctive_r",
      "profile_normativeness_A", "profile_normativeness_B");

  @TempDir Path dir;

  private List<Map<String, String>> couples(BatchOptions options, List<Integer> passes)
      throws IOException {
    Path out = dir.resolve("run" + passes.hashCode() + options.hashCode());
    new BatchScorer(Q, options).run(ProfilesGolden.file("data-long.csv"), out,
        progress -> passes.add(progress.passes()));
    List<String> lines = BatchTesting.lines(out.resolve("couples.csv"));
    List<String> header = Arrays.asList(lines.get(0).split(",", -1));
    List<Map<String, String>> rows = new ArrayList<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split(",", -1);
      assertThat(cells).hasSameSizeAs(header.toArray());
      Map<String, String> row = new java.util.LinkedHashMap<>();
      for (int c = 0; c < cells.length; c++) {
        row.put(header.get(c), cells[c]);
      }
      rows.add(row);
    }
    return rows;
  }

  @ParameterizedTest(name = "impute = {0}")
  @EnumSource(Imputation.class)
  void distinctiveProfilesAndProfileAnatomyEqualR(Imputation imputation) throws IOException {
    List<Integer> passes = new ArrayList<>();
    List<Map<String, String>> rows = couples(BatchOptions.builder().imputation(imputation)
        .with(Output.DISTINCTIVE_PROFILES).with(Output.PROFILE_ANATOMY)
        .with(Output.WITHIN_COUPLE_AGREEMENT).threads(2).build(), passes);
    assertThat(passes).as("a first pass for the normative profile").contains(2);
    Map<String, Map<String, String>> profiles = ProfilesGolden.table("profiles.csv", 1);
    Map<String, Map<String, String>> rwg = ProfilesGolden.table("rwg.csv", 1);
    assertThat(rows).hasSize(240);
    for (Map<String, String> row : rows) {
      String couple = row.get("couple");
      List<String> columns = new ArrayList<>(PROFILE_COLUMNS);
      columns.addAll(DISTINCTIVE_COLUMNS);
      for (String column : columns) {
        assertNumber("couple " + couple + " " + column, Double.parseDouble(
            row.get(column).replace("NA", "NaN")), profiles.get(couple).get(column), TOLERANCE);
      }
      for (String scale : List.of("warmth", "conflict", "pair", "overall")) {
        String column = scale + "_rwg";
        assertNumber("couple " + couple + " " + column, Double.parseDouble(
            row.get(column).replace("NA", "NaN")), rwg.get(couple).get(column), TOLERANCE);
      }
    }
  }

  @Test
  void theDefaultRunReadsTheFileOnceAndHasNoOptInColumns() throws IOException {
    List<Integer> passes = new ArrayList<>();
    List<Map<String, String>> rows = couples(BatchOptions.builder().build(), passes);
    assertThat(passes).containsOnly(1);
    assertThat(rows.get(0).keySet()).contains("profile_r", "profile_mad", "profile_items")
        .doesNotContainAnyElementsOf(DISTINCTIVE_COLUMNS)
        .doesNotContain("profile_d2", "profile_shape", "warmth_rwg", "overall_rwg");
  }

  @Test
  void profileAnatomyWithoutDistinctiveProfilesNeedsOnePass() throws IOException {
    List<Integer> passes = new ArrayList<>();
    List<Map<String, String>> rows = couples(BatchOptions.builder()
        .with(Output.PROFILE_ANATOMY).build(), passes);
    assertThat(passes).containsOnly(1);
    assertThat(rows.get(0).keySet()).containsAll(PROFILE_COLUMNS)
        .doesNotContainAnyElementsOf(DISTINCTIVE_COLUMNS);
    Map<String, Map<String, String>> profiles = ProfilesGolden.table("profiles.csv", 1);
    for (Map<String, String> row : rows) {
      assertNumber("couple " + row.get("couple"), Double.parseDouble(
          row.get("profile_shape").replace("NA", "NaN")),
          profiles.get(row.get("couple")).get("profile_shape"), TOLERANCE);
    }
  }
}
