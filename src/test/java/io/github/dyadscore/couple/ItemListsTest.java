package io.github.dyadscore.couple;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.TestQuestionnaires;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.ListIterator;
import java.util.NoSuchElementException;
import java.util.RandomAccess;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * A couple report's {@code items()} and {@code divergentItems()} behave as immutable lists like
 * {@link List#of}, although their records are built when read.
 */
class ItemListsTest {

  private final Questionnaire tiny = TestQuestionnaires.tiny();

  // As in HandComputedCoupleTest: both answered p1 (5 vs 1), p2 (4 vs 3) and q2 (5 vs 2); the
  // default gap is 2, so p1 (4 apart) and q2 (3 apart) are divergent.
  private final Answers a = Answers.builder()
      .put("p1", 5).put("p2", 4).put("p3", 2).put("p4", 9).put("q1", 3).put("q2", 5).build();
  private final Answers b = Answers.builder()
      .put("p1", 1).put("p2", 3).put("p3", 9).put("q2", 2).build();

  private final CoupleReport report = tiny.compare(a, b);

  private static final ItemComparison P1 = new ItemComparison(
      "p1", 5, 1, 5.0, 1.0, 4.0, Agreement.DISAGREEMENT, true, List.of("pos"));
  private static final ItemComparison P2 = new ItemComparison(
      "p2", 4, 3, 4.0, 3.0, 1.0, Agreement.DISAGREEMENT, false, List.of("pos"));
  private static final ItemComparison Q2 = new ItemComparison(
      "q2", 5, 2, 5.0, 2.0, 3.0, Agreement.DISAGREEMENT, true, List.of("prorated", "strict"));

  @Test
  void itemListsEqualListOfTheSameRecordsBothWays() {
    assertThat(report.items()).isEqualTo(List.of(P1, P2, Q2));
    assertThat(List.of(P1, P2, Q2)).isEqualTo(report.items());
    assertThat(report.divergentItems()).isEqualTo(List.of(P1, Q2));
    assertThat(List.of(P1, Q2)).isEqualTo(report.divergentItems());
    assertThat(new ArrayList<>(List.of(P1, Q2))).isEqualTo(report.divergentItems());
    assertThat(report.items()).isNotEqualTo(List.of(P1, Q2)).isNotEqualTo(List.of(P2, P1, Q2));
  }

  @Test
  void itemListsHashAndPrintAsListOfTheSameRecords() {
    assertThat(report.items().hashCode()).isEqualTo(List.of(P1, P2, Q2).hashCode());
    assertThat(report.divergentItems().hashCode()).isEqualTo(List.of(P1, Q2).hashCode());
    assertThat(report.items()).hasToString(List.of(P1, P2, Q2).toString());
  }

  @Test
  void reportsOfTheSameAnswersAreEqualAndHashAlike() {
    CoupleReport again = tiny.compare(a, b);
    assertThat(again).isEqualTo(report).hasSameHashCodeAs(report).hasToString(report.toString());
    assertThat(tiny.compare(b, a)).isNotEqualTo(report);
  }

  @Test
  void eachReadBuildsAnEqualRecord() {
    assertThat(report.items().get(0)).isEqualTo(report.items().get(0)).isEqualTo(P1);
  }

  @Test
  void itemListsAreRandomAccessAndSupportSearching() {
    assertThat(report.items()).isInstanceOf(RandomAccess.class);
    assertThat(report.items().contains(Q2)).isTrue();
    assertThat(report.items().indexOf(Q2)).isEqualTo(2);
    assertThat(report.divergentItems().lastIndexOf(Q2)).isEqualTo(1);
    assertThat(report.divergentItems().contains(P2)).isFalse();
    assertThat(report.items().containsAll(report.divergentItems())).isTrue();
  }

  @Test
  void everyWayOfIteratingVisitsTheItemsInListOrder() {
    List<ItemComparison> items = report.items();
    assertThat(items.stream().toList()).containsExactly(P1, P2, Q2);
    assertThat(items.toArray()).containsExactly(P1, P2, Q2);
    assertThat(items.toArray(new ItemComparison[0])).containsExactly(P1, P2, Q2);
    List<ItemComparison> seen = new ArrayList<>();
    items.forEach(seen::add);
    for (ItemComparison item : items) {
      seen.add(item);
    }
    assertThat(seen).containsExactly(P1, P2, Q2, P1, P2, Q2);
    ListIterator<ItemComparison> backwards = items.listIterator(items.size());
    assertThat(backwards.previous()).isEqualTo(Q2);
    assertThat(backwards.previous()).isEqualTo(P2);
    assertThat(backwards.previous()).isEqualTo(P1);
    assertThat(backwards.hasPrevious()).isFalse();
    assertThat(report.divergentItems().iterator()).toIterable().containsExactly(P1, Q2);
  }

  @Test
  void indicesOutsideTheListAreRejected() {
    List<ItemComparison> items = report.items();
    assertThatThrownBy(() -> items.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> items.get(3)).isInstanceOf(IndexOutOfBoundsException.class);
    // The divergent list shares the report's answers but has only its own two elements.
    assertThatThrownBy(() -> report.divergentItems().get(2))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> items.subList(1, 4)).isInstanceOf(IndexOutOfBoundsException.class);
    // As List.of(...).subList: an inverted range is an illegal argument.
    assertThatThrownBy(() -> items.subList(2, 1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> List.of(P1, P2, Q2).subList(2, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> items.listIterator(4)).isInstanceOf(IndexOutOfBoundsException.class);
    Iterator<ItemComparison> it = report.divergentItems().iterator();
    it.next();
    it.next();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void subListsAreRangesOfTheSameItems() {
    assertThat(report.items().subList(1, 3)).isEqualTo(List.of(P2, Q2));
    assertThat(report.divergentItems().subList(1, 2)).isEqualTo(List.of(Q2));
    assertThat(report.items().subList(1, 3).subList(1, 2)).isEqualTo(List.of(Q2));
    assertThat(report.items().subList(2, 2)).isEmpty();
  }

  @Test
  void everyMutatorThrowsEvenWhenItWouldChangeNothing() {
    CoupleReport noneDivergent = tiny.compare(a, a);
    assertThat(noneDivergent.divergentItems()).isEmpty();
    for (List<ItemComparison> list : List.of(report.items(), report.divergentItems(),
        report.items().subList(0, 2), noneDivergent.divergentItems())) {
      assertImmutable(list);
    }
  }

  private static void assertImmutable(List<ItemComparison> list) {
    List<ThrowingCallable> mutators = List.of(
        () -> list.add(P1),
        () -> list.add(0, P1),
        () -> list.addAll(List.of()),
        () -> list.addAll(List.of(P1)),
        () -> list.addAll(0, List.of()),
        () -> list.set(0, P1),
        () -> list.remove(0),
        () -> list.remove(P2),
        () -> list.remove("not an item"),
        () -> list.removeAll(List.of()),
        () -> list.retainAll(List.of()),
        () -> list.removeIf(item -> false),
        () -> list.replaceAll(item -> item),
        () -> list.sort(Comparator.comparing(ItemComparison::item)),
        () -> list.sort(null),
        list::clear);
    for (ThrowingCallable mutator : mutators) {
      assertThatThrownBy(mutator).isInstanceOf(UnsupportedOperationException.class);
    }
    if (!list.isEmpty()) {
      Iterator<ItemComparison> it = list.iterator();
      it.next();
      assertThatThrownBy(it::remove).isInstanceOf(UnsupportedOperationException.class);
      ListIterator<ItemComparison> li = list.listIterator();
      li.next();
      assertThatThrownBy(() -> li.set(P1)).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> li.add(P1)).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  @Test
  void aReportBuiltFromCallerListsKeepsItsOwnCopies() {
    List<ItemComparison> items = new ArrayList<>(List.of(P1, P2, Q2));
    List<ItemComparison> divergent = new ArrayList<>(List.of(P1, Q2));
    CoupleReport own = new CoupleReport(report.questionnaire(), report.privacy(),
        report.partnerA(), report.partnerB(), report.scales(), items, divergent,
        report.profile());
    items.clear();
    divergent.clear();
    assertThat(own.items()).containsExactly(P1, P2, Q2);
    assertThat(own.divergentItems()).containsExactly(P1, Q2);
    assertThat(own).isEqualTo(report);
    assertThatThrownBy(() -> own.items().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void manyDivergentItemsAreOrderedLargestDifferenceFirstWithTiesInDefinitionOrder() {
    // 150 items on 1..9, all with gap 1 (so divergent whenever the answers differ); B answers 1
    // and A answers 1 + (i * 7 mod 9), so the differences repeat in a scrambled order with many
    // ties: more divergent items than an insertion sort takes.
    int n = 150;
    StringBuilder items = new StringBuilder();
    StringBuilder ids = new StringBuilder();
    Answers.Builder answersA = Answers.builder();
    Answers.Builder answersB = Answers.builder();
    for (int i = 0; i < n; i++) {
      String sep = i == 0 ? "" : ",";
      items.append(sep).append("{\"id\": \"x").append(i).append("\", \"responseScale\": \"nine\"}");
      ids.append(sep).append("\"x").append(i).append('"');
      answersA.put("x" + i, 1 + i * 7 % 9);
      answersB.put("x" + i, 1);
    }
    Questionnaire q = Questionnaire.parse("""
        {"formatVersion": 1, "id": "long", "version": "1.0.0", "title": {"en": "Long"},
         "license": "CC0-1.0", "validated": false, "validationNote": {"en": "A test fixture."},
         "divergence": {"gap": 1},
         "responseScales": [{"id": "nine", "min": 1, "max": 9}],
         "items": [%s],
         "scales": [{"id": "all", "name": {"en": "All"}, "items": [%s]}]}
        """.formatted(items, ids));
    CoupleReport longReport = q.compare(answersA.build(), answersB.build());

    List<ItemComparison> expected = longReport.items().stream()
        .filter(ItemComparison::divergent)
        .sorted(Comparator.comparingDouble(ItemComparison::absoluteDifference).reversed())
        .toList(); // a stable sort of items in definition order
    assertThat(expected).hasSizeGreaterThan(100);
    assertThat(longReport.divergentItems()).isEqualTo(expected);
    // x5 is the first item 8 apart (5 * 7 % 9 = 8), x9 the first not divergent (9 * 7 % 9 = 0).
    assertThat(longReport.divergentItems().get(0).item()).isEqualTo("x5");
    assertThat(longReport.divergentItems()).extracting(ItemComparison::item).doesNotContain("x9");
    assertThat(IntStream.range(1, expected.size()).allMatch(
        i -> expected.get(i - 1).absoluteDifference() >= expected.get(i).absoluteDifference()))
        .isTrue();
  }
}
