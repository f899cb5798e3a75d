package io.github.dyadscore.cli;

import io.github.dyadscore.couple.Agreement;
import io.github.dyadscore.couple.CoupleReport;
import io.github.dyadscore.couple.DifferenceVerdict;
import io.github.dyadscore.couple.ItemComparison;
import io.github.dyadscore.couple.ProfileSimilarity;
import io.github.dyadscore.couple.ScaleComparison;
import io.github.dyadscore.definition.Definition;
import io.github.dyadscore.definition.Item;
import io.github.dyadscore.definition.LocalizedText;
import io.github.dyadscore.definition.Scale;
import io.github.dyadscore.score.ScaleScore;
import java.io.PrintWriter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Formats a couple report as plain text for a terminal. */
final class TextReport {

  private final Definition definition;
  private final String language;

  TextReport(Definition definition, String language) {
    this.definition = definition;
    this.language = language;
  }

  void print(CoupleReport report, String nameA, String nameB, PrintWriter out) {
    out.printf(Locale.ROOT, "%s (%s %s)%n", text(definition.title()), definition.id(),
        definition.version());
    if (!definition.provenance().validated()) {
      String note = text(definition.provenance().validationNote());
      out.println("Note: " + (note.isEmpty() ? "this questionnaire is not validated." : note));
    }
    out.printf(Locale.ROOT, "Partner A: %s    Partner B: %s%n%n", nameA, nameB);

    out.printf(Locale.ROOT, "%-28s %7s %7s %7s %7s  %-22s %s%n", "Scale", "A", "B", "A-B",
        "mean", "difference", "both favourable");
    for (ScaleComparison c : report.scales()) {
      Scale scale = definition.scale(c.scale()).orElseThrow();
      out.printf(Locale.ROOT, "%-28s %7s %7s %7s %7s  %-22s %s%n", shorten(text(scale.name()), 28),
          score(report.partnerA().scale(c.scale())), score(report.partnerB().scale(c.scale())),
          number(c.difference()), number(c.mean()), verdict(c),
          Double.isNaN(c.positiveAgreement()) ? "-"
              : String.format(Locale.ROOT, "%.0f%% of %d items", c.positiveAgreement(),
                  c.itemsCompared()));
    }
    for (ScaleScore s : report.partnerA().scales()) {
      band("A", s, out);
    }
    for (ScaleScore s : report.partnerB().scales()) {
      band("B", s, out);
    }

    ProfileSimilarity p = report.profile();
    out.printf(Locale.ROOT, "%nProfile similarity over %d items both answered: r = %s, "
        + "mean absolute difference = %s%n", p.itemsUsed(),
        Double.isNaN(p.correlation()) ? "undefined (a profile has no variance)"
            : number(p.correlation()), number(p.meanAbsoluteDifference()));
    if (p.itemsUsed() > 0) {
      out.printf(Locale.ROOT, "Profile distance D = %s; of D^2 = %s: level %s, spread %s, "
          + "shape %s (Cronbach & Gleser)%n", number(p.distance().distance()),
          number(p.distance().squared()), number(p.distance().elevation()),
          number(p.distance().scatter()), number(p.distance().shape()));
    }

    if (report.items().isEmpty()) {
      out.println();
      out.println("Item answers are not shown (scales only).");
      return;
    }
    out.println();
    if (report.divergentItems().isEmpty()) {
      out.println("No items were answered far apart.");
    } else {
      out.println("Items answered far apart, largest gap first "
          + "(answer codes; (R) = reverse-keyed, agreeing is unfavourable):");
      for (ItemComparison item : report.divergentItems()) {
        boolean reversed = definition.item(item.item()).orElseThrow().reversed();
        out.printf(Locale.ROOT, "  %-10s A %-4d B %-4d gap %-5s %-12s %s%n",
            item.item() + (reversed ? " (R)" : ""), item.codeA(), item.codeB(),
            number(item.absoluteDifference()), String.join(",", item.scales()),
            itemText(item.item()));
      }
    }
    long strengths = report.items().stream()
        .filter(i -> i.agreement() == Agreement.SHARED_STRENGTH).count();
    long concerns = report.items().stream()
        .filter(i -> i.agreement() == Agreement.SHARED_CONCERN).count();
    out.printf(Locale.ROOT, "%nOf %d items both answered: %d shared strengths, %d shared "
        + "concerns, %d disagreements.%n", report.items().size(), strengths, concerns,
        report.items().size() - strengths - concerns);
  }

  private void band(String partner, ScaleScore score, PrintWriter out) {
    if (score.band() != null) {
      out.printf(Locale.ROOT, "  %s on %s: %s%n", partner, score.scale(),
          text(score.band().label()));
    }
  }

  private static String verdict(ScaleComparison c) {
    if (c.verdict() == DifferenceVerdict.NOT_ASSESSED) {
      return "not assessed";
    }
    return (c.verdict() == DifferenceVerdict.RELIABLE ? "reliable" : "within error")
        + " (+/-" + number(c.criticalDifference()) + ")";
  }

  private static String score(ScaleScore score) {
    return score.isScored() ? number(score.value()) : "n/a";
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.2f", value);
  }

  private String itemText(String itemId) {
    Item item = definition.item(itemId).orElseThrow();
    return item.text() == null ? "" : shorten(text(item.text()), 70);
  }

  private String text(@Nullable LocalizedText text) {
    if (text == null) {
      return "";
    }
    return text.in(language).or(() -> text.in(definition.language())).orElse("");
  }

  private static String shorten(String text, int width) {
    return text.length() <= width ? text : text.substring(0, width - 3) + "...";
  }
}
