package io.github.dyadscore.stats;

import static io.github.dyadscore.ProfilesGolden.assertNumber;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.ProfilesGolden;
import io.github.dyadscore.batch.BatchOptions;
import io.github.dyadscore.batch.BatchScorer;
import io.github.dyadscore.batch.ProgressListener;
import io.github.dyadscore.batch.SampleStatistics;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reliability analysis of the synthetic couples of {@code src/test/r/profiles-golden.R}
 * against R: omega total per scale and group as {@code psych::omega(x, nfactors = 1, fm =
 * "minres")$omega.tot} (1e-6: both are iterative fits, see {@link OmegaTotal}), and per item the
 * partners' kappas as {@code psych::cohen.kappa} (1e-9).
 */
class OmegaAndKappaGoldenTest {

  private static ReliabilityReport report;

  @BeforeAll
  static void analyse() throws IOException {
    SampleStatistics statistics = new BatchScorer(ProfilesGolden.questionnaire(),
        BatchOptions.builder().threads(2).build())
        .reliability(ProfilesGolden.file("data-long.csv"), ProgressListener.NONE);
    assertThat(statistics.rowsRejected()).isZero();
    report = statistics.report();
  }

  @Test
  void omegaTotalEqualsPsychOmegaWithOneMinresFactor() {
    Map<String, Map<String, String>> expected = ProfilesGolden.table("omega.csv", 2);
    for (ScaleStatistics scale : report.scales()) {
      check(expected.get(scale.scaleId() + ",all"), scale.everyone());
      check(expected.get(scale.scaleId() + ",A"), scale.forRole(Role.A));
      check(expected.get(scale.scaleId() + ",B"), scale.forRole(Role.B));
    }
  }

  private static void check(Map<String, String> e, ScaleReliability r) {
    String at = r.scaleId() + " " + e.get("group");
    assertThat(r.itemCount()).as(at).isEqualTo(Integer.parseInt(e.get("k")));
    assertNumber(at + " omega", r.omegaTotal(), e.get("omega_total"), 1e-6);
    assertNumber(at + " alpha", r.rawAlpha(), e.get("raw_alpha"), 1e-9);
  }

  @Test
  void twoItemsIdentifyNoFactor() {
    assertThat(report.scale("pair").orElseThrow().everyone().omegaTotal()).isNaN();
  }

  @Test
  void itemKappasEqualPsychCohenKappa() {
    Map<String, Map<String, String>> expected = ProfilesGolden.table("kappa.csv", 1);
    assertThat(report.itemKappas()).hasSize(expected.size());
    for (ItemKappa kappa : report.itemKappas()) {
      Map<String, String> e = expected.get(kappa.item());
      assertThat(kappa.couples()).as(kappa.item()).isEqualTo(Long.parseLong(e.get("n")));
      assertThat(kappa.categories()).as(kappa.item())
          .isEqualTo(Integer.parseInt(e.get("categories")));
      assertNumber(kappa.item() + " kappa", kappa.kappa(), e.get("kappa"), 1e-9);
      assertNumber(kappa.item() + " linear", kappa.linearKappa(), e.get("kappa_linear"), 1e-9);
      assertNumber(kappa.item() + " quadratic", kappa.quadraticKappa(), e.get("kappa_quadratic"),
          1e-9);
    }
  }
}
