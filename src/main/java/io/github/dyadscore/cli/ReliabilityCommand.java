package io.github.dyadscore.cli;

import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.batch.BatchScorer;
import io.github.dyadscore.batch.ProgressListener;
import io.github.dyadscore.batch.SampleStatistics;
import io.github.dyadscore.stats.DyadicCorrelation;
import io.github.dyadscore.stats.ItemReliability;
import io.github.dyadscore.stats.ReliabilityReport;
import io.github.dyadscore.stats.Role;
import io.github.dyadscore.stats.ScaleReliability;
import io.github.dyadscore.stats.ScaleStatistics;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Prints the sample statistics a methods section needs, and writes them as CSV on request. */
@Command(name = "reliability", mixinStandardHelpOptions = true,
    description = {"Cronbach's alpha (raw and standardized, Feldt 95%% CI, as R psych::alpha "
        + "computes it with pairwise-complete covariances), item analysis (corrected item-total "
        + "r, alpha if deleted; negative item-total r flagged as possibly mis-keyed) over all "
        + "persons and per partner, and the between-partner intraclass correlations (Griffin & "
        + "Gonzalez double-entry r with its Z test; ANOVA ICC) of every scale.",
        "Rows that cannot be scored are left out and counted; run 'score' to list them."},
    footer = ExitCodes.HELP)
final class ReliabilityCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = {"-o", "--output"}, paramLabel = "OUTDIR",
      description = "also write reliability.csv and reliability-items.csv into this folder")
  Path output;

  @Mixin InputOptions input;

  @Override
  public Integer call() throws IOException {
    Questionnaire q = QuestionnaireArgument.load(input.questionnaire);
    BatchScorer scorer = new BatchScorer(q, InputOptions.build(input.builder(spec), spec));
    // With -o the two files are committed as one set, as score's outputs are.
    SampleStatistics statistics = output == null
        ? scorer.reliability(input.file, ProgressListener.NONE)
        : scorer.reliability(input.file, output, ProgressListener.NONE);
    PrintWriter out = spec.commandLine().getOut();
    print(statistics, out);
    out.flush();
    return statistics.rowsRejected() > 0 ? ExitCodes.ROWS_REJECTED : ExitCodes.OK;
  }

  private static void print(SampleStatistics statistics, PrintWriter out) {
    ReliabilityReport report = statistics.report();
    out.printf(Locale.ROOT, "%d rows read, %d rejected; %d persons, %d complete couples%n",
        statistics.rowsRead(), statistics.rowsRejected(), report.persons(), report.couples());
    for (ScaleStatistics scale : report.scales()) {
      out.printf(Locale.ROOT, "%n%s%s%n", scale.scaleId(), scale.composite()
          ? " (composite: all its items)" : "");
      out.printf(Locale.ROOT, "  %-9s %8s %4s %8s %8s %19s %8s%n", "group", "n", "k", "alpha",
          "std", "Feldt 95% CI", "mean r");
      row(out, "all", scale.everyone());
      row(out, "partner A", scale.forRole(Role.A));
      row(out, "partner B", scale.forRole(Role.B));
      for (ItemReliability item : scale.everyone().items()) {
        if (item.possiblyMiskeyed()) {
          out.printf(Locale.ROOT, "  item %s: corrected item-total r = %.3f < 0, possibly "
              + "mis-keyed (check its 'reversed' flag)%n", item.itemId(), item.correctedItemTotal());
        }
      }
      if (!scale.everyone().excludedItems().isEmpty()) {
        out.printf(Locale.ROOT, "  left out (no variance): %s%n", scale.everyone().excludedItems());
      }
      DyadicCorrelation d = scale.dyadic();
      out.printf(Locale.ROOT, "  between partners (%d couples): double-entry r = %s (Z = %s, "
          + "p = %s); ANOVA ICC = %s (F(%d, %d) = %s, p = %s)%n", d.couples(),
          fixed(d.doubleEntryR()), fixed(d.z()), fixed(d.p()), fixed(d.anovaIcc()),
          d.fNumeratorDf(), d.fDenominatorDf(), fixed(d.f()), fixed(d.anovaP()));
    }
  }

  private static void row(PrintWriter out, String group, ScaleReliability r) {
    out.printf(Locale.ROOT, "  %-9s %8d %4d %8s %8s %19s %8s%n", group, r.personsPassed(),
        r.itemCount(), fixed(r.rawAlpha()), fixed(r.standardizedAlpha()),
        "[" + fixed(r.feldt95().lower()) + ", " + fixed(r.feldt95().upper()) + "]",
        fixed(r.averageR()));
  }

  private static String fixed(double value) {
    return Double.isNaN(value) ? "NA" : String.format(Locale.ROOT, "%.3f", value);
  }
}
