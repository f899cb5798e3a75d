package io.github.dyadscore.report;

import io.github.dyadscore.couple.Agreement;
import io.github.dyadscore.couple.DifferenceVerdict;
import io.github.dyadscore.couple.ItemComparison;
import io.github.dyadscore.couple.Privacy;
import io.github.dyadscore.couple.ProfileDistance;
import io.github.dyadscore.couple.ProfileSimilarity;
import io.github.dyadscore.couple.ScaleComparison;
import io.github.dyadscore.definition.CalibrationSample;
import io.github.dyadscore.definition.Definition;
import io.github.dyadscore.definition.DivergenceSettings;
import io.github.dyadscore.definition.Item;
import io.github.dyadscore.definition.LocalizedText;
import io.github.dyadscore.definition.ReferenceData;
import io.github.dyadscore.definition.ReferenceOrigin;
import io.github.dyadscore.definition.Scale;
import io.github.dyadscore.definition.ScoringMethod;
import io.github.dyadscore.score.ScaleScore;
import io.github.dyadscore.score.Standing;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Renders a {@link ReportView} as plain text for a terminal or a plain-text mail: at most {@value
 * #WIDTH} code points per line (whole words wrapped, a word longer than a line cut), LF line ends,
 * every verdict explained in words, in the view's language. Numbers have two decimals (a decimal
 * comma in German). Texts of the definition not in the report's language appear in English (or the
 * definition's language) under a note saying so.
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReportText {

  /** The widest line, in code points. */
  public static final int WIDTH = 80;

  private ReportText() {}

  /**
   * Renders a view.
   *
   * @param view the view
   * @return the text, ending with a line end
   */
  public static String render(ReportView view) {
    return new Rendering(view).render();
  }

  /** One rendering: the view, its words, the lines so far and the texts that fell back. */
  private static final class Rendering {
    private final ReportView view;
    private final Definition definition;
    private final Words words;
    private final Locale locale;
    private final List<String> lines = new ArrayList<>();
    private final Set<String> fallbackLanguages = new TreeSet<>();

    Rendering(ReportView view) {
      this.view = view;
      this.definition = view.definition();
      this.words = new Words(view.language());
      this.locale = Locale.forLanguageTag(view.language());
    }

    String render() {
      paragraph(0, text(definition.title()) + " (" + definition.id() + " "
          + definition.version() + ")");
      paragraph(0, switch (view.audience()) {
        case THERAPIST -> words.get("for.therapist");
        case PARTNER_A -> words.get("for.partner", view.nameA());
        case PARTNER_B -> words.get("for.partner", view.nameB());
        case COUPLE -> words.get("for.couple", view.nameA(), view.nameB());
      });
      if (!view.nameA().equals("Partner A") || !view.nameB().equals("Partner B")) {
        paragraph(0, words.get("partners", view.nameA(), view.nameB()));
      }
      view.options().date().ifPresent(d -> paragraph(0, words.get("date", d.toString())));
      int fallbackNoteAt = lines.size();
      if (!definition.provenance().validated()) {
        LocalizedText note = definition.provenance().validationNote();
        blank();
        paragraph(0, words.get("note", note == null ? words.get("not.validated") : text(note)));
      }
      scales();
      profile();
      perception();
      items();
      blank();
      paragraph(0, words.get("footer", ReportView.dyadscoreVersion()));
      if (!fallbackLanguages.isEmpty()) {
        List<String> note = new ArrayList<>();
        note.add("");
        List<String> names = fallbackLanguages.stream()
            .map(tag -> Locale.forLanguageTag(tag).getDisplayLanguage(locale)).toList();
        wrap(words.get("fallback", String.join(", ", names)), 0, 2, note);
        lines.addAll(fallbackNoteAt, note);
      }
      StringBuilder out = new StringBuilder();
      for (String line : lines) {
        out.append(line).append('\n');
      }
      return out.toString();
    }

    // ------------------------------------------------------------ sections

    private void heading(String title) {
      blank();
      lines.add(title);
      lines.add("-".repeat(Math.min(WIDTH, title.codePointCount(0, title.length()))));
    }

    private void scales() {
      heading(words.get("scales"));
      for (ScaleResult r : view.scales()) {
        blank();
        Scale scale = r.scale();
        String what = words.get("range", decimal(r.minimum()), decimal(r.maximum()));
        if (scale.isComposite()) {
          List<String> names = scale.components().stream()
              .map(id -> text(definition.scale(id).orElseThrow().name())).toList();
          String joined = names.size() == 1 ? names.get(0)
              : String.join(", ", names.subList(0, names.size() - 1)) + " " + words.get("and")
                  + " " + names.get(names.size() - 1);
          what = words.get(scale.method() == ScoringMethod.MEAN ? "composite" : "composite.sum",
              joined) + "; " + what;
        }
        if (scale.lowerIsBetter()) {
          what = what + "; " + words.get("lower.is.better");
        }
        paragraph(0, text(scale.name()) + " (" + what + ")");
        paragraph(2, score(view.nameA(), scale, r.a()));
        paragraph(2, score(view.nameB(), scale, r.b()));
        ScaleComparison c = r.comparison();
        if (r.a().isScored() && r.b().isScored()) {
          paragraph(2, words.get("difference", view.nameA(), view.nameB(),
              number(c.difference()), number(c.mean())));
        }
        paragraph(2, verdict(c));
        reference(scale);
        if (r.agreementWithheld()) {
          paragraph(2, words.get("agreement.withheld", Privacy.MINIMUM_SHARED_ITEMS));
        } else if (c.itemsCompared() == 0) {
          paragraph(2, words.get("agreement.none"));
        } else {
          paragraph(2, words.get("agreement", whole(c.positiveAgreement()), c.itemsCompared()));
        }
        if (r.withinCoupleAgreementWithheld()) {
          paragraph(2, words.get("rwg.withheld"));
        } else if (Double.isNaN(c.withinCoupleAgreement())) {
          paragraph(2, words.get("rwg.undefined"));
        } else {
          paragraph(2, words.get("rwg", number(c.withinCoupleAgreement())));
        }
      }
    }

    /** Where the scale's reliability and norms came from, when it has any. */
    private void reference(Scale scale) {
      ReferenceData reference = scale.reference();
      if (reference == null || reference.origin().isEmpty()) {
        return;
      }
      CalibrationSample sample = definition.calibration();
      if (reference.origin().get() == ReferenceOrigin.CALIBRATION_SAMPLE && sample != null) {
        paragraph(2, words.get("reference.calibration", sample.description(),
            sample.persons(), sample.couples(), sample.date()));
      } else {
        paragraph(2, words.get("reference.published", definition.referenceSource(scale.id())
            .orElseThrow().substring("published: ".length())));
      }
    }

    private String score(String name, Scale scale, ScaleScore s) {
      int total = scale.isComposite() ? scale.components().size() : scale.items().size();
      String count = words.get(scale.isComposite() ? "scales.scored" : "items.answered",
          s.answered(), total);
      if (!s.isScored()) {
        return words.get("no.score", name, count, scale.minimumAnswered().required(total));
      }
      StringBuilder detail = new StringBuilder(count);
      Standing standing = s.standing();
      if (standing != null) {
        detail.append("; ").append(words.get("standing", oneDecimal(standing.t()),
            oneDecimal(standing.percentile())));
      }
      if (s.band() != null) {
        detail.append("; ").append(words.get("band", text(s.band().label())));
      }
      return words.get("score", name, number(s.value()), detail);
    }

    private String verdict(ScaleComparison c) {
      if (c.verdict() == DifferenceVerdict.RELIABLE) {
        return words.get("verdict.reliable", number(c.criticalDifference()));
      }
      if (c.verdict() == DifferenceVerdict.WITHIN_ERROR) {
        return words.get("verdict.within", number(c.criticalDifference()));
      }
      return Double.isNaN(c.criticalDifference()) ? words.get("verdict.no.reliability")
          : words.get("verdict.no.score");
    }

    private void profile() {
      heading(words.get("profiles"));
      ProfileSimilarity p = view.profile();
      if (p.itemsUsed() == 0) {
        paragraph(0, words.get("profile.none"));
      } else if (view.profileWithheld()) {
        paragraph(0, words.get("profile.withheld", p.itemsUsed(), Privacy.MINIMUM_SHARED_ITEMS));
      } else if (p.itemsUsed() == 1) {
        paragraph(0, words.get("profile.one", number(p.meanAbsoluteDifference())));
      } else if (p.itemsUsed() < DivergenceSettings.minimumProfileItems(definition)) {
        paragraph(0, words.get("profile.few", p.itemsUsed(),
            DivergenceSettings.minimumProfileItems(definition),
            number(p.meanAbsoluteDifference())));
      } else if (Double.isNaN(p.correlation())) {
        paragraph(0, words.get("profile.undefined", p.itemsUsed(),
            number(p.meanAbsoluteDifference())));
      } else {
        paragraph(0, words.get("profile", p.itemsUsed(), number(p.correlation()),
            number(p.meanAbsoluteDifference())));
      }
      ProfileDistance d = view.profileDistance();
      if (!view.profileWithheld() && p.itemsUsed() > 0 && !Double.isNaN(d.squared())) {
        paragraph(0, words.get("distance", number(d.distance()), number(d.squared()),
            number(d.elevation()), number(d.scatter()),
            number(Math.max(0, d.shape()))));
      }
    }

    /**
     * How each partner predicted the other, in the view's plain words; left out when neither
     * partner answered a prediction item (or the questionnaire has none).
     */
    private void perception() {
      List<PerceptionResult> results = view.perception();
      if (results.stream().noneMatch(r -> r.items() > 0)) {
        return;
      }
      heading(words.get("perception.heading"));
      paragraph(0, words.get("perception.intro"));
      for (PerceptionResult r : results) {
        paragraph(r.scale() == null ? 0 : 2, r.words());
      }
    }

    private void items() {
      switch (view.itemDetail()) {
        case ALL -> {
          heading(words.get("divergent"));
          if (view.items().isEmpty()) {
            blank();
            paragraph(0, words.get("agreement.none.all"));
          } else if (view.divergentItems().isEmpty()) {
            blank();
            paragraph(0, words.get("divergent.none"));
          }
          for (ItemComparison item : view.divergentItems()) {
            divergentItem(item);
          }
          List<ItemComparison> all = view.items();
          long strengths = all.stream()
              .filter(i -> i.agreement() == Agreement.SHARED_STRENGTH).count();
          long concerns = all.stream()
              .filter(i -> i.agreement() == Agreement.SHARED_CONCERN).count();
          if (!all.isEmpty()) {
            blank();
            paragraph(0, words.get("counts", all.size(), strengths, concerns,
                all.size() - strengths - concerns));
          }
          bothAnswers();
        }
        case OWN_ANSWERS -> {
          boolean a = view.audience() == Audience.PARTNER_A;
          String reader = a ? view.nameA() : view.nameB();
          ownAnswers(reader, a ? view.answersA() : view.answersB());
          blank();
          paragraph(0, words.get("own.note", reader, a ? view.nameB() : view.nameA()));
        }
        case NONE_FOR_AUDIENCE -> {
          heading(words.get("items"));
          paragraph(0, words.get("items.audience"));
        }
        case NONE_BY_PRIVACY -> {
          heading(words.get("items"));
          paragraph(0, words.get("items.privacy"));
        }
      }
    }

    private void divergentItem(ItemComparison item) {
      Item definitionItem = definition.item(item.item()).orElseThrow();
      List<String> about = new ArrayList<>();
      if (definitionItem.reversed()) {
        about.add(words.get("reversed"));
      }
      item.scales().forEach(id -> about.add(text(definition.scale(id).orElseThrow().name())));
      blank();
      paragraph(0, words.get("item.head", item.item(), String.join("; ", about),
          number(item.absoluteDifference())));
      paragraph(2, words.get("answer.pair", view.nameA(), answer(item.item(), item.codeA(), false),
          view.nameB(), answer(item.item(), item.codeB(), false)));
      if (definitionItem.text() != null) {
        paragraph(4, quoted(text(definitionItem.text())));
      }
    }

    /** Both partners' answers, item by item in definition order. */
    private void bothAnswers() {
      heading(words.get("both"));
      java.util.Map<String, OwnAnswer> a = new java.util.HashMap<>();
      java.util.Map<String, OwnAnswer> b = new java.util.HashMap<>();
      view.answersA().forEach(x -> a.put(x.item(), x));
      view.answersB().forEach(x -> b.put(x.item(), x));
      for (Item item : definition.items()) {
        OwnAnswer x = a.get(item.id());
        OwnAnswer y = b.get(item.id());
        if (x == null && y == null) {
          continue;
        }
        paragraph(0, item.id() + ": " + words.get("answer.pair", view.nameA(),
            x == null ? words.get("unanswered") : answer(item.id(), x.code(), x.missingCode()),
            view.nameB(),
            y == null ? words.get("unanswered") : answer(item.id(), y.code(), y.missingCode())));
        if (item.text() != null) {
          paragraph(4, quoted(text(item.text())));
        }
      }
    }

    private void ownAnswers(String name, List<OwnAnswer> answers) {
      heading(words.get("own", name));
      if (answers.isEmpty()) {
        paragraph(0, words.get("own.none", name));
      }
      for (OwnAnswer a : answers) {
        Item item = definition.item(a.item()).orElseThrow();
        paragraph(0, a.item() + ": " + answer(a.item(), a.code(), a.missingCode()));
        if (item.text() != null) {
          paragraph(4, quoted(text(item.text())));
        }
      }
    }

    /** An answer code with its label, such as {@code 6 (Agree)}. */
    private String answer(String itemId, int code, boolean missingCode) {
      ReportView.Text label = view.answerLabel(itemId, code);
      String shown = Integer.toString(code);
      if (label != null) {
        note(label);
        shown += " (" + label.value() + ")";
      }
      return missingCode ? words.get("missing.code", shown) : shown;
    }

    private static String quoted(String text) {
      return "\u201C" + text + "\u201D";
    }

    // ------------------------------------------------------------ texts and numbers

    private String text(LocalizedText text) {
      ReportView.Text t = view.text(text);
      note(t);
      return t.value();
    }

    private void note(ReportView.Text t) {
      if (t.fallback()) {
        fallbackLanguages.add(t.language());
      }
    }

    /** Two decimals, or "n/a". */
    private String number(double value) {
      if (Double.isNaN(value)) {
        return "n/a";
      }
      return localize(String.format(Locale.ROOT, "%.2f", value));
    }

    private String oneDecimal(double value) {
      return localize(String.format(Locale.ROOT, "%.1f", value));
    }

    private String whole(double value) {
      return String.format(Locale.ROOT, "%.0f", value);
    }

    /** A range end: as few decimals as it needs, at most two. */
    private String decimal(double value) {
      BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_EVEN)
          .stripTrailingZeros();
      return localize(rounded.scale() < 0 ? rounded.setScale(0).toPlainString()
          : rounded.toPlainString());
    }

    private String localize(String number) {
      return number.replace(".", words.get("decimal"));
    }

    // ------------------------------------------------------------ layout

    private void blank() {
      if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
        lines.add("");
      }
    }

    private void paragraph(int indent, String text) {
      wrap(text, indent, indent + (indent == 0 ? 2 : 0), lines);
    }
  }

  /**
   * Wraps a text into lines of at most {@link #WIDTH} code points: whole words where they fit, a
   * word longer than a line cut into pieces. Runs of white space and control characters become
   * one space.
   *
   * @param text the text
   * @param first the indent of the first line
   * @param rest the indent of the following lines
   * @param into receives the lines
   */
  static void wrap(String text, int first, int rest, List<String> into) {
    String[] tokens = text.codePoints()
        .map(c -> Character.isWhitespace(c) || Character.isISOControl(c)
            || Character.getType(c) == Character.LINE_SEPARATOR
            || Character.getType(c) == Character.PARAGRAPH_SEPARATOR ? ' ' : c)
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString().strip().split(" +");
    StringBuilder line = new StringBuilder(" ".repeat(first));
    int length = first;
    int indent = first;
    boolean empty = true;
    for (String token : tokens) {
      if (token.isEmpty()) {
        continue;
      }
      int[] cps = token.codePoints().toArray();
      int at = 0;
      while (at < cps.length) {
        int room = WIDTH - length - (empty ? 0 : 1);
        int left = cps.length - at;
        if (left <= room) {
          if (!empty) {
            line.append(' ');
          }
          line.appendCodePoint(cps[at]);
          for (int i = at + 1; i < cps.length; i++) {
            line.appendCodePoint(cps[i]);
          }
          length += left + (empty ? 0 : 1);
          empty = false;
          at = cps.length;
        } else if (!empty) {
          into.add(line.toString());
          indent = rest;
          line = new StringBuilder(" ".repeat(indent));
          length = indent;
          empty = true;
        } else {
          // A word longer than a whole line: cut it.
          int take = Math.max(1, WIDTH - length);
          for (int i = at; i < at + take; i++) {
            line.appendCodePoint(cps[i]);
          }
          at += take;
          into.add(line.toString());
          indent = rest;
          line = new StringBuilder(" ".repeat(indent));
          length = indent;
        }
      }
    }
    if (!empty || into.isEmpty() || length > indent) {
      if (!empty) {
        into.add(line.toString());
      }
    }
  }
}
