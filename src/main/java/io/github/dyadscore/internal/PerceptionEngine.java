package io.github.dyadscore.internal;

import io.github.dyadscore.couple.Privacy;
import io.github.dyadscore.definition.Definition;
import io.github.dyadscore.definition.Item;
import io.github.dyadscore.definition.Scale;
import io.github.dyadscore.perception.CouplePerception;
import io.github.dyadscore.perception.Direction;
import io.github.dyadscore.perception.KennyAcitelliFit;
import io.github.dyadscore.perception.PartnerPerception;
import io.github.dyadscore.perception.PerceptionIndices;
import io.github.dyadscore.perception.ScalePerception;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A definition's prediction items compiled for {@link CouplePerception}: which prediction item
 * belongs to which self item, and which of them each scale covers. Immutable and thread-safe; the
 * statistics are {@link PerceptionIndices}, the scale scores come from {@link ScoringEngine}.
 */
public final class PerceptionEngine {

  private final ScoringEngine engine;
  /** The self items that have a prediction item, in definition order. */
  private final int[] selfItems;
  /** The prediction item of each of {@link #selfItems}. */
  private final int[] predictionItems;
  /** The scales with at least one predicted item, as indices into the engine's scales. */
  private final int[] scales;
  /** Per entry of {@link #scales}, positions into {@link #selfItems}. */
  private final int[][] scaleMembers;
  /** Per entry of {@link #selfItems}, its atom: the group of positions in the same scopes. */
  private final int[] atomOf;
  /** Per atom, its scopes: 0 for all predicted items, c + 1 for entry c of {@link #scales}. */
  private final int[][] scopesOfAtom;

  /**
   * Compiles the prediction items of an engine's definition.
   *
   * @param engine the compiled definition
   */
  public PerceptionEngine(ScoringEngine engine) {
    this.engine = engine;
    Definition definition = engine.definition();
    List<Item> items = definition.items();
    Map<Integer, Integer> positionOfSelf = new HashMap<>();
    List<int[]> pairs = new ArrayList<>();
    // By map, not by a search per item: linear in a definition of 100,000 items.
    Map<String, Item> predictionOf = new HashMap<>();
    for (Item item : items) {
      if (item.predicts() != null) {
        predictionOf.putIfAbsent(item.predicts(), item);
      }
    }
    for (int i = 0; i < items.size(); i++) {
      Item item = items.get(i);
      if (!item.isPrediction()) {
        Item prediction = predictionOf.get(item.id());
        if (prediction != null) {
          positionOfSelf.put(i, pairs.size());
          pairs.add(new int[] {i, engine.itemIndex(prediction.id())});
        }
      }
    }
    selfItems = pairs.stream().mapToInt(pair -> pair[0]).toArray();
    predictionItems = pairs.stream().mapToInt(pair -> pair[1]).toArray();
    List<Integer> covered = new ArrayList<>();
    List<int[]> members = new ArrayList<>();
    List<Scale> scaleList = definition.scales();
    // Without prediction items (most definitions) there is nothing to compile.
    List<List<String>> flatItems = pairs.isEmpty() ? List.of()
        : CompositeGraph.of(scaleList).flatItems(scaleList);
    for (int s = 0; s < flatItems.size(); s++) {
      List<String> flat = flatItems.get(s);
      int[] positions = flat.stream().map(id -> positionOfSelf.get(engine.itemIndex(id)))
          .filter(position -> position != null).mapToInt(Integer::intValue).sorted().toArray();
      if (positions.length > 0) {
        covered.add(s);
        members.add(positions);
      }
    }
    scales = covered.stream().mapToInt(Integer::intValue).toArray();
    scaleMembers = members.toArray(new int[0][]);
    // The atoms of shownScopes: positions that belong to exactly the same scopes.
    List<List<Integer>> scopesOf = new ArrayList<>();
    for (int j = 0; j < selfItems.length; j++) {
      scopesOf.add(new ArrayList<>(List.of(0)));
    }
    for (int c = 0; c < scaleMembers.length; c++) {
      for (int j : scaleMembers[c]) {
        scopesOf.get(j).add(c + 1);
      }
    }
    Map<List<Integer>, Integer> atomIds = new HashMap<>();
    atomOf = new int[selfItems.length];
    for (int j = 0; j < selfItems.length; j++) {
      atomOf[j] = atomIds.computeIfAbsent(scopesOf.get(j), key -> atomIds.size());
    }
    scopesOfAtom = new int[atomIds.size()][];
    atomIds.forEach((scopes, atom) ->
        scopesOfAtom[atom] = scopes.stream().mapToInt(Integer::intValue).toArray());
  }

