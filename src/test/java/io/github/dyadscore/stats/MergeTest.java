package io.github.dyadscore.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class MergeTest {

  @Test
  void twoAccumulatorsOverHalvesEqualOneOverAll() {
    List<BfiCouples.Person> persons = BfiCouples.read();
    ReliabilityAccumulator whole = new ReliabilityAccumulator(StatsFixtures.definition("bfi"));
    BfiCouples.feed(whole, persons, 0, persons.size());
    // An uneven split at a couple boundary, as two reader threads might produce.
    int cut = 2 * 611;
    ReliabilityAccumulator first = new ReliabilityAccumulator(StatsFixtures.definition("bfi"));
    ReliabilityAccumulator second = new ReliabilityAccumulator(StatsFixtures.definition("bfi"));
    BfiCouples.feed(first, persons, 0, cut);
    BfiCouples.feed(second, persons, cut, persons.size());

    first.merge(second);
    ReliabilityReport merged = first.result();
    ReliabilityReport expected = whole.result();

    assertThat(merged.persons()).isEqualTo(2800);
    assertThat(merged.couples()).isEqualTo(1400);
    for (int s = 0; s < expected.scales().size(); s++) {
      ScaleStatistics e = expected.scales().get(s);
      ScaleStatistics m = merged.scales().get(s);
      // Item sums are integers, exact in any order, so the item analysis is identical to the bit;
      // only the running mean and sd of the person means depend on the order of updates.
      for (Role role : Role.values()) {
        assertItemAnalysisEqual(m.forRole(role), e.forRole(role));
      }
      assertItemAnalysisEqual(m.everyone(), e.everyone());
      DyadicCorrelation md = m.dyadic();
      DyadicCorrelation ed = e.dyadic();
      assertThat(md.couples()).isEqualTo(ed.couples());
      assertThat(md.doubleEntryR()).isCloseTo(ed.doubleEntryR(), within(1e-13));
      assertThat(md.msBetween()).isCloseTo(ed.msBetween(), within(1e-13));
      assertThat(md.msWithin()).isCloseTo(ed.msWithin(), within(1e-13));
      assertThat(md.anovaIcc()).isCloseTo(ed.anovaIcc(), within(1e-13));
      assertThat(md.anovaP()).isCloseTo(ed.anovaP(), within(1e-12));
    }
  }

  private static void assertItemAnalysisEqual(ScaleReliability m, ScaleReliability e) {
    assertThat(m.personsPassed()).isEqualTo(e.personsPassed());
    assertThat(m.personsAnsweringAny()).isEqualTo(e.personsAnsweringAny());
    assertThat(m.personsComplete()).isEqualTo(e.personsComplete());
    assertThat(m.rawAlpha()).isEqualTo(e.rawAlpha());
    assertThat(m.standardizedAlpha()).isEqualTo(e.standardizedAlpha());
    assertThat(m.averageR()).isEqualTo(e.averageR());
    assertThat(m.feldt95()).isEqualTo(e.feldt95());
    assertThat(m.items()).isEqualTo(e.items());
    assertThat(m.scoreMean()).isCloseTo(e.scoreMean(), within(1e-13));
    assertThat(m.scoreSd()).isCloseTo(e.scoreSd(), within(1e-13));
  }

  @Test
  void mergingAnEmptyAccumulatorChangesNothing() {
    List<BfiCouples.Person> persons = BfiCouples.read();
    ReliabilityAccumulator acc = new ReliabilityAccumulator(StatsFixtures.definition("bfi"));
    BfiCouples.feed(acc, persons, 0, 200);
    ReliabilityReport before = acc.result();

    acc.merge(new ReliabilityAccumulator(StatsFixtures.definition("bfi")));

    assertThat(acc.result()).isEqualTo(before);
  }
}
