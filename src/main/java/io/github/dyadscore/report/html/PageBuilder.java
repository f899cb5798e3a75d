package io.github.dyadscore.report.html;

import io.github.dyadscore.couple.Agreement;
import io.github.dyadscore.couple.DifferenceVerdict;
import io.github.dyadscore.couple.ItemComparison;
import io.github.dyadscore.couple.ProfileSimilarity;
import io.github.dyadscore.couple.ScaleComparison;
import io.github.dyadscore.definition.Band;
import io.github.dyadscore.definition.Definition;
import io.github.dyadscore.definition.DivergenceSettings;
import io.github.dyadscore.definition.Item;
import io.github.dyadscore.definition.LocalizedText;
import io.github.dyadscore.definition.ReferenceData;
import io.github.dyadscore.definition.Scale;
import io.github.dyadscore.definition.ScaleMap;
import io.github.dyadscore.report.Audience;
import io.github.dyadscore.report.ItemDetail;
import io.github.dyadscore.report.OwnAnswer;
import io.github.dyadscore.report.ReportView;
import io.github.dyadscore.report.ScaleResult;
import io.github.dyadscore.report.html.Page.Dumbbell;
import io.github.dyadscore.report.html.Page.Header;
import io.github.dyadscore.report.html.Page.HowTo;
import io.github.dyadscore.report.html.Page.ItemGroup;
import io.github.dyadscore.report.html.Page.ItemRow;
import io.github.dyadscore.report.html.Page.ItemsBlock;
import io.github.dyadscore.report.html.Page.Label;
import io.github.dyadscore.report.html.Page.Line;
import io.github.dyadscore.report.html.Page.Marker;
import io.github.dyadscore.report.html.Page.Rect;
import io.github.dyadscore.report.html.Page.Row;
import io.github.dyadscore.report.html.Page.ScaleBlock;
import io.github.dyadscore.report.html.Page.ScaleMapBlock;
import io.github.dyadscore.report.html.Page.Tick;
import io.github.dyadscore.score.ScaleScore;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Words and draws one couple report for one reader: turns the report into a {@link Page}. Every
 * string here is plain text; the template escapes it.
 */
final class PageBuilder {

  /** The chart's horizontal extent in SVG units: the axis runs from LEFT to RIGHT. */
  private static final double LEFT = 24;
  private static final double RIGHT = 376;

  private final ReportView view;
  private final Definition definition;
  private final String nameA;
  private final String nameB;

  PageBuilder(ReportView view) {
    this.view = view;
    this.definition = view.definition();
    this.nameA = view.nameA();
    this.nameB = view.nameB();
  }

