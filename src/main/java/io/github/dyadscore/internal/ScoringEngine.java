package io.github.dyadscore.internal;

import io.github.dyadscore.Answers;
import io.github.dyadscore.couple.Agreement;
import io.github.dyadscore.couple.CoupleReport;
import io.github.dyadscore.couple.DifferenceVerdict;
import io.github.dyadscore.couple.ItemComparison;
import io.github.dyadscore.couple.Privacy;
import io.github.dyadscore.couple.ProfileDistance;
import io.github.dyadscore.couple.ProfileSimilarity;
import io.github.dyadscore.couple.ScaleComparison;
import io.github.dyadscore.definition.Band;
import io.github.dyadscore.definition.Bands;
import io.github.dyadscore.definition.Definition;
import io.github.dyadscore.definition.DivergenceSettings;
import io.github.dyadscore.definition.Item;
import io.github.dyadscore.definition.Norms;
import io.github.dyadscore.definition.ReferenceData;
import io.github.dyadscore.definition.Reliability;
import io.github.dyadscore.definition.ResponseScale;
import io.github.dyadscore.definition.Scale;
import io.github.dyadscore.definition.ScoringMethod;
import io.github.dyadscore.score.InvalidAnswerException;
import io.github.dyadscore.score.PersonScores;
import io.github.dyadscore.score.ScaleScore;
import io.github.dyadscore.score.ScoreStatus;
import io.github.dyadscore.score.Standing;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.special.Erf;
import org.jspecify.annotations.Nullable;

/**
 * A definition compiled for scoring: items and scales become array indices, codes become table
 * lookups. Immutable after construction and safe to share between threads; every method works on
 * arrays its caller owns.
 */
public final class ScoringEngine {

  /** The code an unanswered item has in a resolved code array. */
  public static final int NO_ANSWER = Integer.MIN_VALUE;

  /** The two-sided 95 % critical value Jacobson and Truax (1991) use for the reliable change. */
  static final double CRITICAL_Z = 1.96;

  private final Definition definition;
  private final String[] itemIds;
  private final Map<String, Integer> itemIndex = new HashMap<>();
  private final CodeTable[] tables;
  private final double[] gap;
  private final double[] favourableAtLeast;
  private final double[] unfavourableAtMost;
  /**
   * Per item, lo + hi of its keyed values where the item's scales are lower-is-better, else NaN:
   * the favourable and unfavourable thresholds then apply to lo + hi - keyed value (see {@link
   * #favourability}).
   */
  private final double[] mirrorOf;
  /** The items that belong to at least one item scale: the profile is taken over these. */
  private final boolean[] keyedItem;
  private final List<List<String>> scalesOfItem;
  private final CompiledScale[] scales;
  /** Scale indices such that every composite comes after its components. */
  private final int[] order;
  /** Below this many shared items the profile correlation is undefined (NaN). */
  private final int minimumProfileItems;
  private final WithinCoupleAgreement withinCouple;
  /**
   * Each keyed item's atom, -1 for an item of no item scale: items in the same atom belong to
   * exactly the same item scales, so every scale's items are a union of atoms (see {@link
   * #agreementShown}).
   */
  private final int[] atomOf;
  private final int atomCount;
  /** Per scale, the atoms its items (for a composite: its components' items) fall in. */
  private final int[][] atomsOfScale;

  /** A scale reduced to indices and numbers. */
  private record CompiledScale(
      Scale scale,
      boolean composite,
      int[] members,
      double[] weights,
      double totalWeight,
      int required,
      int[] flatItems,
      @Nullable Norms norms,
      @Nullable Bands bands,
      double seDiff) {}