  /**
   * The scales with at least one predicted item, in definition order: the scales of every {@link
   * PartnerPerception#scales()} this engine makes.
   *
   * @return the scale ids
   */
  public List<String> scaleIds() {
    return Arrays.stream(scales).mapToObj(s -> engine.definition().scales().get(s).id()).toList();
  }

  /**
   * Whether the definition has prediction items.
   *
   * @return true when there is at least one
   */
  public boolean hasPredictions() {
    return selfItems.length > 0;
  }

  /**
   * Both directions of a couple.
   *
   * @param keyedA partner A's keyed values per item (self and prediction items), NaN when
   *     unanswered
   * @param keyedB partner B's
   * @return the perception
   */
  public CouplePerception perceive(double[] keyedA, double[] keyedB) {
    return new CouplePerception(engine.definition().id(),
        direction(Direction.A_ABOUT_B, keyedA, keyedB),
        direction(Direction.B_ABOUT_A, keyedB, keyedA));
  }

  /**
   * Both directions of a couple under a privacy. Under {@link Privacy#SCALES_ONLY}, as a report
   * for anyone but a reader of both partners' item answers shows them ({@code
   * report.PerceptionSection}): every figure over fewer than {@link
   * Privacy#MINIMUM_SHARED_ITEMS} items is NaN (over one item the predicted and actual scale
   * scores are the prediction and the answer), and so is every figure of a scope that {@link
   * #shownScopes} withholds; and the figures that pair each prediction with
   * the other partner's answer to the same item (accuracy, exact and within-one hits, mean
   * absolute error, the Kenny and Acitelli regression) are NaN whatever the count, since all hits
   * spell out every answer. The bias, the two similarities and the scale scores remain.
   *
   * @param keyedA partner A's keyed values per item, NaN when unanswered
   * @param keyedB partner B's
   * @param privacy what may be shown
   * @return the perception, with what the privacy withholds as NaN
   */
  public CouplePerception perceive(double[] keyedA, double[] keyedB, Privacy privacy) {
    CouplePerception all = perceive(keyedA, keyedB);
    if (privacy == Privacy.SHARE_ITEMS) {
      return all;
    }
    return new CouplePerception(all.questionnaire(),
        withheld(all.aAboutB(), keyedA, keyedB, privacy),
        withheld(all.bAboutA(), keyedB, keyedA, privacy));
  }

  /**
   * Which figures of one direction the small-count rule lets a reader see, for the scope of all
   * predicted items (index 0) and each of {@link #scaleIds()} (index c + 1). Counting each scope
   * alone is not enough: scopes overlap, and the difference of two shown means times their item
   * counts is a sum over the items in one scope and not the other; with all 14 predicted items in
   * one scope and 13 in another, that is one prediction and one answer. So, as for positive
   * agreement ({@link ScoringEngine}), the items used (a prediction and both self answers) are
   * grouped into atoms, the items that belong to exactly the same scales, and a scope is shown
   * only when each of its atoms with an item used has at least {@link
   * Privacy#MINIMUM_SHARED_ITEMS} of them. Every figure shown then rests on whole atoms, and no
   * difference of figures reaches below one.
   *
   * @param predictor the predictor's keyed values
   * @param target the target's keyed values
   * @param privacy what may be shown; under {@link Privacy#SHARE_ITEMS} every scope is shown
   * @return per scope, whether its figures are shown
   */
  public boolean[] shownScopes(double[] predictor, double[] target, Privacy privacy) {
    boolean[] shown = new boolean[scales.length + 1];
    Arrays.fill(shown, true);
    if (privacy == Privacy.SHARE_ITEMS) {
      return shown;
    }
    int[] used = new int[scopesOfAtom.length];
    for (int j = 0; j < selfItems.length; j++) {
      if (used(j, predictor, target)) {
        used[atomOf[j]]++;
      }
    }
    for (int atom = 0; atom < used.length; atom++) {
      if (used[atom] > 0 && !privacy.shows(used[atom])) {
        for (int scope : scopesOfAtom[atom]) {
          shown[scope] = false;
        }
      }
    }
    return shown;
  }

