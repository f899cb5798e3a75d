package io.github.dyadscore.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Agreement with R's psych 2.2.9 on the synthetic couples of {@link BfiCouples}, within 1e-9. The expected values in
 * src/test/resources/golden/psych/ were written by src/test/r/psych-golden.R (its README names the
 * R calls): {@code psych::alpha(items[, scale], keys = list(scale = keys))} per scale over all 2800
 * persons and per partner role, {@code psych::alpha.ci} for three choices of n, and the
 * double-entry and ANOVA intraclass correlations of the {@code scoreItems(impute = "none")}
 * scores in base R.
 */
class PsychAlphaGoldenTest {

  private static final Offset<Double> TOLERANCE = within(1e-9);
  private static ReliabilityReport report;

  @BeforeAll
  static void analyseBfi() {
    ReliabilityAccumulator acc = new ReliabilityAccumulator(StatsFixtures.definition("bfi"));
    List<BfiCouples.Person> persons = BfiCouples.read();
    assertThat(persons).hasSize(2800);
    BfiCouples.feed(acc, persons, 0, persons.size());
    report = acc.result();
  }

  private static List<String[]> rows(String file) {
    String[] lines = BfiCouples.resource("/golden/psych/" + file).split("\n");
    List<String[]> rows = new ArrayList<>();
    for (int l = 1; l < lines.length; l++) {
      if (!lines[l].isEmpty()) {
        rows.add(lines[l].split(",", -1));
      }
    }
    return rows;
  }

  @Test
  void scaleAndItemStatisticsEqualPsychAlpha() {
    int checked = 0;
    for (String[] row : rows("alpha.csv")) {
      ScaleReliability s = report.scale(row[0]).orElseThrow().everyone();
      String statistic = row[1];
      String item = row[2];
      double expected = Double.parseDouble(row[3]);
      Double actual = item.isEmpty() ? scaleValue(s, statistic) : itemValue(s, item, statistic);
      if (actual == null) {
        continue; // a psych statistic dyadscore does not report (G6, S/N, ase, ...)
      }
      assertThat(actual).as("%s %s %s", row[0], statistic, item).isCloseTo(expected, TOLERANCE);
      checked++;
    }
    // 5 scales x (11 scale figures + 5 items x 6 item figures)
    assertThat(checked).isEqualTo(5 * (11 + 5 * 6));
  }

  private static Double scaleValue(ScaleReliability s, String statistic) {
    return switch (statistic) {
      case "raw_alpha" -> s.rawAlpha();
      case "std.alpha" -> s.standardizedAlpha();
      case "average_r" -> s.averageR();
      case "mean" -> s.scoreMean();
      case "sd" -> s.scoreSd();
      case "nvar" -> (double) s.itemCount();
      case "n_rows" -> (double) s.personsPassed();
      case "n_complete" -> (double) s.personsComplete();
      case "n_any" -> (double) s.personsAnsweringAny();
      case "feldt_lower" -> s.feldt95().lower();
      case "feldt_upper" -> s.feldt95().upper();
      default -> null;
    };
  }

  private static Double itemValue(ScaleReliability s, String itemId, String statistic) {
    ItemReliability item =
        s.items().stream().filter(i -> i.itemId().equals(itemId)).findFirst().orElseThrow();
    return switch (statistic) {
      case "n" -> (double) item.answers();
      case "mean" -> item.mean();
      case "sd" -> item.sd();
      case "r.drop" -> item.correctedItemTotal();
      case "drop.raw_alpha" -> item.alphaIfDeleted();
      case "drop.std.alpha" -> item.standardizedAlphaIfDeleted();
      default -> null;
    };
  }

  @Test
  void perPartnerAlphasEqualPsychAlphaOnEachRole() {
    List<String[]> rows = rows("alpha-by-partner.csv");
    for (String[] row : rows) {
      ScaleReliability s = report.scale(row[1]).orElseThrow().forRole(Role.valueOf(row[0]));
      double expected = Double.parseDouble(row[3]);
      double actual =
          switch (row[2]) {
            case "raw_alpha" -> s.rawAlpha();
            case "std.alpha" -> s.standardizedAlpha();
            case "average_r" -> s.averageR();
            case "n_rows" -> s.personsPassed();
            default -> throw new AssertionError("unexpected statistic " + row[2]);
          };
      assertThat(actual).as("%s %s %s", row[0], row[1], row[2]).isCloseTo(expected, TOLERANCE);
    }
    assertThat(rows).hasSize(2 * 5 * 4);
  }

  @Test
  void feldtIntervalsEqualPsychAlphaCiForEachChoiceOfN() {
    List<String[]> rows = rows("alpha-feldt.csv");
    for (String[] row : rows) {
      ScaleReliability s = report.scale(row[0]).orElseThrow().everyone();
      long n =
          switch (row[1]) {
            case "n_rows" -> s.personsPassed();
            case "n_any" -> s.personsAnsweringAny();
            case "n_complete" -> s.personsComplete();
            default -> throw new AssertionError("unexpected n rule " + row[1]);
          };
      assertThat(n).as("%s %s", row[0], row[1]).isEqualTo(Long.parseLong(row[2]));
      assertThat(s.itemCount()).isEqualTo(Integer.parseInt(row[3]));
      Interval ci = s.feldt95(n);
      assertThat(ci.lower()).as("%s %s lower", row[0], row[1])
          .isCloseTo(Double.parseDouble(row[5]), TOLERANCE);
      assertThat(ci.upper()).as("%s %s upper", row[0], row[1])
          .isCloseTo(Double.parseDouble(row[6]), TOLERANCE);
    }
    assertThat(rows).hasSize(15);
  }

  @Test
  void doubleEntryAndAnovaIccsEqualBaseR() {
    List<String[]> rows = rows("icc-double-entry.csv");
    for (String[] row : rows) {
      DyadicCorrelation d = report.scale(row[0]).orElseThrow().dyadic();
      Map<String, double[]> pairs = new LinkedHashMap<>();
      pairs.put("N", new double[] {d.couples(), Double.parseDouble(row[1])});
      pairs.put("r_double_entry", new double[] {d.doubleEntryR(), Double.parseDouble(row[2])});
      pairs.put("ms_between", new double[] {d.msBetween(), Double.parseDouble(row[3])});
      pairs.put("ms_within", new double[] {d.msWithin(), Double.parseDouble(row[4])});
      pairs.put("icc_anova", new double[] {d.anovaIcc(), Double.parseDouble(row[5])});
      pairs.forEach(
          (name, v) -> assertThat(v[0]).as("%s %s", row[0], name).isCloseTo(v[1], TOLERANCE));
      assertThat(d.z()).isCloseTo(d.doubleEntryR() * Math.sqrt(1400), TOLERANCE);
    }
    assertThat(rows).hasSize(5);
  }

  @Test
  void noItemIsFlaggedOnceKeyed() {
    for (ScaleStatistics s : report.scales()) {
      assertThat(s.everyone().items()).noneMatch(ItemReliability::possiblyMiskeyed);
      assertThat(s.everyone().excludedItems()).isEmpty();
    }
  }
}
