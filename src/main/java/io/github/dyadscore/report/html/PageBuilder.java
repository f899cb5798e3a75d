package io.github.dyadscore.report.html;

import io.github.dyadscore.couple.Agreement;
import io.github.dyadscore.couple.DifferenceVerdict;
import io.github.dyadscore.couple.ItemComparison;
import io.github.dyadscore.couple.Privacy;
import io.github.dyadscore.couple.ProfileDistance;
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
import io.github.dyadscore.perception.Direction;
import io.github.dyadscore.report.OwnAnswer;
import io.github.dyadscore.report.PerceptionResult;
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
import io.github.dyadscore.report.html.Page.PerceptionBlock;
import io.github.dyadscore.report.html.Page.PerceptionDirection;
import io.github.dyadscore.report.html.Page.PerceptionTable;
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
import java.util.Set;
import java.util.TreeSet;
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
  private final Phrases words;
  private final Locale locale;
  private final String nameA;
  private final String nameB;
  /** The languages of the definition's texts shown that are not the page's language. */
  private final Set<String> fallbackLanguages = new TreeSet<>();
  /** Marks the texts shown in another language than the page's, for their lang attribute. */
  private final LanguageMarks marks = new LanguageMarks();

  PageBuilder(ReportView view, Phrases words) {
    this.view = view;
    this.definition = view.definition();
    this.words = words;
    this.locale = Locale.forLanguageTag(view.language());
    this.nameA = view.nameA();
    this.nameB = view.nameB();
  }

  private String w(String key, Object... args) {
    return words.get(key, args);
  }

  Page build() {
    String title = text(definition.title());
    List<ScaleBlock> scales = new ArrayList<>();
    for (ScaleResult result : view.scales()) {
      scales.add(scaleBlock(result));
    }
    String heading = switch (view.audience()) {
      case THERAPIST, COUPLE -> w("html.heading.couple", nameA, nameB);
      case PARTNER_A -> w("html.heading.partner", nameA);
      case PARTNER_B -> w("html.heading.partner", nameB);
    };
    String audience = switch (view.audience()) {
      case THERAPIST -> w("html.audience.therapist");
      case PARTNER_A -> w("html.audience.partner", nameA, nameB);
      case PARTNER_B -> w("html.audience.partner", nameB, nameA);
      case COUPLE -> w(view.itemDetail() == ItemDetail.ALL ? "html.audience.couple.items"
          : "html.audience.couple", nameA, nameB);
    };
    if (view.itemDetail() == ItemDetail.NONE_BY_PRIVACY) {
      audience += " " + w("html.audience.scales.only");
    }
    String notice = definition.provenance().validated() ? null : notice();
    ScaleMapBlock map = map();
    ItemsBlock items = items();
    String profile = profile();
    PerceptionBlock perception = perception();
    List<HowTo> howTo = howToRead();
    Header header = new Header(title, w("html.version", title, definition.version()),
        definition.provenance().citation(),
        w("html.licence", definition.provenance().license()), notice, nameA, nameB,
        w("html.key.a", nameA), w("html.key.b", nameB), view.options().date()
            .map(d -> d.format(DateTimeFormatter.ofPattern(w("html.date.pattern"), locale)))
            .orElse(null));
    // Every text of the definition has been looked up by now: say which fell back.
    if (!fallbackLanguages.isEmpty()) {
      audience += " " + w("fallback", String.join(", ", fallbackLanguages.stream()
          .map(tag -> Locale.forLanguageTag(tag).getDisplayLanguage(locale)).toList()));
    }
    return new Page(view.language(), heading + " · " + title, heading, audience,
        "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
        "", new Page.Chrome(w("html.about"), w("html.partners.label"), w("html.scales"),
            w("html.items.heading"), w("html.talk.heading"), w("html.item"),
            w("html.profile.heading"), w("html.howto.heading")),
        header, scales, map, items, profile, perception, howTo,
        w("html.footer", ReportView.dyadscoreVersion(), title, definition.version())
            + (definition.provenance().validated() ? ""
                : " " + w("html.footer.not.validated")));
  }

  private String notice() {
    String note = text(definition.provenance().validationNote());
    return note.isEmpty() ? w("html.not.validated") : note;
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
    table.add(new Row(w("html.row.score"), List.of(score(a), score(b))));
    table.add(new Row(w(scale.isComposite() ? "html.row.parts" : "html.row.items"),
        List.of(answered(a), answered(b))));
    if (a.standing() != null || b.standing() != null) {
      table.add(new Row(w("html.row.percentile"), List.of(percentile(a), percentile(b))));
    }
    if (bands(scale) != null) {
      table.add(new Row(w("html.row.band"), List.of(band(a), band(b))));
    }
    table.add(new Row(w("html.row.gap", nameA, nameB), List.of(number(c.difference()))));
    table.add(new Row(w("html.row.mean"), List.of(number(c.mean()))));
    if (!Double.isNaN(c.criticalDifference())) {
      table.add(new Row(w("html.row.critical"), List.of(number(c.criticalDifference()))));
    }
    table.add(new Row(w("html.row.beyond"), List.of(verdictWord(c.verdict()))));
    // Where the reliability and norms behind the verdict and standings came from.
    definition.referenceSource(scale.id()).ifPresent(source ->
        table.add(new Row(w("html.row.reference"), List.of(source))));
    String agreement = null;
    if (result.agreementWithheld()) {
      agreement = w("html.pca.withheld");
      table.add(new Row(w("html.row.pca"), List.of(w("html.withheld"))));
    } else if (!Double.isNaN(c.positiveAgreement())) {
      long both = Math.round(c.positiveAgreement() * c.itemsCompared() / 100);
      agreement = w("html.pca", both, c.itemsCompared(), percent(c.positiveAgreement()));
      table.add(new Row(w("html.row.pca"), List.of(w("html.pca.cell",
          percent(c.positiveAgreement()), c.itemsCompared()))));
    }
    if (result.withinCoupleAgreementWithheld()) {
      table.add(new Row(w("html.row.rwg"), List.of(w("html.rwg.withheld"))));
    } else {
      table.add(new Row(w("html.row.rwg"), List.of(Double.isNaN(c.withinCoupleAgreement())
          ? w("html.rwg.none") : number(c.withinCoupleAgreement()))));
    }
    return new ScaleBlock(c.scale(), name, text(scale.description()).isEmpty() ? null
        : text(scale.description()), w("html.range", number(range[0]), number(range[1]),
            method(scale)) + (scale.lowerIsBetter() ? " " + w("html.range.lower.better") : ""),
        dumbbell(scale, name, range, a, b, c), sentence(name, range, scale, a, b, c), agreement,
        table, w("html.chart.numbers", name));
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
            text(band.label(), (int) ((to - from) / 6.5))));
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
        errorLabel = labelAt((from + to) / 2, y + 18, w("html.error.label",
            number(c.criticalDifference())));
        height = y + 26;
      }
    }
    String desc = chartDescription(name, range, a, b, c, bands);
    return new Dumbbell(w("html.chart.title", name, number(range[0]), number(range[1])), desc, c(height), rects, bandLabels, ticks, connector, bracket,
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
    d.append(w("html.chart.desc.range", name, number(range[0]), number(range[1]))).append(' ');
    d.append(w("html.chart.desc.partner", nameA, score(a))).append(' ');
    d.append(w("html.chart.desc.partner", nameB, score(b)));
    if (!Double.isNaN(c.criticalDifference())) {
      d.append(' ').append(w("html.chart.desc.error", number(c.criticalDifference())));
    }
    if (bands != null) {
      d.append(' ').append(w("html.chart.desc.bands"));
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
      return w("html.neither", nameA, nameB, name, answered(a), answered(b));
    }
    if (!a.isScored() || !b.isScored()) {
      String missing = a.isScored() ? nameB : nameA;
      ScaleScore none = a.isScored() ? b : a;
      return w("html.one.missing", missing, name, answered(none));
    }
    String position;
    List<Band> bands = bands(scale);
    if (bands != null && bands.size() == 2) {
      // The cut-off's own side comes from the bands: "below 13.5" / "at or above 13.5", or
      // "at or below 17" / "above 17".
      double cut = bands.get(1).lower();
      boolean aAbove = bands.get(1).contains(a.value());
      boolean bAbove = bands.get(1).contains(b.value());
      String upperSide = w(bands.get(1).includesLower() ? "html.side.at.or.above"
          : "html.side.above");
      String lowerSide = w(bands.get(0).includesUpper() ? "html.side.at.or.below"
          : "html.side.below");
      position = aAbove == bAbove
          ? w("html.cut.both", aAbove ? upperSide : lowerSide, number(cut),
              text((aAbove ? bands.get(1) : bands.get(0)).label()))
          : w("html.cut.one", aAbove ? nameA : nameB, upperSide, number(cut),
              aAbove ? nameB : nameA, lowerSide, text(bands.get(0).label()));
    } else if (bands != null && a.band() != null && b.band() != null) {
      position = a.band().equals(b.band())
          ? w("html.band.both", text(a.band().label()))
          : w("html.band.each", nameA, text(a.band().label()), nameB, text(b.band().label()));
    } else {
      double mid = (range[0] + range[1]) / 2;
      int sa = Double.compare(a.value(), mid);
      int sb = Double.compare(b.value(), mid);
      String middle = w("html.middle", number(mid));
      if (sa == sb && sa != 0) {
        position = w(sa > 0 ? "html.mid.both.above" : "html.mid.both.below", middle);
      } else if (sa > 0 || sb > 0) {
        String high = sa > 0 ? nameA : nameB;
        String other = sa > 0 ? nameB : nameA;
        position = w(Math.min(sa, sb) == 0 ? "html.mid.one.above.other.at" : "html.mid.one.above",
            high, other, middle);
      } else if (sa == 0 && sb == 0) {
        position = w("html.mid.both.at", middle);
      } else {
        String low = sa < 0 ? nameA : nameB;
        position = w("html.mid.one.below", low, middle);
      }
    }
    String gap = " " + switch (c.verdict()) {
      case RELIABLE -> w("html.gap.reliable", number(c.absoluteDifference()),
          number(c.criticalDifference()));
      case WITHIN_ERROR -> w("html.gap.within", number(c.absoluteDifference()),
          number(c.criticalDifference()));
      case NOT_ASSESSED -> w("html.gap.unknown", number(c.absoluteDifference()));
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
    table.add(new Row(w("html.map.across", acrossName), List.of(score(ax), score(bx),
        meanOf(ax, bx))));
    table.add(new Row(w("html.map.up", upName), List.of(score(ay), score(by),
        meanOf(ay, by))));
    String note = null;
    if (aShown && bShown) {
      connector = new Line(c(pax), c(pay), c(pbx), c(pby));
      double mx = (pax + pbx) / 2;
      double my = (pay + pby) / 2;
      // Right of the plus sign, or left of it where the label would leave the plot (a longer
      // label in another language: about 10.4 units a character at the phone's 18 px).
      String meanLabel = w("html.map.couple.mean");
      boolean fitsRight = mx + 9 + meanLabel.length() * 10.4 <= 398;
      mean = new Marker(c(mx), c(my), Geometry.plus(mx, my, 6), new Label(
          c(fitsRight ? mx + 9 : Math.max(mx - 9, Math.min(398, meanLabel.length() * 10.4 + 2))),
          c(my + 18), fitsRight ? "start" : "end", meanLabel));
      if (Math.hypot(pax - pbx, pay - pby) < 30) {
        mean = new Marker(mean.x(), mean.y(), mean.points(), new Label("", "", "start", ""));
      }
    } else {
      note = w("html.map.missing", aShown ? nameB : bShown ? nameA
          : w("html.map.both", nameA, nameB), acrossName, upName);
    }
    String desc = w("html.map.desc", acrossName, number(xr[0]), number(xr[1]), upName,
        number(yr[0]), number(yr[1]), nameA, score(ax), score(ay), nameB, score(bx), score(by))
        + (aShown && bShown ? " " + w("html.map.desc.mean") : "");
    String mapTitle = w("html.map.title", acrossName, upName);
    return new ScaleMapBlock(w("html.map.heading"), w("html.map.intro", acrossName, upName),
        mapTitle, desc, xTicks, yTicks, grid,
        new Label("220", "388", "middle", acrossName + " →"),
        new Label("16", "180", "middle", upName + " →"), connector, a, b, mean, nameA, nameB,
        table, note, w("html.map.caption", mapTitle), w("html.map.couple.mean"));
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
    return x.isScored() && y.isScored() ? number((x.value() + y.value()) / 2) : w("html.none");
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
        return new ItemsBlock(w("html.items.not.shown"), nameA, nameB, List.of(), List.of(), "");
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
    ItemGroup group = new ItemGroup("own", w("html.own.heading", rows.size()),
        w("html.own.explanation", reader, other), rows);
    return new ItemsBlock(w("html.own.intro", reader), readerIsA ? nameA : "",
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
    itemGroups.add(new ItemGroup("strengths", w("html.strengths",
        groups.get(Agreement.SHARED_STRENGTH).size()), w("html.strengths.explanation"),
        groups.get(Agreement.SHARED_STRENGTH)));
    itemGroups.add(new ItemGroup("concerns", w("html.concerns",
        groups.get(Agreement.SHARED_CONCERN).size()), w("html.concerns.explanation"),
        groups.get(Agreement.SHARED_CONCERN)));
    itemGroups.add(new ItemGroup("disagreements", w("html.disagreements",
        groups.get(Agreement.DISAGREEMENT).size()), w("html.disagreements.explanation"),
        groups.get(Agreement.DISAGREEMENT)));
    List<ItemRow> talk = new ArrayList<>();
    for (ItemComparison item : view.divergentItems()) {
      talk.add(itemRow(item));
    }
    String talkIntro = w(talk.isEmpty() ? "html.talk.none" : "html.talk.intro");
    return new ItemsBlock(w("html.items.intro", view.items().size()),
        nameA, nameB, itemGroups, talk, talkIntro);
  }

  /** The how-to sentence that names the lower-is-better scales, or nothing without one. */
  private String lowerIsBetterNote() {
    List<String> names = definition.scales().stream().filter(Scale::lowerIsBetter)
        .map(s -> text(s.name())).toList();
    return names.isEmpty() ? "" : " " + w(names.size() == 1 ? "html.howto.lower.one"
        : "html.howto.lower.many", String.join(", ", names));
  }

  private ItemRow itemRow(ItemComparison comparison) {
    Item item = definition.item(comparison.item()).orElseThrow();
    // All scales of an item have one direction (the loader checks it).
    boolean lowerIsBetter = comparison.scales().stream()
        .anyMatch(id -> definition.scale(id).orElseThrow().lowerIsBetter());
    String note;
    if (lowerIsBetter) {
      note = w(item.reversed() ? "html.reversed.lower" : "html.lower.note");
    } else {
      note = item.reversed() ? w("html.reversed.note") : null;
    }
    return new ItemRow(wording(item), answerLabel(item.id(), comparison.codeA()),
        answerLabel(item.id(), comparison.codeB()), note);
  }

  private String wording(Item item) {
    return item.text() == null ? w("html.wording.missing", item.id())
        : text(item.text());
  }

  private String answerLabel(String itemId, int code) {
    ReportView.Text label = view.answerLabel(itemId, code);
    if (label == null) {
      return Integer.toString(code);
    }
    return shown(label, label.value()) + " (" + code + ")";
  }

  // ---------------------------------------------------------------- profile and how to read

  private String profile() {
    ProfileSimilarity p = view.profile();
    if (view.profileWithheld()) {
      return w("html.profile.withheld");
    }
    if (p.itemsUsed() == 0) {
      return w("html.profile.none");
    }
    String mad = " " + w("html.profile.mad", number(p.meanAbsoluteDifference()));
    if (Double.isNaN(p.correlation())) {
      return w("html.profile.undefined", p.itemsUsed()) + mad + distance();
    }
    double r = p.correlation();
    String together = w(r >= 0.7 ? "html.r.strong" : r >= 0.4 ? "html.r.moderate"
        : r >= 0.1 ? "html.r.little" : r > -0.1 ? "html.r.none" : "html.r.opposite");
    return w("html.profile.r", p.itemsUsed(), together, number(r)) + mad + distance();
  }

  /** Cronbach and Gleser's D and its parts in words, or nothing where it is not shown. */
  private String distance() {
    ProfileDistance d = view.profileDistance();
    if (view.profileWithheld() || Double.isNaN(d.squared())) {
      return "";
    }
    return " " + w("html.distance", number(d.distance()), number(d.squared()),
        number(d.elevation()), number(d.scatter()), number(Math.max(0, d.shape())));
  }

  // ---------------------------------------------------------------- predicting the partner

  /**
   * How each partner predicted the other, from {@link ReportView#perception()}: what the view
   * withholds is NaN there and shown as withheld here; hits and accuracy get rows only where the
   * view has them. Left out when no partner made a prediction that can be compared.
   */
  private @Nullable PerceptionBlock perception() {
    List<PerceptionResult> results = view.perception();
    if (results.stream().noneMatch(r -> r.items() > 0)) {
      return null;
    }
    boolean itemLevel = view.itemDetail() == ItemDetail.ALL;
    List<PerceptionDirection> directions = new ArrayList<>();
    for (Direction direction : Direction.values()) {
      List<PerceptionResult> of = results.stream().filter(r -> r.direction() == direction)
          .toList();
      PerceptionResult all = of.get(0);
      List<String> sentences = new ArrayList<>();
      // One small table per scope (all predicted items, then each scale): two columns each,
      // so that they sit side by side on a desktop and one below the other on a phone.
      List<PerceptionTable> tables = new ArrayList<>();
      for (PerceptionResult r : of) {
        sentences.add(r.words());
        // A withheld result has no numbers to show; its sentence says why.
        if (r.items() == 0 || r.withheld()) {
          continue;
        }
        List<Row> rows = new ArrayList<>();
        row(rows, w("html.perception.items"), Integer.toString(r.items()));
        row(rows, w("html.perception.bias"), signed(r.bias()));
        row(rows, w("html.perception.expected", all.target()), number(r.predicted()));
        row(rows, w("html.perception.actual", all.target()), number(r.actual()));
        if (itemLevel) {
          row(rows, w("html.perception.exact"), percent(r.exactHits()));
          row(rows, w("html.perception.within"), percent(r.withinOneHits()));
          row(rows, w("html.perception.accuracy"), number(r.accuracy()));
        }
        String scope = r.scale() == null ? w("html.perception.all")
            : text(definition.scale(r.scale()).orElseThrow().name());
        tables.add(new PerceptionTable(w("html.perception.table", scope, all.predictor(),
            all.target()), rows));
      }
      directions.add(new PerceptionDirection(direction == Direction.A_ABOUT_B ? "a" : "b",
          w("html.perception.direction", all.predictor(), all.target()), sentences, tables));
    }
    return new PerceptionBlock(w("html.perception.heading"), w("html.perception.intro"),
        directions);
  }

  /** Adds a row unless its figure is undefined here (a composite without a predicted score). */
  private void row(List<Row> rows, String label, String value) {
    if (!value.equals(w("html.none"))) {
      rows.add(new Row(label, List.of(value)));
    }
  }

  /** A gap with its sign, such as +0.25 or −0.50; "none" when undefined. */
  private String signed(double value) {
    if (Double.isNaN(value)) {
      return w("html.none");
    }
    String n = number(Math.abs(value) < 0.005 ? 0 : value);
    return value >= 0.005 ? "+" + n : n;
  }

  private List<HowTo> howToRead() {
    List<HowTo> entries = new ArrayList<>();
    entries.add(new HowTo(w("html.howto.charts.term"), w("html.howto.charts", nameA, nameB)));
    entries.add(new HowTo(w("html.howto.scores.term"), w("html.howto.scores")));
    entries.add(new HowTo(w("html.howto.error.term"), w("html.howto.error")));
    for (Scale scale : definition.scales()) {
      ReferenceData ref = scale.reference();
      if (ref == null) {
        continue;
      }
      List<String> sources = new ArrayList<>();
      if (ref.reliability() != null) {
        sources.add(w("html.howto.reliability", number(ref.reliability().alpha()),
            ref.reliability().source()));
      }
      if (ref.norms() != null) {
        sources.add(w("html.howto.norms", number(ref.norms().mean()),
            number(ref.norms().sd()), ref.norms().sample(), ref.norms().citation()));
      }
      if (ref.bands() != null) {
        sources.add(w("html.howto.bands", ref.bands().source()));
      }
      entries.add(new HowTo(w("html.howto.reference.term", text(scale.name())),
          String.join(" ", sources)));
    }
    DivergenceSettings d = definition.divergence();
    entries.add(new HowTo(w("html.howto.pca.term"), w("html.howto.pca") + " "
        + (d != null && d.favourableAtLeast() != null
            ? w("html.howto.pca.set", number(d.favourableAtLeast()),
                d.unfavourableAtMost() == null ? w("html.howto.pca.low.end")
                    : w("html.howto.pca.at.most", number(d.unfavourableAtMost())))
            : w("html.howto.pca.default")) + lowerIsBetterNote()));
    entries.add(new HowTo(w("html.howto.far.term"), w("html.howto.far",
        d != null && d.gap() != null ? w("html.howto.far.points", number(d.gap()))
            : w("html.howto.far.half"))));
    entries.add(new HowTo(w("html.howto.profile.term"), w("html.howto.profile")));
    entries.add(new HowTo(w("html.howto.distance.term"), w("html.howto.distance")));
    entries.add(new HowTo(w("html.howto.rwg.term"), w("html.howto.rwg")));
    if (view.perception().stream().anyMatch(r -> r.items() > 0)) {
      entries.add(new HowTo(w("html.howto.perception.term"),
          w("html.howto.perception", Privacy.MINIMUM_SHARED_ITEMS)
              + (view.itemDetail() == ItemDetail.ALL ? " " + w("html.howto.perception.hits")
                  : "")));
    }
    entries.add(new HowTo(w("html.howto.gaps.term"), w("html.howto.gaps")));
    return entries;
  }

  // ---------------------------------------------------------------- helpers

  private String method(Scale scale) {
    int n = scale.isComposite() ? scale.components().size() : scale.items().size();
    String of = w(scale.isComposite() ? "html.count.scales" : n == 1 ? "html.count.item"
        : "html.count.items", n);
    return switch (scale.method()) {
      case MEAN -> w("html.method.mean", of);
      case SUM -> w("html.method.sum", of);
      case PRORATED_SUM -> w("html.method.prorated", of);
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
    return s.band() == null ? w("html.none") : text(s.band().label());
  }

  private String score(ScaleScore s) {
    return s.isScored() ? number(s.value()) : w("html.no.score");
  }

  private String answered(ScaleScore s) {
    return w("html.of", s.answered(), s.answered() + s.missing());
  }

  private String percentile(ScaleScore s) {
    return s.standing() == null ? w("html.none") : number(s.standing().percentile());
  }

  private String verdictWord(DifferenceVerdict v) {
    return switch (v) {
      case RELIABLE -> w("html.yes");
      case WITHIN_ERROR -> w("html.no");
      case NOT_ASSESSED -> w("html.unknown");
    };
  }

  private static String percent(double value) {
    return String.format(Locale.ROOT, "%.0f\u00a0%%", value);
  }

  /**
   * A number for readers: whole numbers as such, others with two decimals, with the language's
   * decimal mark and a true minus sign; "none" in the page's language for NaN.
   */
  private String number(double value) {
    if (Double.isNaN(value)) {
      return w("html.none");
    }
    String s = value == Math.rint(value) && Math.abs(value) < 1e9
        ? Long.toString((long) value) : String.format(Locale.ROOT, "%.2f", value);
    s = s.replace(".", w("decimal"));
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
    ReportView.Text shown = view.text(text);
    return shown(shown, shown.value());
  }

  /** As {@link #text(LocalizedText)}, shortened to {@code max} characters before it is marked. */
  private String text(LocalizedText text, int max) {
    ReportView.Text shown = view.text(text);
    return shown(shown, shorten(shown.value(), max));
  }

  /** The value of a shown text, marked when it is not in the page's language. */
  private String shown(ReportView.Text shown, String value) {
    note(shown);
    return shown.fallback() && !shown.language().equals(view.language())
        ? marks.mark(value, shown.language()) : value;
  }

  /** The marks {@link #text} set, to be turned into {@code lang} attributes on the page. */
  LanguageMarks marks() {
    return marks;
  }

  private void note(ReportView.Text shown) {
    if (shown.fallback()) {
      fallbackLanguages.add(shown.language());
    }
  }
}
