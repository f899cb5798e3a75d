package io.github.dyadscore.stats;

import io.github.dyadscore.DyadscoreException;
import io.github.dyadscore.definition.Definition;
import io.github.dyadscore.definition.Item;
import io.github.dyadscore.definition.ResponseScale;
import io.github.dyadscore.definition.Scale;
import io.github.dyadscore.internal.CompositeGraph;
import io.github.dyadscore.internal.ScoringEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Collects, person by person and couple by couple, what the reliability analysis needs, and
 * computes the {@link ReliabilityReport} at the end.
 *
 * <p>Memory is constant in the number of persons and couples: per scale and role, four sums per
 * pair of the scale's items ({@code O(k^2)}) and three moments of the scale scores, and six
 * moments per scale for the couples. Adding a
 * person costs {@code O(k^2)} per scale for the items they answered. The {@code k^2} sums are why
 * a definition may have at most {@link #MAX_ITEM_PAIRS} item pairs over its scales.
 *
 * <p><b>Threads.</b> Not thread-safe. To use several threads, give each its own accumulator over
 * the same definition and {@link #merge} them at the end; merging is exact for the item sums (see
 * below) and uses Chan, Golub and LeVeque's (1979) pairwise update for the couple moments, so the
 * result does not depend on how the rows were split, beyond rounding in the last bits of the
 * couple statistics.
 *
 * <p><b>Input.</b> {@link #addPerson} takes keyed item values (reverse-keyed items already turned
 * into {@code min + max - x}, as {@code ScoringEngine} produces them) and {@link #addCouple} scale
 * scores; both with NaN for a missing value. Item weights are ignored, as in psych. What is
 * computed, from which formulas and sources, is documented on {@link ScaleReliability}, {@link
 * ItemReliability} and {@link DyadicCorrelation}.
 *
 * <p><b>Numerics.</b> Item sums are taken after shifting each value by its response scale's
 * integer midpoint; answers are small integers, so every sum is an integer held exactly in a
 * double (exact until 2^53, far beyond any study) and each covariance is rounded once.
 *
 * @since 0.1.0
 */
public final class ReliabilityAccumulator {

  private final Definition definition;
  private final MissingAnswers missing;
  private final int itemCount;
  private final String[] scaleIds;
  private final boolean[] composite;
  /** Per scale, the definition indices of its (flattened) items. */
  private final int[][] scaleItems;

  private final String[][] scaleItemIds;
  /** Per scale, per role ({@link Role#ordinal()}). */
  private final ScaleGroup[][] groups;

  private final CoupleMoments[] couples;
  /** Per scale, per role: the scale scores as the definition computes them. */
  private final ScoreMoments[][] scores;
  /** Scores persons given only their keyed answers; with scratch arrays, as this is one thread's. */
  private final ScoringEngine engine;
  private final double[] scoreScratch;
  private final int[] answeredScratch;
  private final KappaTables kappas;
  private final long[] persons = new long[Role.values().length];
  private long coupleCount;
  private final int[] presentIndex;
  private final double[] presentValue;

  /**
   * The most item pairs, summed over the scales (a scale of {@code k} items, composites counting
   * their flattened items, has {@code k * k}), that an accumulator holds sums for: 262,144, such as
   * one scale of 512 items or 16 scales of 128. Each pair costs 96 bytes (two roles, six sums), so
   * an accumulator stays within 25 MB, and the batch keeps a few of them in flight within a 256 MB
   * heap. Scoring has no such limit; only the sample statistics do.
   *
   * @since 0.1.0
   */
  public static final long MAX_ITEM_PAIRS = 1L << 18;

  /**
   * Creates an empty accumulator.
   *
   * @param definition the questionnaire definition the values follow
   * @throws DyadscoreException when its scales have more than {@link #MAX_ITEM_PAIRS} item pairs
   */
  public ReliabilityAccumulator(Definition definition) {
    this(definition, MissingAnswers.PAIRWISE);
  }

  /**
   * Creates an empty accumulator that treats missing answers as told.
   *
   * @param definition the questionnaire definition the values follow
   * @param missing whether a scale counts every person ({@link MissingAnswers#PAIRWISE}) or only
   *     those who answered all its items ({@link MissingAnswers#COMPLETE_CASES})
   * @throws DyadscoreException when its scales have more than {@link #MAX_ITEM_PAIRS} item pairs,
   *     naming the largest scale
   */
  public ReliabilityAccumulator(Definition definition, MissingAnswers missing) {
    this.definition = Objects.requireNonNull(definition, "definition");
    this.missing = Objects.requireNonNull(missing, "missing");
    List<Item> items = definition.items();
    itemCount = items.size();
    Map<String, Integer> itemIndex = new HashMap<>();
    double[] itemShift = new double[itemCount];
    for (int i = 0; i < itemCount; i++) {
      Item item = items.get(i);
      itemIndex.put(item.id(), i);
      ResponseScale responseScale = definition.responseScale(item.responseScale()).orElseThrow();
      itemShift[i] = Math.floor((responseScale.minValue() + responseScale.maxValue()) / 2);
    }
    List<Scale> scales = definition.scales();
    int scaleCount = scales.size();
    scaleIds = new String[scaleCount];
    composite = new boolean[scaleCount];
    scaleItems = new int[scaleCount][];
    scaleItemIds = new String[scaleCount][];
    groups = new ScaleGroup[scaleCount][Role.values().length];
    couples = new CoupleMoments[scaleCount];
    scores = new ScoreMoments[scaleCount][Role.values().length];
    engine = new ScoringEngine(definition);
    scoreScratch = new double[scaleCount];
    answeredScratch = new int[scaleCount];
    int widest = 0;
    // Without recursion and each component once: a 10,000-deep chain or a deep diamond of
    // composites is flattened in linear time.
    List<List<String>> flatItems = CompositeGraph.of(scales).flatItems(scales);
    checkItemPairs(scales, flatItems);
    for (int s = 0; s < scaleCount; s++) {
      Scale scale = scales.get(s);
      scaleIds[s] = scale.id();
      composite[s] = scale.isComposite();
      List<String> flat = flatItems.get(s);
      int[] indices = new int[flat.size()];
      String[] ids = new String[flat.size()];
      double[] shifts = new double[flat.size()];
      int a = 0;
      for (String id : flat) {
        indices[a] = itemIndex.get(id);
        ids[a] = id;
        shifts[a] = itemShift[indices[a]];
        a++;
      }
      scaleItems[s] = indices;
      scaleItemIds[s] = ids;
      for (Role role : Role.values()) {
        groups[s][role.ordinal()] = new ScaleGroup(shifts);
      }
      couples[s] = new CoupleMoments();
      for (Role role : Role.values()) {
        scores[s][role.ordinal()] = new ScoreMoments();
      }
      widest = Math.max(widest, indices.length);
    }
    kappas = new KappaTables(definition);
    presentIndex = new int[widest];
    presentValue = new double[widest];
  }

  /**
   * The item pairs an accumulator over a definition holds sums for: over its scales, the square of
   * each scale's number of (flattened) items.
   *
   * @param definition a definition
   * @return the pairs, to compare with {@link #MAX_ITEM_PAIRS}
   * @since 0.1.0
   */
  public static long itemPairs(Definition definition) {
    long pairs = 0;
    for (List<String> items : CompositeGraph.of(definition.scales())
        .flatItems(definition.scales())) {
      pairs += (long) items.size() * items.size();
    }
    return pairs;
  }

  private static void checkItemPairs(List<Scale> scales, List<List<String>> flatItems) {
    long pairs = 0;
    int widest = 0;
    for (int s = 0; s < scales.size(); s++) {
      int k = flatItems.get(s).size();
      pairs += (long) k * k;
      if (k > flatItems.get(widest).size()) {
        widest = s;
      }
    }
    if (pairs > MAX_ITEM_PAIRS) {
      throw new DyadscoreException(String.format(Locale.ROOT, "the reliability analysis keeps "
          + "sums for every pair of a scale's items and supports at most %,d pairs over all "
          + "scales (such as one scale of 512 items, or 16 of 128); this definition has %,d "
          + "(its largest scale, '%s', has %,d items). Analyse large scales in a definition of "
          + "smaller ones; scoring has no such limit", MAX_ITEM_PAIRS, pairs,
          scales.get(widest).id(), flatItems.get(widest).size()));
    }
  }

  /**
   * Adds one person's keyed answers; their scale scores, for the {@linkplain
   * ScaleStatistics#scoresEveryone() score distributions}, are computed from them as the
   * definition scores them (without imputation).
   *
   * @param keyedItems the keyed value of every item of the definition, in definition order; NaN
   *     where the person gave no answer. The array is read, not kept.
   * @param role the person's role in their couple
   * @throws IllegalArgumentException when the array's length is not the definition's number of
   *     items, or a value is infinite
   */
  public void addPerson(double[] keyedItems, Role role) {
    checkKeyed(keyedItems);
    engine.scoreInto(keyedItems, scoreScratch, answeredScratch);
    addPerson(keyedItems, scoreScratch, role);
  }

  /**
   * Adds one person's keyed answers and the scale scores computed from them elsewhere (the batch
   * passes the scores it writes to persons.csv, imputed when asked).
   *
   * @param keyedItems the keyed value of every item, in definition order; NaN where unanswered
   * @param scaleScores the person's score on every scale, in definition order; NaN where there is
   *     none. Both arrays are read, not kept.
   * @param role the person's role in their couple
   * @throws IllegalArgumentException when an array's length does not match the definition, or a
   *     keyed value is infinite
   */
  public void addPerson(double[] keyedItems, double[] scaleScores, Role role) {
    Objects.requireNonNull(role, "role");
    checkKeyed(keyedItems);
    checkScaleArray(scaleScores, "of the person");
    int r = role.ordinal();
    persons[r]++;
    for (int s = 0; s < scaleItems.length; s++) {
      if (missing != MissingAnswers.COMPLETE_CASES || answeredAll(keyedItems, scaleItems[s])) {
        groups[s][r].add(keyedItems, scaleItems[s], presentIndex, presentValue);
      }
      if (Double.isFinite(scaleScores[s])) {
        scores[s][r].add(scaleScores[s]);
      }
    }
  }

  private void checkKeyed(double[] keyedItems) {
    if (keyedItems.length != itemCount) {
      throw new IllegalArgumentException(
          "expected "
              + itemCount
              + " keyed item values (the items of '"
              + definition.id()
              + "' in definition order), got "
              + keyedItems.length);
    }
    for (int i = 0; i < itemCount; i++) {
      if (Double.isInfinite(keyedItems[i])) {
        throw new IllegalArgumentException(
            "keyed value of item '"
                + definition.items().get(i).id()
                + "' is infinite; use NaN for a missing answer");
      }
    }
  }

  private static boolean answeredAll(double[] keyedItems, int[] items) {
    for (int i : items) {
      if (Double.isNaN(keyedItems[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Adds one couple's scale scores. Per scale, a couple counts only when both partners have a
   * score.
   *
   * @param scaleScoresA partner A's score on every scale of the definition, in definition order,
   *     NaN where there is none
   * @param scaleScoresB partner B's scores likewise
   * @throws IllegalArgumentException when an array's length is not the definition's number of
   *     scales
   */
  public void addCouple(double[] scaleScoresA, double[] scaleScoresB) {
    checkScaleArray(scaleScoresA, "for partner A");
    checkScaleArray(scaleScoresB, "for partner B");
    coupleCount++;
    for (int s = 0; s < scaleIds.length; s++) {
      double a = scaleScoresA[s];
      double b = scaleScoresB[s];
      if (Double.isFinite(a) && Double.isFinite(b)) {
        couples[s].add(a, b);
      }
    }
  }

  /**
   * Adds one complete couple's keyed answers to the partners' per-item agreement ({@link
   * ItemKappa}). Call it once per couple with both partners scored; an item counts when both
   * answered it.
   *
   * @param keyedA partner A's keyed value of every item, in definition order, NaN when unanswered
   * @param keyedB partner B's likewise
   * @throws IllegalArgumentException when an array's length is not the definition's number of
   *     items
   */
  public void addCoupleAnswers(double[] keyedA, double[] keyedB) {
    if (keyedA.length != itemCount || keyedB.length != itemCount) {
      throw new IllegalArgumentException("expected " + itemCount + " keyed item values per "
          + "partner (the items of '" + definition.id() + "' in definition order), got "
          + keyedA.length + " and " + keyedB.length);
    }
    kappas.add(keyedA, keyedB);
  }

  private void checkScaleArray(double[] scores, String partner) {
    if (scores.length != scaleIds.length) {
      throw new IllegalArgumentException(
          "expected "
              + scaleIds.length
              + " scale scores "
              + partner
              + " (the scales of '"
              + definition.id()
              + "' in definition order), got "
              + scores.length);
    }
  }

  /**
   * Adds everything another accumulator has collected to this one. The other accumulator is left
   * unchanged and may be discarded.
   *
   * @param other an accumulator over an equal definition with the same treatment of missing
   *     answers
   * @throws IllegalArgumentException when the definitions or the treatments differ
   */
  public void merge(ReliabilityAccumulator other) {
    if (other == this) {
      throw new IllegalArgumentException("cannot merge an accumulator into itself");
    }
    if (!definition.equals(other.definition)) {
      throw new IllegalArgumentException(
          "cannot merge accumulators over different definitions: '"
              + definition.id()
              + "' "
              + definition.version()
              + " and '"
              + other.definition.id()
              + "' "
              + other.definition.version());
    }
    if (missing != other.missing) {
      throw new IllegalArgumentException("cannot merge accumulators that treat missing answers "
          + "differently: " + missing + " and " + other.missing);
    }
    for (int s = 0; s < scaleIds.length; s++) {
      for (Role role : Role.values()) {
        groups[s][role.ordinal()].merge(other.groups[s][role.ordinal()]);
      }
      couples[s].merge(other.couples[s]);
      for (Role role : Role.values()) {
        scores[s][role.ordinal()].merge(other.scores[s][role.ordinal()]);
      }
    }
    kappas.merge(other.kappas);
    for (int r = 0; r < persons.length; r++) {
      persons[r] += other.persons[r];
    }
    coupleCount += other.coupleCount;
  }

  /**
   * Computes the statistics from everything added so far. The accumulator stays usable: more
   * persons may be added and the result computed again.
   *
   * @return the report, one entry per scale in definition order
   */
  public ReliabilityReport result() {
    List<ScaleStatistics> statistics = new ArrayList<>(scaleIds.length);
    for (int s = 0; s < scaleIds.length; s++) {
      ScaleGroup a = groups[s][Role.A.ordinal()];
      ScaleGroup b = groups[s][Role.B.ordinal()];
      String id = scaleIds[s];
      String[] items = scaleItemIds[s];
      ScaleReliability partnerA = ItemAnalysis.analyse(id, items, a);
      ScaleReliability partnerB = ItemAnalysis.analyse(id, items, b);
      ScoreMoments scoresA = scores[s][Role.A.ordinal()];
      ScoreMoments scoresB = scores[s][Role.B.ordinal()];
      statistics.add(
          new ScaleStatistics(
              id,
              composite[s],
              ItemAnalysis.analyse(id, items, a.plus(b)),
              partnerA,
              partnerB,
              DyadicAnalysis.analyse(id, couples[s]),
              DifferenceReliability.of(id, couples[s], partnerA.rawAlpha(), partnerB.rawAlpha()),
              scoresA.plus(scoresB).summary(),
              scoresA.summary(),
              scoresB.summary()));
    }
    long allPersons = 0;
    for (long p : persons) {
      allPersons += p;
    }
    return new ReliabilityReport(allPersons, coupleCount, statistics, kappas.result());
  }
}