  Page build() {
    String title = text(definition.title());
    List<ScaleBlock> scales = new ArrayList<>();
    for (ScaleResult result : view.scales()) {
      scales.add(scaleBlock(result));
    }
    String heading = switch (view.audience()) {
      case THERAPIST -> "Couple report for " + nameA + " and " + nameB;
      case PARTNER_A -> nameA + "'s report";
      case PARTNER_B -> nameB + "'s report";
      case COUPLE -> "Couple report for " + nameA + " and " + nameB;
    };
    String audience = switch (view.audience()) {
      case THERAPIST -> "For the therapist: both partners' scale results and item answers.";
      case PARTNER_A -> "For " + nameA + " only: both partners' scale results and " + nameA
          + "'s own answers; nothing that shows how " + nameB + " answered any single item.";
      case PARTNER_B -> "For " + nameB + " only: both partners' scale results and " + nameB
          + "'s own answers; nothing that shows how " + nameA + " answered any single item.";
      case COUPLE -> "For " + nameA + " and " + nameB + " to read together: scale results"
          + (view.itemDetail() == ItemDetail.ALL ? " and item answers, which both partners "
              + "agreed to share." : " and counts only.");
    };
    if (view.itemDetail() == ItemDetail.NONE_BY_PRIVACY) {
      audience += " Scales only: item answers are left out of this report, as asked.";
    }
    if (!view.language().equals("en")) {
      audience += " This page's own words are in English only; texts of the questionnaire are "
          + "shown in the language asked for where the questionnaire has them.";
    }
    Header header = new Header(title, definition.version(), definition.provenance().citation(),
        definition.provenance().license(), definition.provenance().validated() ? null
            : notice(), nameA, nameB, view.options().date()
                .map(d -> d.format(DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH)))
                .orElse(null));
    return new Page("en", heading + " · " + title, heading, audience,
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
        "", header, scales, map(), items(), profile(), howToRead(),
        "Made with dyadscore " + ReportView.dyadscoreVersion() + " from " + title + " " + definition.version() + "."
            + (definition.provenance().validated() ? ""
                : " This questionnaire is not clinically validated."));
  }

  private String notice() {
    String note = text(definition.provenance().validationNote());
    return note.isEmpty() ? "This questionnaire has not been validated." : note;
  }

  // ---------------------------------------------------------------- one scale

  private ScaleBlock scaleBlock(ScaleResult result) {
    Scale scale = result.scale();
    ScaleComparison c = result.comparison();
    ScaleScore a = result.a();
    ScaleScore b = result.b();
    double[] range = {result.minimum(), result.maximum()};
    String name = text(scale.name());
    List<Row> table = new ArrayList<>();
    table.add(new Row("Score", List.of(score(a), score(b))));
    table.add(new Row(scale.isComposite() ? "Parts scored" : "Items answered",
        List.of(answered(a), answered(b))));
    if (a.standing() != null || b.standing() != null) {
      table.add(new Row("Percentile", List.of(percentile(a), percentile(b))));
    }
    if (bands(scale) != null) {
      table.add(new Row("Band", List.of(band(a), band(b))));
    }
    table.add(new Row("Gap (" + nameA + " − " + nameB + ")", List.of(number(c.difference()))));
    table.add(new Row("Couple mean", List.of(number(c.mean()))));
    if (!Double.isNaN(c.criticalDifference())) {
      table.add(new Row("Critical difference (95 %)", List.of(
          number(c.criticalDifference()))));
    }
    table.add(new Row("Gap beyond measurement error?", List.of(verdictWord(c.verdict()))));
    // Where the reliability and norms behind the verdict and standings came from.
    definition.referenceSource(scale.id()).ifPresent(source ->
        table.add(new Row("Reference data", List.of(source))));
    String agreement = null;
    if (result.agreementWithheld()) {
      agreement = "Positive couple agreement is not shown on this page: it would rest on too few "
          + "items that each partner answered favourably, so it could reveal a single answer.";
      table.add(new Row("Positive couple agreement", List.of("not shown (too few items)")));
    } else if (!Double.isNaN(c.positiveAgreement())) {
      long both = Math.round(c.positiveAgreement() * c.itemsCompared() / 100);
      agreement = "Positive couple agreement: both answered favourably on " + both + " of the "
          + c.itemsCompared() + " items both answered (" + percent(c.positiveAgreement()) + ").";
      table.add(new Row("Positive couple agreement", List.of(percent(c.positiveAgreement())
          + " of " + c.itemsCompared() + " items")));
    }
    return new ScaleBlock(c.scale(), name, text(scale.description()).isEmpty() ? null
        : text(scale.description()), "Possible range " + number(range[0]) + " to "
            + number(range[1]) + " (" + method(scale) + ")." + (scale.lowerIsBetter()
                ? " Lower is better on this scale: a low score is the favourable end." : ""),
        dumbbell(scale, name, range, a, b, c), sentence(name, range, scale, a, b, c), agreement,
        table);
  }

  private Dumbbell dumbbell(Scale scale, String name, double[] range, ScaleScore a, ScaleScore b,
      ScaleComparison c) {
    Geometry x = new Geometry(range[0], range[1], LEFT, RIGHT);
    List<Band> bands = bands(scale);
    boolean hasBands = bands != null;
    // Band labels get a line of their own above the partner A label's line.
    double top = hasBands ? 18 : 0;
    double trackY = top + 34;
    List<Rect> rects = new ArrayList<>();
    List<Label> bandLabels = new ArrayList<>();
    rects.add(new Rect(c(LEFT), c(trackY - 12), c(RIGHT - LEFT), "24", "track"));
    if (hasBands) {
      int i = 0;
      for (Band band : bands) {
        double from = x.at(band.lower());
        double to = x.at(band.upper());
        if (to - from < 0.5) {
          continue;
        }
        rects.add(new Rect(c(from), c(trackY - 12), c(to - from), "24", "band-" + (i % 2)));
        bandLabels.add(new Label(c((from + to) / 2), "12", "middle",
            shorten(text(band.label()), (int) ((to - from) / 6.5))));
        i++;
      }
    }
    double tickTop = trackY + 12;
    double tickY = trackY + 46;
    List<Tick> ticks = new ArrayList<>();
    for (double t : x.ticks()) {
      ticks.add(new Tick(c(x.at(t)), c(tickY - 14), c(tickY - 10), c(tickY + 4), number(t)));
    }
    Marker ma = null;
    Marker mb = null;
    if (a.isScored()) {
      double ax = x.at(a.value());
      ma = new Marker(c(ax), c(trackY), "", labelAt(ax, trackY - 17, nameA + " " + number(
          a.value())));
    }
    if (b.isScored()) {
      double bx = x.at(b.value());
      mb = new Marker(c(bx), c(trackY), Geometry.diamond(bx, trackY, 8), labelAt(bx,
          trackY + 26, nameB + " " + number(b.value())));
    }
    Line connector = null;
    List<Line> bracket = new ArrayList<>();
    Label errorLabel = null;
    double height = tickY + 10;
    if (a.isScored() && b.isScored()) {
      connector = new Line(ma.x(), c(trackY), mb.x(), c(trackY));
      if (!Double.isNaN(c.criticalDifference())) {
        double y = tickY + 12;
        double from = x.at(c.mean() - c.criticalDifference() / 2);
        double to = x.at(c.mean() + c.criticalDifference() / 2);
        bracket.add(new Line(c(from), c(y), c(to), c(y)));
        bracket.add(new Line(c(from), c(y - 5), c(from), c(y + 5)));
        bracket.add(new Line(c(to), c(y - 5), c(to), c(y + 5)));
        errorLabel = labelAt((from + to) / 2, y + 18, "measurement error: "
            + number(c.criticalDifference()));
        height = y + 26;
      }
    }
    String desc = chartDescription(name, range, a, b, c, bands);
    return new Dumbbell(name + ": both partners on the scale from " + number(range[0]) + " to "
        + number(range[1]), desc, c(height), rects, bandLabels, ticks, connector, bracket,
        errorLabel, ma, mb);
  }

  private static Label labelAt(double x, double y, String text) {
    // Keeps a label inside the chart: anchored at its start near the left edge, at its end near
    // the right edge (about 7 units per character at 13 px).
    // Half the label's width at up to 18 units (the phone size), so that it stays in the chart.
    double half = text.length() * 5.2;
    if (x - half < 2) {
      return new Label("2", c(y), "start", text);
    }
    if (x + half > 398) {
      return new Label("398", c(y), "end", text);
    }
    return new Label(c(x), c(y), "middle", text);
  }

  private String chartDescription(String name, double[] range, ScaleScore a, ScaleScore b,
      ScaleComparison c, @Nullable List<Band> bands) {
    StringBuilder d = new StringBuilder();
    d.append(name).append(", possible range ").append(number(range[0])).append(" to ")
        .append(number(range[1])).append(". ");
    d.append(nameA).append(": ").append(score(a)).append(". ");
    d.append(nameB).append(": ").append(score(b)).append(".");
    if (!Double.isNaN(c.criticalDifference())) {
      d.append(" Gaps up to ").append(number(c.criticalDifference()))
          .append(" are within measurement error.");
    }
    if (bands != null) {
      d.append(" Bands:");
      for (Band band : bands) {
        d.append(' ').append(text(band.label())).append(" (").append(bandRange(band))
            .append(");");
      }
    }
    return d.toString();
  }

  private String sentence(String name, double[] range, Scale scale, ScaleScore a, ScaleScore b,
      ScaleComparison c) {
    if (!a.isScored() && !b.isScored()) {
      return "Neither " + nameA + " nor " + nameB + " has a score on " + name + ": too few "
          + "answers (" + answered(a) + " and " + answered(b) + ").";
    }
    if (!a.isScored() || !b.isScored()) {
      String missing = a.isScored() ? nameB : nameA;
      ScaleScore none = a.isScored() ? b : a;
      return missing + " has no score on " + name + ": too few answers (" + answered(none)
          + "), so the two cannot be compared here.";
    }
    String position;
    List<Band> bands = bands(scale);
    if (bands != null && bands.size() == 2) {
      // The cut-off's own side comes from the bands: "below 13.5" / "at or above 13.5", or
      // "at or below 17" / "above 17".
      double cut = bands.get(1).lower();
      boolean aAbove = bands.get(1).contains(a.value());
      boolean bAbove = bands.get(1).contains(b.value());
      String upperSide = bands.get(1).includesLower() ? "at or above" : "above";
      String lowerSide = bands.get(0).includesUpper() ? "at or below" : "below";
      position = aAbove == bAbove
          ? "Both are " + (aAbove ? upperSide : lowerSide) + " the cut-off of " + number(cut)
              + " (" + text((aAbove ? bands.get(1) : bands.get(0)).label()) + ")."
          : "Only " + (aAbove ? nameA : nameB) + " is " + upperSide + " the cut-off of "
              + number(cut) + "; " + (aAbove ? nameB : nameA) + " is " + lowerSide + " it ("
              + text(bands.get(0).label()) + ").";
    } else if (bands != null && a.band() != null && b.band() != null) {
      position = a.band().equals(b.band())
          ? "Both are in the band “" + text(a.band().label()) + "”."
          : nameA + " is in the band “" + text(a.band().label()) + "”, " + nameB + " in “"
              + text(b.band().label()) + "”.";
    } else {
      double mid = (range[0] + range[1]) / 2;
      int sa = Double.compare(a.value(), mid);
      int sb = Double.compare(b.value(), mid);
      String middle = "the middle of the scale (" + number(mid) + ")";
      if (sa == sb && sa != 0) {
        position = "Both scored " + (sa > 0 ? "above " : "below ") + middle + ".";
      } else if (sa > 0 || sb > 0) {
        String high = sa > 0 ? nameA : nameB;
        String other = sa > 0 ? nameB : nameA;
        position = "Only " + high + " scored above " + middle + "; " + other + " scored "
            + (Math.min(sa, sb) == 0 ? "at" : "below") + " it.";
      } else if (sa == 0 && sb == 0) {
        position = "Both scored at " + middle + ".";
      } else {
        String low = sa < 0 ? nameA : nameB;
        position = "Only " + low + " scored below " + middle + "; the other scored at it.";
      }
    }
    String gap = switch (c.verdict()) {
      case RELIABLE -> " The gap of " + number(c.absoluteDifference()) + " is larger than "
          + "measurement error alone would explain (up to " + number(c.criticalDifference())
          + ").";
      case WITHIN_ERROR -> " The gap of " + number(c.absoluteDifference()) + " is within what "
          + "measurement error alone could explain (up to " + number(c.criticalDifference())
          + ").";
      case NOT_ASSESSED -> " The gap is " + number(c.absoluteDifference()) + "; whether that is "
          + "more than measurement error is unknown, because this scale has no published "
          + "reliability and standard deviation.";
    };
    return position + gap;
  }

  // ---------------------------------------------------------------- the two-scale map

  private @Nullable ScaleMapBlock map() {
    ScaleMap setting = definition.scaleMap();
    if (setting == null) {
      return null;
    }
    Scale across = definition.scale(setting.across()).orElseThrow();
    Scale up = definition.scale(setting.up()).orElseThrow();
    String acrossName = text(across.name());
    String upName = text(up.name());
    ScaleResult acrossResult = result(across.id());
    ScaleResult upResult = result(up.id());
    double[] xr = {acrossResult.minimum(), acrossResult.maximum()};
    double[] yr = {upResult.minimum(), upResult.maximum()};
    Geometry gx = new Geometry(xr[0], xr[1], 60, 380);
    Geometry gy = new Geometry(yr[0], yr[1], 340, 20);
    List<Tick> xTicks = new ArrayList<>();
    List<Tick> yTicks = new ArrayList<>();
    List<Line> grid = new ArrayList<>();
    for (double t : gx.ticks()) {
      xTicks.add(new Tick(c(gx.at(t)), "340", "344", "358", number(t)));
      grid.add(new Line(c(gx.at(t)), "20", c(gx.at(t)), "340"));
    }
    for (double t : gy.ticks()) {
      yTicks.add(new Tick("52", c(gy.at(t)), c(gy.at(t)), c(gy.at(t) + 4), number(t)));
      grid.add(new Line("60", c(gy.at(t)), "380", c(gy.at(t))));
    }
    ScaleScore ax = acrossResult.a();
    ScaleScore ay = upResult.a();
    ScaleScore bx = acrossResult.b();
    ScaleScore by = upResult.b();
    boolean aShown = ax.isScored() && ay.isScored();
    boolean bShown = bx.isScored() && by.isScored();
    Marker a = null;
    Marker b = null;
    Marker mean = null;
    Line connector = null;
    double pax = aShown ? gx.at(ax.value()) : 0;
    double pay = aShown ? gy.at(ay.value()) : 0;
    double pbx = bShown ? gx.at(bx.value()) : 0;
    double pby = bShown ? gy.at(by.value()) : 0;
    if (aShown) {
      a = new Marker(c(pax), c(pay), "", mapLabel(pax, pay, pbx, pby, bShown, nameA));
    }
    if (bShown) {
      b = new Marker(c(pbx), c(pby), Geometry.diamond(pbx, pby, 8),
          mapLabel(pbx, pby, pax, pay, aShown, nameB));
    }
    List<Row> table = new ArrayList<>();
    table.add(new Row(acrossName + " (across)", List.of(score(ax), score(bx),
        meanOf(ax, bx))));
    table.add(new Row(upName + " (up)", List.of(score(ay), score(by), meanOf(ay, by))));
    String note = null;
    if (aShown && bShown) {
      connector = new Line(c(pax), c(pay), c(pbx), c(pby));
      double mx = (pax + pbx) / 2;
      double my = (pay + pby) / 2;
      mean = new Marker(c(mx), c(my), Geometry.plus(mx, my, 6), new Label(c(mx + 9),
          c(my + 18), "start", "couple mean"));
      if (Math.hypot(pax - pbx, pay - pby) < 30) {
        mean = new Marker(mean.x(), mean.y(), mean.points(), new Label("", "", "start", ""));
      }
    } else {
      note = (aShown ? nameB : bShown ? nameA : nameA + " and " + nameB) + " cannot be placed "
          + "on the map: a score on " + acrossName + " or " + upName + " is missing.";
    }
    String desc = acrossName + " across, from " + number(xr[0]) + " to " + number(xr[1]) + "; "
        + upName + " up, from " + number(yr[0]) + " to " + number(yr[1]) + ". " + nameA + ": "
        + score(ax) + " across, " + score(ay) + " up. " + nameB + ": " + score(bx) + " across, "
        + score(by) + " up." + (aShown && bShown ? " The couple mean lies halfway between."
            : "");
    return new ScaleMapBlock("Two scales at once",
        "Each partner is a point: " + acrossName + " across, " + upName + " up. The plus sign "
            + "between the two points is the couple mean.",
        acrossName + " and " + upName, desc, xTicks, yTicks, grid,
        new Label("220", "388", "middle", acrossName + " →"),
        new Label("16", "180", "middle", upName + " →"), connector, a, b, mean, nameA, nameB,
        table, note);
  }

  private static Label mapLabel(double x, double y, double ox, double oy, boolean other,
      String name) {
    // Put the label on the side away from the other partner's point.
    boolean above = !other || y <= oy;
    double ly = above ? y - 13 : y + 23;
    if (ly < 14) {
      ly = y + 23;
    } else if (ly > 336) {
      ly = y - 13;
    }
    double half = name.length() * 5.2;
    double lx = Math.max(62 + half, Math.min(378 - half, x));
    return new Label(c(lx), c(ly), "middle", name);
  }

  private ScaleResult result(String scaleId) {
    return view.scales().stream().filter(r -> r.scale().id().equals(scaleId)).findFirst()
        .orElseThrow();
  }

  private String meanOf(ScaleScore x, ScaleScore y) {
    return x.isScored() && y.isScored() ? number((x.value() + y.value()) / 2) : "none";
  }

  // ---------------------------------------------------------------- items

  private @Nullable ItemsBlock items() {
    switch (view.itemDetail()) {
      case ALL -> {
        return view.items().isEmpty() ? null : allItems();
      }
      case OWN_ANSWERS -> {
        return ownAnswers();
      }
      case NONE_FOR_AUDIENCE -> {
        return new ItemsBlock("Item answers are not shown: this page is for both partners to "
            + "read together, and it shows them only when both partners have agreed to share "
            + "them.", nameA, nameB, List.of(), List.of(), "");
      }
      default -> {
        return null;
      }
    }
  }

  private ItemsBlock ownAnswers() {
    boolean readerIsA = view.audience() == Audience.PARTNER_A;
    String reader = readerIsA ? nameA : nameB;
    String other = readerIsA ? nameB : nameA;
    List<ItemRow> rows = new ArrayList<>();
    for (OwnAnswer answer : readerIsA ? view.answersA() : view.answersB()) {
      Item item = definition.item(answer.item()).orElseThrow();
      String label = answerLabel(item.id(), answer.code());
      rows.add(new ItemRow(wording(item), readerIsA ? label : "", readerIsA ? "" : label,
          null));
    }
    ItemGroup group = new ItemGroup("own", "Your answers (" + rows.size() + ")", "Only "
        + reader + "'s own answers are listed; " + other + "'s answers to single items are not "
        + "part of this page.", rows);
    return new ItemsBlock(reader + "'s answers, item by item.", readerIsA ? nameA : "",
        readerIsA ? "" : nameB, List.of(group), List.of(), "");
  }

  private ItemsBlock allItems() {
    Map<Agreement, List<ItemRow>> groups = new LinkedHashMap<>();
    for (Agreement agreement : Agreement.values()) {
      groups.put(agreement, new ArrayList<>());
    }
    for (ItemComparison item : view.items()) {
      groups.get(item.agreement()).add(itemRow(item));
    }
    List<ItemGroup> itemGroups = new ArrayList<>();
    itemGroups.add(new ItemGroup("strengths", "Shared strengths ("
        + groups.get(Agreement.SHARED_STRENGTH).size() + ")", "Items both partners answered "
        + "favourably.", groups.get(Agreement.SHARED_STRENGTH)));
    itemGroups.add(new ItemGroup("concerns", "Shared concerns ("
        + groups.get(Agreement.SHARED_CONCERN).size() + ")", "Items both partners answered "
        + "unfavourably.", groups.get(Agreement.SHARED_CONCERN)));
    itemGroups.add(new ItemGroup("disagreements", "Disagreements ("
        + groups.get(Agreement.DISAGREEMENT).size() + ")", "Items on which the partners' "
        + "answers were not both favourable or both unfavourable (a middle answer counts as "
        + "neither).", groups.get(Agreement.DISAGREEMENT)));
    List<ItemRow> talk = new ArrayList<>();
    for (ItemComparison item : view.divergentItems()) {
      talk.add(itemRow(item));
    }
    String talkIntro = talk.isEmpty() ? "No item was answered far apart."
        : "The items answered furthest apart, largest gap first: a good place to start a "
            + "conversation.";
    return new ItemsBlock(view.items().size() + " items were answered by both partners.",
        nameA, nameB, itemGroups, talk, talkIntro);
  }

  /** The how-to sentence that names the lower-is-better scales, or nothing without one. */
  private String lowerIsBetterNote() {
    List<String> names = definition.scales().stream().filter(Scale::lowerIsBetter)
        .map(s -> text(s.name())).toList();
    return names.isEmpty() ? "" : " On " + (names.size() == 1 ? "the scale " : "the scales ")
        + String.join(", ", names) + ", lower is better, so there the favourable answers are the "
        + "low ones (after items worded the other way round are turned).";
  }

  private ItemRow itemRow(ItemComparison comparison) {
    Item item = definition.item(comparison.item()).orElseThrow();
    // All scales of an item have one direction (the loader checks it).
    boolean lowerIsBetter = comparison.scales().stream()
        .anyMatch(id -> definition.scale(id).orElseThrow().lowerIsBetter());
    String note;
    if (lowerIsBetter) {
      note = item.reversed() ? "worded the other way round: on this lower-is-better scale, "
          + "agreeing is the more favourable answer"
          : "on this lower-is-better scale, agreeing is the less favourable answer";
    } else {
      note = item.reversed() ? "worded the other way round: agreeing is the less favourable "
          + "answer" : null;
    }
    return new ItemRow(wording(item), answerLabel(item.id(), comparison.codeA()),
        answerLabel(item.id(), comparison.codeB()), note);
  }

  private String wording(Item item) {
    return item.text() == null ? "Item " + item.id() + " (the wording is not shipped)"
        : text(item.text());
  }

  private String answerLabel(String itemId, int code) {
    ReportView.Text label = view.answerLabel(itemId, code);
    return label == null ? Integer.toString(code) : label.value() + " (" + code + ")";
  }

  // ---------------------------------------------------------------- profile and how to read

  private String profile() {
    ProfileSimilarity p = view.profile();
    if (view.profileWithheld()) {
      return "Profile similarity is not shown: the partners both answered too few items for it "
          + "to be shown without revealing a single answer.";
    }
    if (p.itemsUsed() == 0) {
      return "The two partners answered no item in common, so their answers cannot be "
          + "compared.";
    }
    String mad = " On average their answers were " + number(p.meanAbsoluteDifference())
        + " points apart.";
    if (Double.isNaN(p.correlation())) {
      return "Over the " + p.itemsUsed() + " items both answered, the pattern of the answers "
          + "cannot be compared: one partner gave the same answer everywhere, or too few items "
          + "were answered." + mad;
    }
    double r = p.correlation();
    String words = r >= 0.7 ? "go up and down together strongly"
        : r >= 0.4 ? "go up and down together moderately"
        : r >= 0.1 ? "go up and down together a little"
        : r > -0.1 ? "do not go up and down together"
        : "tend to go in opposite directions";
    return "Over the " + p.itemsUsed() + " items both answered, the two partners' answers "
        + words + " (profile correlation r = " + number(r) + ")." + mad;
  }

  private List<HowTo> howToRead() {
    List<HowTo> entries = new ArrayList<>();
    entries.add(new HowTo("The charts", "Each scale runs over its full possible range. "
        + nameA + " is the blue circle, " + nameB + " the orange diamond; the line between "
        + "them is the gap. Where the scale has published cut-offs, the shaded bands show them. "
        + "The numbers of every chart are also in the table beneath it."));
    entries.add(new HowTo("Scale scores", "A mean scale is the mean of the answered items, a "
        + "sum scale the sum; items worded the other way round count as (lowest + highest − "
        + "answer), so higher always means more of what the scale measures. A scale is left "
        + "without a score when too few of its items were answered."));
    entries.add(new HowTo("Measurement error", "Two scores can differ by chance alone. Where a "
        + "scale has a published reliability r and standard deviation SD, a gap counts as "
        + "larger than measurement error when |A − B| > 1.96 × SD × √2 × √(1 − r) (Jacobson & "
        + "Truax 1991; Christensen & Mendoza 1986). The bracket under the chart, labelled "
        + "\"measurement error\", has that width and is centred on the couple mean: when both "
        + "marks lie outside it, the gap is larger than measurement error. Applying the test to two partners is dyadscore's use of it. Without published "
        + "reliability the report does not say whether a gap is beyond error."));
    for (Scale scale : definition.scales()) {
      ReferenceData ref = scale.reference();
      if (ref == null) {
        continue;
      }
      StringBuilder sources = new StringBuilder();
      if (ref.reliability() != null) {
        sources.append("Reliability ").append(number(ref.reliability().alpha())).append(": ")
            .append(ref.reliability().source()).append(". ");
      }
      if (ref.norms() != null) {
        sources.append("Norms (mean ").append(number(ref.norms().mean())).append(", SD ")
            .append(number(ref.norms().sd())).append(", ").append(ref.norms().sample())
            .append("): ").append(ref.norms().citation()).append(". ");
      }
      if (ref.bands() != null) {
        sources.append("Bands: ").append(ref.bands().source()).append('.');
      }
      entries.add(new HowTo("Reference data for " + text(scale.name()),
          sources.toString().trim()));
    }
    DivergenceSettings d = definition.divergence();
    entries.add(new HowTo("Positive couple agreement", "The share of a scale's items, among "
        + "those both partners answered, on which both answered favourably (as PREPARE/ENRICH "
        + "reports it)." + (d != null && d.favourableAtLeast() != null
            ? " Here an answer is favourable at " + number(d.favourableAtLeast())
                + " or more (after items worded the other way round are turned), unfavourable at "
                + (d.unfavourableAtMost() == null ? "the low end"
                    : number(d.unfavourableAtMost()) + " or less") + "."
            : " An answer is favourable above the middle of its answer scale, unfavourable "
                + "below it.") + lowerIsBetterNote()));
    entries.add(new HowTo("Items answered far apart", "Items whose answers, after turning "
        + "those worded the other way round, are at least " + (d != null && d.gap() != null
            ? number(d.gap()) + " points" : "half the answer scale") + " apart."));
    entries.add(new HowTo("Profile similarity", "Pearson's correlation r between the two "
        + "partners' answers over the items both answered: it reflects whether their answers "
        + "rise and fall together, not whether they are equally high. The mean absolute "
        + "difference says how far apart the answers were on average."));
    entries.add(new HowTo("Read gaps with both scores", "A gap alone hides where the partners "
        + "stand: always read it beside both scores."));
    return entries;
  }

  // ---------------------------------------------------------------- helpers

  private static String method(Scale scale) {
    int n = scale.isComposite() ? scale.components().size() : scale.items().size();
    String of = n + (scale.isComposite() ? " scales" : n == 1 ? " item" : " items");
    return switch (scale.method()) {
      case MEAN -> "mean of " + of;
      case SUM -> "sum of " + of;
      case PRORATED_SUM -> "sum of " + of + ", scaled up when some are unanswered";
    };
  }

  private static @Nullable List<Band> bands(Scale scale) {
    ReferenceData ref = scale.reference();
    return ref == null || ref.bands() == null || ref.bands().bands().isEmpty() ? null
        : ref.bands().bands();
  }

  private String bandRange(Band band) {
    return band.boundsWording();
  }


  private String band(ScaleScore s) {
    return s.band() == null ? "none" : text(s.band().label());
  }

  private static String score(ScaleScore s) {
    return s.isScored() ? number(s.value()) : "no score";
  }

  private static String answered(ScaleScore s) {
    return s.answered() + " of " + (s.answered() + s.missing());
  }

  private static String percentile(ScaleScore s) {
    return s.standing() == null ? "none" : number(s.standing().percentile());
  }

  private static String verdictWord(DifferenceVerdict v) {
    return switch (v) {
      case RELIABLE -> "yes";
      case WITHIN_ERROR -> "no";
      case NOT_ASSESSED -> "unknown (no published reliability)";
    };
  }

  private static String percent(double value) {
    return String.format(Locale.ROOT, "%.0f\u00a0%%", value);
  }

  /** A number for readers: whole numbers as such, others with two decimals. */
  static String number(double value) {
    if (Double.isNaN(value)) {
      return "none";
    }
    String s = value == Math.rint(value) && Math.abs(value) < 1e9
        ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    // A true minus sign reads better and is not taken for a hyphen by screen readers.
    return s.startsWith("-") ? "\u2212" + s.substring(1) : s;
  }

  private static String c(double value) {
    return Geometry.coordinate(value);
  }

  private static String shorten(String text, int max) {
    if (text.codePointCount(0, text.length()) <= Math.max(max, 4)) {
      return text;
    }
    int end = text.offsetByCodePoints(0, Math.max(max, 4) - 1);
    return text.substring(0, end) + "…";
  }

  private String text(@Nullable LocalizedText text) {
    if (text == null) {
      return "";
    }
    return view.text(text).value();
  }
}
