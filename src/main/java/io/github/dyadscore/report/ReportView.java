package io.github.dyadscore.report;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.couple.CoupleReport;
import io.github.dyadscore.couple.ItemComparison;
import io.github.dyadscore.couple.Privacy;
import io.github.dyadscore.couple.ProfileSimilarity;
import io.github.dyadscore.couple.ScaleComparison;
import io.github.dyadscore.definition.Definition;
import io.github.dyadscore.definition.Item;
import io.github.dyadscore.definition.LocalizedText;
import io.github.dyadscore.definition.MissingCode;
import io.github.dyadscore.definition.ResponseOption;
import io.github.dyadscore.definition.ResponseScale;
import io.github.dyadscore.definition.Scale;
import io.github.dyadscore.definition.ScoringMethod;
import io.github.dyadscore.internal.DyadscoreVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A couple report as one audience may see it: the single place where the privacy rules of {@link
 * Audience} are applied. Every renderer (text, JSON, HTML) formats a view and nothing else, so
 * a renderer cannot show what the audience may not see: what is withheld is simply not in the
 * view.
 *
 * <ul>
 *   <li>{@link Audience#THERAPIST}: both partners' scale results, both partners' item answers
 *       ({@link #answersA()}, {@link #answersB()}), every item comparison ({@link #items()}) and
 *       the items answered far apart ({@link #divergentItems()}).
 *   <li>{@link Audience#PARTNER_A} and {@link Audience#PARTNER_B}: both partners' scale results
 *       and the reader's own answers; no item comparison; the couple statistics over shared items
 *       (positive agreement, profile similarity and distance, within-couple agreement r_wg(J))
 *       only where the small-count rule of {@link Privacy} lets them be shown.
 *   <li>{@link Audience#COUPLE}: scale results and counts under the same rule; with the stated
 *       agreement of both partners ({@link ReportOptions#itemSharingAgreed()}) everything the
 *       therapist sees.
 *   <li>{@link ReportOptions#privacy()} {@link Privacy#SCALES_ONLY}: no item answers in any
 *       audience's view, and the small-count rule for every audience.
 * </ul>
 *
 * <p>Immutable and thread-safe. Numbers that do not exist or are withheld are NaN; the {@code
 * ...Withheld} accessors tell the two apart. {@link #toString()} shows no answer.
 *
 * @since 0.1.0
 */
public final class ReportView {


  private final Definition definition;
  private final ReportOptions options;
  private final CoupleReport report;
  private final List<ScaleResult> scales;
  private final List<OwnAnswer> answersA;
  private final List<OwnAnswer> answersB;
  private final boolean profileWithheld;
  /** For {@link #perception()}, computed when first asked for; never shown as such. */
  private final Answers partnerA;
  private final Answers partnerB;
  private volatile @Nullable List<PerceptionResult> perception;

  private ReportView(Definition definition, ReportOptions options, CoupleReport report,
      List<OwnAnswer> answersA, List<OwnAnswer> answersB, Answers partnerA, Answers partnerB) {
    this.partnerA = partnerA;
    this.partnerB = partnerB;
    this.definition = definition;
    this.options = options;
    this.report = report;
    this.answersA = answersA;
    this.answersB = answersB;
    Map<String, double[]> ranges = new HashMap<>();
    List<ScaleResult> results = new ArrayList<>();
    boolean smallCountRule = report.privacy() == Privacy.SCALES_ONLY;
    for (ScaleComparison c : report.scales()) {
      Scale scale = definition.scale(c.scale()).orElseThrow();
      double[] range = range(scale, ranges);
      boolean withheld = smallCountRule && c.itemsCompared() > 0
          && Double.isNaN(c.positiveAgreement());
      // Under the rule r_wg(J) is never shown (see ScoringEngine.withinCoupleAgreement), so
      // saying it is withheld reveals nothing about the answers.
      boolean rwgWithheld = smallCountRule;
      results.add(new ScaleResult(scale, range[0], range[1], report.partnerA().scale(c.scale()),
          report.partnerB().scale(c.scale()), c, withheld, rwgWithheld));
    }
    this.scales = List.copyOf(results);
    ProfileSimilarity p = report.profile();
    this.profileWithheld = smallCountRule && p.itemsUsed() > 0
        && Double.isNaN(p.meanAbsoluteDifference());
  }

  /**
   * Compares two partners and makes the view for the audience of the options.
   *
   * @param questionnaire the questionnaire both answered
   * @param partnerA partner A's answers
   * @param partnerB partner B's answers
   * @param options the audience, names, language and privacy
   * @return the view
   * @throws io.github.dyadscore.score.InvalidAnswerException naming the partner, for an unknown
   *     item or an invalid code
   */
  public static ReportView of(Questionnaire questionnaire, Answers partnerA, Answers partnerB,
      ReportOptions options) {
    CoupleReport report = questionnaire.compare(partnerA, partnerB, options.reportPrivacy());
    return of(questionnaire.definition(), report, partnerA, partnerB, options);
  }

  /**
   * Makes the view of a couple report already computed, for callers that keep reports (such as a
   * batch run).
   *
   * @param definition the questionnaire's definition
   * @param report the report of exactly these answers, computed with {@link
   *     ReportOptions#reportPrivacy()}
   * @param partnerA partner A's answers (only the reader's own are shown, if any)
   * @param partnerB partner B's answers
   * @param options the audience, names, language and privacy
   * @return the view
   * @throws IllegalArgumentException when the report is of another questionnaire or was computed
   *     with another privacy than the audience needs, or an answer does not fit the definition
   */
  public static ReportView of(Definition definition, CoupleReport report, Answers partnerA,
      Answers partnerB, ReportOptions options) {
    if (!report.questionnaire().equals(definition.id())) {
      throw new IllegalArgumentException("the report is of questionnaire '"
          + report.questionnaire() + "'; expected '" + definition.id() + "'");
    }
    if (report.privacy() != options.reportPrivacy()) {
      throw new IllegalArgumentException("the report was computed with privacy "
          + report.privacy() + "; the " + options.audience().tag() + " view needs "
          + options.reportPrivacy() + " (see ReportOptions.reportPrivacy())");
    }
    ItemDetail detail = options.itemDetail();
    boolean showA = detail == ItemDetail.ALL
        || (detail == ItemDetail.OWN_ANSWERS && options.audience() == Audience.PARTNER_A);
    boolean showB = detail == ItemDetail.ALL
        || (detail == ItemDetail.OWN_ANSWERS && options.audience() == Audience.PARTNER_B);
    return new ReportView(definition, options, report,
        showA ? ownAnswers(definition, partnerA, "A") : List.of(),
        showB ? ownAnswers(definition, partnerB, "B") : List.of(), partnerA, partnerB);
  }

  /**
   * The questionnaire's definition: title, provenance, scales and item texts.
   *
   * @return the definition
   */
  public Definition definition() {
    return definition;
  }

  /**
   * The options the view was made with.
   *
   * @return the options
   */
  public ReportOptions options() {
    return options;
  }

  /**
   * Who reads the report.
   *
   * @return the audience
   */
  public Audience audience() {
    return options.audience();
  }

  /**
   * How much item detail the view shows, and why; renderers say "scales only" only for {@link
   * ItemDetail#NONE_BY_PRIVACY}.
   *
   * @return the item detail
   */
  public ItemDetail itemDetail() {
    return options.itemDetail();
  }

  /**
   * The privacy the underlying couple report was computed with; under {@link
   * Privacy#SCALES_ONLY} the small-count rule applies.
   *
   * @return the privacy
   */
  public Privacy privacy() {
    return report.privacy();
  }

  /**
   * Partner A's display name.
   *
   * @return the name
   */
  public String nameA() {
    return options.nameA();
  }

  /**
   * Partner B's display name.
   *
   * @return the name
   */
  public String nameB() {
    return options.nameB();
  }

  /**
   * The language of the report's own words.
   *
   * @return a tag from {@link ReportOptions#languages()}
   */
  public String language() {
    return options.language();
  }

  /**
   * The version of dyadscore that made the view.
   *
   * @return the version, such as {@code 0.1.0-SNAPSHOT}
   */
  public static String dyadscoreVersion() {
    return DyadscoreVersion.get();
  }

  /**
   * Every scale with both partners' results, in definition order.
   *
   * @return the scales
   */
  public List<ScaleResult> scales() {
    return scales;
  }

  /**
   * The similarity of the two answer profiles; correlation and mean absolute difference are NaN
   * where withheld ({@link #profileWithheld()}), undefined or no item was answered by both.
   *
   * @return the profile similarity
   */
  public ProfileSimilarity profile() {
    return report.profile();
  }

  /**
   * Cronbach and Gleser's distance between the two answer profiles with its elevation, scatter
   * and shape parts (see {@link io.github.dyadscore.couple.ProfileDistance}); every figure NaN
   * under {@link Privacy#SCALES_ONLY} whatever the number of items (beside r and both scale
   * scores it would give the second moments of the other partner's answers), or when no item was
   * answered by both.
   *
   * @return the profile distance
   */
  public io.github.dyadscore.couple.ProfileDistance profileDistance() {
    return report.profile().distance();
  }

  /**
   * Whether the profile statistics are withheld by the small-count rule.
   *
   * @return true when the partners share answers on too few items to show them
   */
  public boolean profileWithheld() {
    return profileWithheld;
  }

  /**
   * How each partner predicted the other, for a questionnaire with prediction items (empty
   * otherwise): per direction one result over all predicted items, then one per scale with
   * predicted items, each with a sentence in the report's language. Every audience sees both
   * directions as statistics over items, never per item; hits and accuracy only where the view
   * shows both partners' item answers ({@link ItemDetail#ALL}); for every audience but the therapist,
   * and under {@link Privacy#SCALES_ONLY} for all, a result over fewer than {@link
   * Privacy#MINIMUM_SHARED_ITEMS} items is withheld (see {@link PerceptionResult}). Computed on the
   * first call.
   *
   * @return the results, A about B first
   */
  public List<PerceptionResult> perception() {
    List<PerceptionResult> p = perception;
    if (p == null) {
      p = PerceptionSection.of(this, partnerA, partnerB);
      perception = p;
    }
    return p;
  }

  /**
   * Whether the partners answered any item in common.
   *
   * @return false when no item was answered by both
   */
  public boolean hasSharedItems() {
    return report.profile().itemsUsed() > 0;
  }

  /**
   * Every item both answered, with both answers; empty unless {@link #itemDetail()} is {@link
   * ItemDetail#ALL}.
   *
   * @return the item comparisons in definition order
   */
  public List<ItemComparison> items() {
    return report.items();
  }

  /**
   * The items answered far apart, largest gap first; empty unless {@link #itemDetail()} is {@link
   * ItemDetail#ALL}.
   *
   * @return the divergent items
   */
  public List<ItemComparison> divergentItems() {
    return report.divergentItems();
  }

  /**
   * Partner A's own answers in definition order, where this audience may see them (the
   * therapist, partner A, the agreeing couple); empty otherwise.
   *
   * @return the answers
   */
  public List<OwnAnswer> answersA() {
    return answersA;
  }

  /**
   * Partner B's own answers, as {@link #answersA()}.
   *
   * @return the answers
   */
  public List<OwnAnswer> answersB() {
    return answersB;
  }

  /**
   * A text of the definition in the report's language, else in English, else in the definition's
   * own language.
   *
   * @param text the text
   * @return the text with the language it is in
   */
  public Text text(LocalizedText text) {
    String wanted = options.language();
    String value = text.byLanguage().get(wanted);
    if (value != null) {
      return new Text(value, wanted, false);
    }
    for (String fallback : List.of("en", definition.language())) {
      value = text.byLanguage().get(fallback);
      if (value != null) {
        return new Text(value, fallback, true);
      }
    }
    Map.Entry<String, String> any = text.byLanguage().entrySet().iterator().next();
    return new Text(any.getValue(), any.getKey(), true);
  }

  /**
   * A text of the definition as shown.
   *
   * @param value the text
   * @param language the language it is in
   * @param fallback whether it is not in the report's language
   */
  public record Text(String value, String language, boolean fallback) {}

  /**
   * The label of an answer code of an item, such as "Agree", or null when the definition has
   * none.
   *
   * @param itemId the item's id
   * @param code the code
   * @return the label, or null
   */
  public @Nullable Text answerLabel(String itemId, int code) {
    Item item = definition.item(itemId).orElseThrow();
    ResponseScale scale = definition.responseScale(item.responseScale()).orElseThrow();
    for (ResponseOption option : scale.options()) {
      if (option.code() == code) {
        return option.label() == null ? null : text(option.label());
      }
    }
    for (MissingCode missing : scale.missingCodes()) {
      if (missing.code() == code) {
        return missing.label() == null ? null : text(missing.label());
      }
    }
    return null;
  }

  /** Shows the questionnaire and audience, never an answer or score. */
  @Override
  public String toString() {
    return "ReportView[" + definition.id() + " " + definition.version() + ", audience="
        + options.audience().tag() + "]";
  }

  // ---------------------------------------------------------------- building

  private static List<OwnAnswer> ownAnswers(Definition definition, Answers answers,
      String partner) {
    List<OwnAnswer> own = new ArrayList<>();
    for (Item item : definition.items()) {
      OptionalInt given = answers.code(item.id());
      if (given.isEmpty()) {
        continue;
      }
      int code = given.getAsInt();
      ResponseScale scale = definition.responseScale(item.responseScale()).orElseThrow();
      OwnAnswer answer = null;
      for (ResponseOption option : scale.options()) {
        if (option.code() == code) {
          double value = item.reversed()
              ? scale.minValue() + scale.maxValue() - option.value() : option.value();
          answer = new OwnAnswer(item.id(), code, value, false);
        }
      }
      for (MissingCode missing : scale.missingCodes()) {
        if (answer == null && missing.code() == code) {
          answer = new OwnAnswer(item.id(), code, Double.NaN, true);
        }
      }
      if (answer == null) {
        throw new IllegalArgumentException("partner " + partner + ": item '" + item.id()
            + "' has a code that is neither an option nor a missing code of response scale '"
            + scale.id() + "'");
      }
      own.add(answer);
    }
    return List.copyOf(own);
  }

  /** The lowest and highest score of a scale with every item answered. */
  private double[] range(Scale scale, Map<String, double[]> known) {
    double[] cached = known.get(scale.id());
    if (cached != null) {
      return cached;
    }
    double lo = 0;
    double hi = 0;
    double weight = 0;
    if (scale.isComposite()) {
      for (String component : scale.components()) {
        double[] r = range(definition.scale(component).orElseThrow(), known);
        lo += r[0];
        hi += r[1];
        weight += 1;
      }
    } else {
      for (String id : scale.items()) {
        Item item = definition.item(id).orElseThrow();
        ResponseScale rs = definition.responseScale(item.responseScale()).orElseThrow();
        lo += item.weight() * rs.minValue();
        hi += item.weight() * rs.maxValue();
        weight += item.weight();
      }
    }
    double[] range = scale.method() == ScoringMethod.MEAN
        ? new double[] {lo / weight, hi / weight} : new double[] {lo, hi};
    known.put(scale.id(), range);
    return range;
  }
}