  private boolean used(int j, double[] predictor, double[] target) {
    double vp = predictor[predictionItems[j]];
    double vt = target[selfItems[j]];
    double vo = predictor[selfItems[j]];
    return vp == vp && vt == vt && vo == vo;
  }

  private PartnerPerception withheld(PartnerPerception p, double[] predictor, double[] target,
      Privacy privacy) {
    boolean[] scopes = shownScopes(predictor, target, privacy);
    List<ScalePerception> scales = new ArrayList<>(p.scales().size());
    for (int c = 0; c < p.scales().size(); c++) {
      ScalePerception s = p.scales().get(c);
      boolean shown = scopes[c + 1] && privacy.shows(s.indices().items());
      scales.add(new ScalePerception(s.scale(), withheld(s.indices(), shown),
          shown ? s.predicted() : Double.NaN, shown ? s.actual() : Double.NaN,
          shown ? s.own() : Double.NaN, shown ? s.difference() : Double.NaN));
    }
    return new PartnerPerception(p.direction(),
        withheld(p.items(), scopes[0] && privacy.shows(p.items().items())), scales);
  }

  private static PerceptionIndices withheld(PerceptionIndices i, boolean shown) {
    double nan = Double.NaN;
    return new PerceptionIndices(i.items(), nan, shown ? i.assumedSimilarity() : nan,
        shown ? i.actualSimilarity() : nan, nan, nan, shown ? i.bias() : nan, nan,
        new KennyAcitelliFit(nan, nan, nan));
  }

  /**
   * One direction: the predictor's predictions of the target.
   *
   * @param direction which one it is
   * @param predictor the predictor's keyed values
   * @param target the target's keyed values
   * @return the perception
   */
  public PartnerPerception direction(Direction direction, double[] predictor, double[] target) {
    int k = selfItems.length;
    boolean[] used = new boolean[k];
    double[] p = new double[k];
    double[] truth = new double[k];
    double[] own = new double[k];
    int n = 0;
    int itemCount = engine.itemCount();
    double[] restrictedP = new double[itemCount];
    double[] restrictedTruth = new double[itemCount];
    double[] restrictedOwn = new double[itemCount];
    Arrays.fill(restrictedP, Double.NaN);
    Arrays.fill(restrictedTruth, Double.NaN);
    Arrays.fill(restrictedOwn, Double.NaN);
    for (int j = 0; j < k; j++) {
      int self = selfItems[j];
      double vp = predictor[predictionItems[j]];
      double vt = target[self];
      double vo = predictor[self];
      if (vp == vp && vt == vt && vo == vo) { // none NaN
        used[j] = true;
        p[n] = vp;
        truth[n] = vt;
        own[n] = vo;
        n++;
        restrictedP[self] = vp;
        restrictedTruth[self] = vt;
        restrictedOwn[self] = vo;
      }
    }
    PerceptionIndices all = PerceptionIndices.of(p, truth, own, n);
    int scaleCount = engine.scaleCount();
    double[] predicted = new double[scaleCount];
    double[] actual = new double[scaleCount];
    double[] ownScores = new double[scaleCount];
    int[] answered = new int[scaleCount];
    engine.scoreInto(restrictedP, predicted, answered);
    engine.scoreInto(restrictedTruth, actual, answered);
    engine.scoreInto(restrictedOwn, ownScores, answered);
    List<ScalePerception> perScale = new ArrayList<>(scales.length);
    for (int c = 0; c < scales.length; c++) {
      int m = 0;
      for (int j : scaleMembers[c]) {
        if (used[j]) {
          int self = selfItems[j];
          p[m] = restrictedP[self];
          truth[m] = restrictedTruth[self];
          own[m] = restrictedOwn[self];
          m++;
        }
      }
      int s = scales[c];
      perScale.add(new ScalePerception(engine.definition().scales().get(s).id(),
          PerceptionIndices.of(p, truth, own, m), predicted[s], actual[s], ownScores[s],
          predicted[s] - actual[s]));
    }
    return new PartnerPerception(direction, all, perScale);
  }
}