  /**
   * Compiles a definition.
   *
   * @param definition a validated definition
   */
  public ScoringEngine(Definition definition) {
    this.definition = definition;
    this.minimumProfileItems = DivergenceSettings.minimumProfileItems(definition);
    List<Item> items = definition.items();
    int n = items.size();
    itemIds = new String[n];
    tables = new CodeTable[n];
    gap = new double[n];
    favourableAtLeast = new double[n];
    unfavourableAtMost = new double[n];
    mirrorOf = new double[n];
    keyedItem = new boolean[n];
    Map<String, CodeTable> tableCache = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Item item = items.get(i);
      itemIds[i] = item.id();
      itemIndex.put(item.id(), i);
      ResponseScale responseScale = definition.responseScale(item.responseScale()).orElseThrow();
      CodeTable table = tableCache.computeIfAbsent(responseScale.id() + "/" + item.reversed(),
          key -> new CodeTable(responseScale, item.reversed()));
      tables[i] = table;
      // Each setting comes from the response scale, else the questionnaire, else the default.
      DivergenceSettings own = responseScale.divergence();
      DivergenceSettings shared = definition.divergence();
      double mid = (table.lo + table.hi) / 2;
      gap[i] = setting(own == null ? null : own.gap(), shared == null ? null : shared.gap(),
          (table.hi - table.lo) / 2);
      // Defaults: strictly above the midpoint is favourable, strictly below unfavourable.
      favourableAtLeast[i] = setting(own == null ? null : own.favourableAtLeast(),
          shared == null ? null : shared.favourableAtLeast(), Math.nextUp(mid));
      unfavourableAtMost[i] = setting(own == null ? null : own.unfavourableAtMost(),
          shared == null ? null : shared.unfavourableAtMost(), Math.nextDown(mid));
      mirrorOf[i] = Double.NaN;
    }
    List<Scale> scaleList = definition.scales();
    Map<String, Integer> scaleIndex = new HashMap<>();
    for (int s = 0; s < scaleList.size(); s++) {
      scaleIndex.put(scaleList.get(s).id(), s);
    }
    List<List<String>> itemScales = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      itemScales.add(new ArrayList<>());
    }
    scales = new CompiledScale[scaleList.size()];
    CompositeGraph graph = CompositeGraph.of(scaleList);
    List<List<String>> flatItems = graph.flatItems(scaleList);
    for (int s = 0; s < scaleList.size(); s++) {
      Scale scale = scaleList.get(s);
      if (!scale.isComposite()) {
        for (String id : scale.items()) {
          int i = itemIndex.get(id);
          keyedItem[i] = true;
          itemScales.get(i).add(scale.id());
          // The loader ensures that all scales of an item have one direction.
          if (scale.lowerIsBetter()) {
            mirrorOf[i] = tables[i].lo + tables[i].hi;
          }
        }
      }
      scales[s] = compile(scale, scaleIndex, flatItems.get(s));
    }
    scalesOfItem = itemScales.stream().map(List::copyOf).toList();
    order = graph.evaluationOrder();
    atomOf = new int[n];
    Map<List<String>, Integer> atoms = new HashMap<>();
    for (int i = 0; i < n; i++) {
      atomOf[i] = keyedItem[i] ? atoms.computeIfAbsent(scalesOfItem.get(i), k -> atoms.size())
          : -1;
    }
    atomCount = atoms.size();
    atomsOfScale = new int[scales.length][];
    for (int s = 0; s < scales.length; s++) {
      atomsOfScale[s] = Arrays.stream(scales[s].flatItems).map(i -> atomOf[i]).distinct()
          .toArray();
    }
    int[][] flat = new int[scales.length][];
    for (int s = 0; s < scales.length; s++) {
      flat[s] = scales[s].flatItems;
    }
    withinCouple = new WithinCoupleAgreement(definition, flat);
  }

  /**
   * How favourable a keyed answer is, on the scale the thresholds are written in: the keyed value
   * itself, or on an item of a lower-is-better scale its mirror lo + hi - value, so that a low
   * answer there is the favourable one.
   */
  private double favourability(int item, double keyed) {
    double mirror = mirrorOf[item];
    return mirror == mirror ? mirror - keyed : keyed; // mirror is NaN for higher-is-better
  }

  private static double setting(@Nullable Double own, @Nullable Double shared, double fallback) {
    return own != null ? own : shared != null ? shared : fallback;
  }

  private CompiledScale compile(Scale scale, Map<String, Integer> scaleIndex,
      List<String> flatItemIds) {
    boolean composite = scale.isComposite();
    List<String> ids = composite ? scale.components() : scale.items();
    int[] members = new int[ids.size()];
    double[] weights = new double[ids.size()];
    double total = 0;
    for (int m = 0; m < members.length; m++) {
      if (composite) {
        members[m] = scaleIndex.get(ids.get(m));
        weights[m] = 1;
      } else {
        members[m] = itemIndex.get(ids.get(m));
        weights[m] = definition.items().get(members[m]).weight();
      }
      total += weights[m];
    }
    int[] flatItems = flatItemIds.stream().mapToInt(itemIndex::get).sorted().toArray();
    ReferenceData reference = scale.reference();
    Norms norms = reference == null ? null : reference.norms();
    Reliability reliability = reference == null ? null : reference.reliability();
    double seDiff = norms == null || reliability == null ? Double.NaN
        : norms.sd() * Math.sqrt(2) * Math.sqrt(1 - reliability.alpha());
    return new CompiledScale(scale, composite, members, weights, total,
        scale.minimumAnswered().required(members.length), flatItems, norms,
        reference == null ? null : reference.bands(), seDiff);
  }

  // ---------------------------------------------------------------- items and codes

  /**
   * The definition this engine was compiled from.
   *
   * @return the definition
   */
  public Definition definition() {
    return definition;
  }

  /**
   * The number of items.
   *
   * @return the item count
   */
  public int itemCount() {
    return itemIds.length;
  }

  /**
   * The number of scales.
   *
   * @return the scale count
   */
  public int scaleCount() {
    return scales.length;
  }

  /**
   * The index of an item.
   *
   * @param itemId the item's id
   * @return its index in definition order, or -1 when unknown
   */
  public int itemIndex(String itemId) {
    Integer index = itemIndex.get(itemId);
    return index == null ? -1 : index;
  }

  /**
   * Whether a code is an option of an item's response scale.
   *
   * @param item the item index
   * @param code the code
   * @return true for an option
   */
  public boolean isOption(int item, int code) {
    return tables[item].kind(code) == CodeTable.OPTION;
  }

  /**
   * Whether a code is a missing code of an item's response scale.
   *
   * @param item the item index
   * @param code the code
   * @return true for a missing code
   */
  public boolean isMissingCode(int item, int code) {
    return tables[item].kind(code) == CodeTable.MISSING;
  }

  /**
   * The keyed value of a valid code.
   *
   * @param item the item index
   * @param code an option or missing code
   * @return the keyed value, NaN for a missing code
   */
  public double keyedValue(int item, int code) {
    return tables[item].keyed(code);
  }

  /**
   * The smallest and largest keyed value of an item.
   *
   * @param item the item index
   * @return {lo, hi}
   */
  public double[] valueRange(int item) {
    return new double[] {tables[item].lo, tables[item].hi};
  }

  /**
   * The message for a code that is neither an option nor a missing code of an item: it names the
   * item and the codes expected, never the code given, which may be a mistyped answer (answer
   * values are never echoed, whatever the privacy).
   *
   * @param item the item's index
   * @return the message
   */
  public String invalidCodeMessage(int item) {
    return "item '" + itemIds[item] + "': the code is not a valid answer; "
        + tables[item].expected();
  }

  /**
   * Resolves answers to per-item arrays.
   *
   * @param answers the answers
   * @param codes receives each item's code, {@link #NO_ANSWER} when absent
   * @param keyed receives each item's keyed value, NaN when unanswered
   * @throws InvalidAnswerException for an unknown item or a code that is not valid
   */
  public void resolve(Answers answers, int[] codes, double[] keyed) {
    Arrays.fill(codes, NO_ANSWER);
    Arrays.fill(keyed, Double.NaN);
    for (int a = 0; a < answers.size(); a++) {
      String id = answers.itemAt(a);
      // Answers usually come in definition order: try that position before hashing.
      int item = a < itemIds.length && itemIds[a].equals(id) ? a : itemIndex(id);
      if (item < 0) {
        throw new InvalidAnswerException(id, InvalidAnswerException.Reason.UNKNOWN_ITEM, null,
            "unknown item '" + Shown.escape(id) + "'; expected an item of "
            + "questionnaire '" + definition.id() + "': " + abbreviate(itemIds));
      }
      int code = answers.codeAt(a);
      if (tables[item].kind(code) == CodeTable.INVALID) {
        throw new InvalidAnswerException(id, InvalidAnswerException.Reason.UNKNOWN_CODE, null,
            invalidCodeMessage(item));
      }
      codes[item] = code;
      keyed[item] = tables[item].keyed(code);
    }
  }

  private static String abbreviate(String[] ids) {
    if (ids.length <= 12) {
      return Arrays.toString(ids);
    }
    return "[" + String.join(", ", Arrays.asList(ids).subList(0, 10)) + ", ... ("
        + ids.length + " in all)]";
  }

  // ---------------------------------------------------------------- one person

  /**
   * Scores resolved answers, without allocating.
   *
   * @param keyed each item's keyed value, NaN when unanswered
   * @param values receives each scale's score in definition order, NaN when not scored
   * @param answered receives each scale's number of answered items (or scored components)
   */
  public void scoreInto(double[] keyed, double[] values, int[] answered) {
    for (int s : order) {
      CompiledScale scale = scales[s];
      double[] source = scale.composite ? values : keyed;
      int[] members = scale.members;
      double[] weights = scale.weights;
      double sum = 0;
      double weight = 0;
      int count = 0;
      for (int m = 0; m < members.length; m++) {
        double v = source[members[m]];
        if (v == v) { // not NaN
          sum += weights[m] * v;
          weight += weights[m];
          count++;
        }
      }
      answered[s] = count;
      values[s] = count < scale.required ? Double.NaN
          : combine(scale.scale.method(), sum, weight, scale.totalWeight);
    }
  }

  private static double combine(ScoringMethod method, double sum, double weight, double total) {
    return switch (method) {
      case MEAN -> sum / weight;
      case SUM -> sum;
      case PRORATED_SUM -> sum * total / weight;
    };
  }

  /**
   * Turns computed scale values into results with status, standing and band.
   *
   * @param values each scale's score, NaN when not scored
   * @param answered each scale's answered count
   * @return the person's scores
   */
  public PersonScores toPersonScores(double[] values, int[] answered) {
    // List.of over an array: the record's List.copyOf then keeps it instead of copying again.
    ScaleScore[] scores = new ScaleScore[scales.length];
    for (int s = 0; s < scales.length; s++) {
      scores[s] = scaleScore(s, values[s], answered[s]);
    }
    return new PersonScores(definition.id(), List.of(scores));
  }

  /**
   * One scale's score with its status, standing and band, from its value ({@code NaN} when too
   * few items were answered) and the number of items answered.
   */
  public ScaleScore scaleScore(int s, double value, int answered) {
    CompiledScale scale = scales[s];
    boolean scored = !Double.isNaN(value);
    Standing standing = null;
    Band band = null;
    if (scored && scale.norms != null) {
      standing = standing(value, scale.norms);
    }
    if (scored && scale.bands != null) {
      band = scale.bands.find(value).orElse(null);
    }
    return new ScaleScore(scale.scale.id(),
        scored ? ScoreStatus.SCORED : ScoreStatus.TOO_FEW_ANSWERS, value, answered,
        scale.members.length - answered, standing, band);
  }

  /**
   * The standing of a score against norms: z, T = 50 + 10 z, and percentile 100 * Phi(z).
   *
   * @param value the score
   * @param norms the norms
   * @return the standing
   */
  static Standing standing(double value, Norms norms) {
    double z = (value - norms.mean()) / norms.sd();
    // Phi(z) = erfc(-z / sqrt 2) / 2, accurate in the tails where 1 - Phi would cancel.
    double percentile = 50 * Erf.erfc(-z / Math.sqrt(2));
    return new Standing(z, 50 + 10 * z, percentile);
  }

  /**
   * Scores one person.
   *
   * @param answers the answers
   * @return the scores
   * @throws InvalidAnswerException for an unknown item or an invalid code
   */
  public PersonScores score(Answers answers) {
    int[] codes = new int[itemIds.length];
    double[] keyed = new double[itemIds.length];
    resolve(answers, codes, keyed);
    double[] values = new double[scales.length];
    int[] answered = new int[scales.length];
    scoreInto(keyed, values, answered);
    return toPersonScores(values, answered);
  }

  // ---------------------------------------------------------------- a couple

  /**
   * Compares two partners.
   *
   * @param a partner A's answers
   * @param b partner B's answers
   * @param privacy what the report may carry
   * @return the couple report
   * @throws InvalidAnswerException naming the partner, for an unknown item or an invalid code
   */
  public CoupleReport compare(Answers a, Answers b, Privacy privacy) {
    int n = itemIds.length;
    int[] codesA = new int[n];
    int[] codesB = new int[n];
    double[] keyedA = new double[n];
    double[] keyedB = new double[n];
    resolvePartner("A", a, codesA, keyedA);
    resolvePartner("B", b, codesB, keyedB);
    return report(codesA, keyedA, codesB, keyedB, privacy); // arrays no one else has
  }

  private void resolvePartner(String partner, Answers answers, int[] codes, double[] keyed) {
    try {
      resolve(answers, codes, keyed);
    } catch (InvalidAnswerException e) {
      throw e.forPartner(partner);
    }
  }

  /**
   * Compares two partners from resolved arrays.
   *
   * @param codesA partner A's codes ({@link #NO_ANSWER} when absent)
   * @param keyedA partner A's keyed values (NaN when unanswered)
   * @param codesB partner B's codes
   * @param keyedB partner B's keyed values
   * @param privacy what the report may carry
   * @return the couple report
   */
  public CoupleReport compare(
      int[] codesA, double[] keyedA, int[] codesB, double[] keyedB, Privacy privacy) {
    if (privacy == Privacy.SCALES_ONLY) {
      return report(codesA, keyedA, codesB, keyedB, privacy);
    }
    // The report's item lists keep the answers, and the caller may reuse its arrays.
    int n = itemIds.length;
    return report(Arrays.copyOf(codesA, n), Arrays.copyOf(keyedA, n), Arrays.copyOf(codesB, n),
        Arrays.copyOf(keyedB, n), privacy);
  }

  /**
   * A couple report from resolved arrays, which under {@link Privacy#SHARE_ITEMS} the report's
   * item lists keep: the caller hands them over and never writes to them again.
   */
  private CoupleReport report(
      int[] codesA, double[] keyedA, int[] codesB, double[] keyedB, Privacy privacy) {
    int scaleCount = scales.length;
    double[] valuesA = new double[scaleCount];
    double[] valuesB = new double[scaleCount];
    int[] answeredA = new int[scaleCount];
    int[] answeredB = new int[scaleCount];
    scoreInto(keyedA, valuesA, answeredA);
    scoreInto(keyedB, valuesB, answeredB);

    ScaleComparison[] comparisons = new ScaleComparison[scaleCount];
    for (int s = 0; s < scaleCount; s++) {
      comparisons[s] = compareScale(s, valuesA[s], valuesB[s], keyedA, keyedB, privacy);
    }
    List<ItemComparison> items = List.of();
    List<ItemComparison> divergent = List.of();
    if (privacy == Privacy.SHARE_ITEMS) {
      ItemLists lists = compareItems(codesA, keyedA, codesB, keyedB);
      items = lists.all();
      divergent = lists.divergent();
    }
    return new CoupleReport(definition.id(), privacy, toPersonScores(valuesA, answeredA),
        toPersonScores(valuesB, answeredB), List.of(comparisons), items, divergent,
        profile(keyedA, keyedB, privacy));
  }

  private ScaleComparison compareScale(
      int s, double a, double b, double[] keyedA, double[] keyedB, Privacy privacy) {
    CompiledScale scale = scales[s];
    double difference = a - b;
    double critical = criticalDifference(s);
    DifferenceVerdict verdict = Double.isNaN(difference) || Double.isNaN(critical)
        ? DifferenceVerdict.NOT_ASSESSED
        : Math.abs(difference) > critical ? DifferenceVerdict.RELIABLE
            : DifferenceVerdict.WITHIN_ERROR;
    long counts = agreementCounts(s, keyedA, keyedB);
    double agreement = agreementShown(s, keyedA, keyedB, privacy) ? positiveAgreement(counts)
        : Double.NaN;
    return new ScaleComparison(scale.scale.id(), a, b, difference, Math.abs(difference),
        (a + b) / 2, scale.seDiff, critical, verdict, agreement, (int) (counts >>> 32),
        withinCoupleAgreement(s, keyedA, keyedB, privacy));
  }

  /**
   * The within-couple agreement r_wg(J) of two partners on a scale, {@link
   * ScaleComparison#withinCoupleAgreement()} (see {@link WithinCoupleAgreement}); always NaN
   * under {@link Privacy#SCALES_ONLY}.
   */
  public double withinCoupleAgreement(
      int s, double[] keyedA, double[] keyedB, Privacy privacy) {
    // Under SCALES_ONLY never: r_wg(J) gives the scale's sum of squared gaps between the two
    // answers, and beside both scale scores and the reader's own answers that is the second
    // moment of the other's answers, which on a small scale leaves one possible pattern.
    return privacy == Privacy.SHARE_ITEMS ? withinCouple.rwg(s, keyedA, keyedB) : Double.NaN;
  }

  /**
   * The critical difference of a scale, {@link ScaleComparison#criticalDifference()}; NaN when
   * the scale has no reliability.
   */
  public double criticalDifference(int s) {
    return CRITICAL_Z * scales[s].seDiff;
  }

  /**
   * The positive agreement of two partners on a scale, {@link
   * ScaleComparison#positiveAgreement()}, without building a report (the batch scorer's
   * couples.csv needs only this number).
   */
  public double positiveAgreement(int s, double[] keyedA, double[] keyedB) {
    return positiveAgreement(agreementCounts(s, keyedA, keyedB));
  }

  /**
   * The positive agreement of two partners on a scale under a privacy: NaN where the small-count
   * rule of {@link Privacy} withholds it.
   */
  public double positiveAgreement(int s, double[] keyedA, double[] keyedB, Privacy privacy) {
    return agreementShown(s, keyedA, keyedB, privacy)
        ? positiveAgreement(s, keyedA, keyedB) : Double.NaN;
  }

  /**
   * Whether the small-count rule lets the positive agreement of a scale be shown. Only the items
   * a reader answered favourably can count, so each partner needs at least {@link
   * Privacy#MINIMUM_SHARED_ITEMS} of them among the items both answered. Scales overlap (a
   * composite holds its components' items; two item scales may share items), and the difference
   * of two shown figures is a figure over the items in one and not the other; so the rule is
   * applied to every atom (the items that belong to exactly the same item scales) of the scale,
   * and a scale is shown only when each of its atoms with an item both answered passes. Every
   * figure shown is then a sum over atoms that pass, and no difference of figures reaches below
   * an atom.
   */
  private boolean agreementShown(int s, double[] keyedA, double[] keyedB, Privacy privacy) {
    if (privacy == Privacy.SHARE_ITEMS) {
      return true;
    }
    int[] favourableA = new int[atomCount];
    int[] favourableB = new int[atomCount];
    boolean[] compared = new boolean[atomCount];
    for (int i : scales[s].flatItems) {
      double va = keyedA[i];
      double vb = keyedB[i];
      if (va == va && vb == vb) {
        int atom = atomOf[i];
        compared[atom] = true;
        favourableA[atom] += favourability(i, va) >= favourableAtLeast[i] ? 1 : 0;
        favourableB[atom] += favourability(i, vb) >= favourableAtLeast[i] ? 1 : 0;
      }
    }
    for (int atom : atomsOfScale[s]) {
      if (compared[atom] && !privacy.shows(Math.min(favourableA[atom], favourableB[atom]))) {
        return false;
      }
    }
    return true;
  }

  private static double positiveAgreement(long counts) {
    int compared = (int) (counts >>> 32);
    int bothFavourable = (int) counts;
    return compared == 0 ? Double.NaN : 100.0 * bothFavourable / compared;
  }

  /** The items of a scale both answered, and of those both answered favourably, in one long. */
  private long agreementCounts(int s, double[] keyedA, double[] keyedB) {
    long compared = 0;
    int bothFavourable = 0;
    for (int i : scales[s].flatItems) {
      double va = keyedA[i];
      double vb = keyedB[i];
      if (va == va && vb == vb) {
        compared++;
        if (favourability(i, va) >= favourableAtLeast[i]
            && favourability(i, vb) >= favourableAtLeast[i]) {
          bothFavourable++;
        }
      }
    }
    return compared << 32 | bothFavourable;
  }

  /** A report's two item lists, over the same answers. */
  private record ItemLists(ItemComparisonList all, ItemComparisonList divergent) {}

  /**
   * The items both partners answered that belong to an item scale, in definition order, and the
   * divergent ones among them, as lists that build each record when read (see {@link
   * ItemComparisonList}). The lists keep the arrays.
   */
  private ItemLists compareItems(int[] codesA, double[] keyedA, int[] codesB, double[] keyedB) {
    int n = itemIds.length;
    int[] compared = new int[n];
    int count = 0;
    int[] divergent = new int[n];
    int k = 0;
    for (int i = 0; i < n; i++) {
      double va = keyedA[i];
      double vb = keyedB[i];
      if (keyedItem[i] && va == va && vb == vb) { // not NaN
        compared[count++] = i;
        if (divergent(i, va - vb)) {
          divergent[k++] = i;
        }
      }
    }
    sortByGapDescending(divergent, k, keyedA, keyedB);
    return new ItemLists(
        new ItemComparisonList(this, codesA, keyedA, codesB, keyedB, compared, count),
        new ItemComparisonList(this, codesA, keyedA, codesB, keyedB, divergent, k));
  }

  /**
   * One item's comparison, for {@link ItemComparisonList#get(int)}.
   *
   * @param item the item's index
   * @param codeA partner A's code
   * @param codeB partner B's code
   * @param a partner A's keyed value
   * @param b partner B's keyed value
   * @return the record
   */
  ItemComparison itemComparison(int item, int codeA, int codeB, double a, double b) {
    double difference = a - b;
    return new ItemComparison(itemIds[item], codeA, codeB, a, b, difference,
        agreement(item, a, b), divergent(item, difference), scalesOfItem.get(item));
  }

  /** Whether the answers are at least the item's divergence gap apart. */
  private boolean divergent(int item, double difference) {
    return Math.abs(difference) >= gap[item];
  }

  /** Up to this many divergent items are sorted by insertion, more by a merge sort. */
  private static final int INSERTION_SORT_MAX = 64;

  /**
   * Sorts item indices, given in definition order, by absolute difference, largest first, ties in
   * definition order (both sorts are stable). Sorting the records with a comparator took a sixth
   * of a couple report's time; an insertion sort of the indices takes a few tens of nanoseconds
   * for the divergent items of a questionnaire, but its time grows with the square of their
   * number, so beyond {@link #INSERTION_SORT_MAX} the boxed indices go to {@link Arrays#sort}.
   */
  private static void sortByGapDescending(int[] items, int size, double[] keyedA, double[] keyedB) {
    if (size > INSERTION_SORT_MAX) {
      Integer[] boxed = new Integer[size];
      for (int j = 0; j < size; j++) {
        boxed[j] = items[j];
      }
      Arrays.sort(boxed, Comparator.comparingDouble(
          (Integer item) -> Math.abs(keyedA[item] - keyedB[item])).reversed());
      for (int j = 0; j < size; j++) {
        items[j] = boxed[j];
      }
      return;
    }
    for (int j = 1; j < size; j++) {
      int item = items[j];
      double difference = Math.abs(keyedA[item] - keyedB[item]);
      int at = j;
      while (at > 0 && Math.abs(keyedA[items[at - 1]] - keyedB[items[at - 1]]) < difference) {
        items[at] = items[at - 1];
        at--;
      }
      items[at] = item;
    }
  }

  private Agreement agreement(int item, double keyedA, double keyedB) {
    double a = favourability(item, keyedA);
    double b = favourability(item, keyedB);
    if (a >= favourableAtLeast[item] && b >= favourableAtLeast[item]) {
      return Agreement.SHARED_STRENGTH;
    }
    if (a <= unfavourableAtMost[item] && b <= unfavourableAtMost[item]) {
      return Agreement.SHARED_CONCERN;
    }
    return Agreement.DISAGREEMENT;
  }

  /**
   * Which items a profile is taken over: those of at least one item scale.
   *
   * @return a new array, one flag per item in definition order
   */
  public boolean[] profileItems() {
    return keyedItem.clone();
  }

  /**
   * The profile comparison of two partners over the keyed items both answered, {@link
   * ProfileAnatomy#compare} (see {@link CoupleReport#profile()}); the correlation is NaN over
   * fewer items than the definition's {@link DivergenceSettings#minimumProfileItems()}.
   */
  public ProfileSimilarity profile(double[] keyedA, double[] keyedB) {
    return profile(keyedA, keyedB, Privacy.SHARE_ITEMS);
  }

  /**
   * The profile similarity under a privacy: every figure but the item count is NaN where the
   * small-count rule of {@link Privacy} withholds it.
   */
  public ProfileSimilarity profile(double[] keyedA, double[] keyedB, Privacy privacy) {
    return profile(keyedA, keyedB, privacy, true);
  }

  /**
   * {@link #profile(double[], double[], Privacy)}, with the distance left {@link
   * ProfileDistance#UNDEFINED} unless asked for: the batch's couples.csv writes it only on
   * request.
   */
  public ProfileSimilarity profile(double[] keyedA, double[] keyedB, Privacy privacy,
      boolean withDistance) {
    ProfileSimilarity similarity =
        ProfileAnatomy.compare(keyedA, keyedB, keyedItem, withDistance);
    if (!privacy.shows(similarity.itemsUsed())) {
      return new ProfileSimilarity(similarity.itemsUsed(), Double.NaN, Double.NaN,
          ProfileDistance.UNDEFINED);
    }
    // Under SCALES_ONLY the distance is never shown: with r and both scale scores, D^2 (or its
    // scatter and shape) gives the sum of the other's squared answers and of the products with
    // the reader's own, which on a few items leaves one possible answer pattern.
    if (privacy == Privacy.SHARE_ITEMS && similarity.itemsUsed() >= minimumProfileItems) {
      return similarity; // the batch's default path: no second record per couple
    }
    ProfileDistance distance = privacy == Privacy.SHARE_ITEMS ? similarity.distance()
        : ProfileDistance.UNDEFINED;
    return new ProfileSimilarity(similarity.itemsUsed(),
        similarity.itemsUsed() < minimumProfileItems ? Double.NaN : similarity.correlation(),
        similarity.meanAbsoluteDifference(), distance);
  }
}
