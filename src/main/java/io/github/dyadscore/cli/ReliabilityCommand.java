package io.github.dyadscore.cli;

import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.batch.BatchOptions;
import io.github.dyadscore.batch.BatchScorer;
import io.github.dyadscore.batch.SampleStatistics;
import io.github.dyadscore.stats.DifferenceReliability;
import io.github.dyadscore.stats.DyadicCorrelation;
import io.github.dyadscore.stats.ItemReliability;
import io.github.dyadscore.stats.MissingAnswers;
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
import picocli.CommandLine;

/** Prints the sample statistics a methods section needs, and writes them as CSV on request. */
@Command(name = "reliability", mixinStandardHelpOptions = true,
    description = {"Cronbach's alpha (raw and standardized, Feldt 95%% CI, as R psych::alpha "
        + "computes it with pairwise-complete covariances), item analysis (corrected item-total "
        + "r, alpha if deleted; negative item-total r flagged as possibly mis-keyed) over all "
        + "persons and per partner, and the between-partner intraclass correlations (Griffin & "
        + "Gonzalez double-entry r with its Z test; ANOVA ICC), the reliability of the partners' "
        + "difference and of the couple mean (Griffin, Murray & Gonzalez 1999) with their "
        + "inputs, and the mean and SD of each scale's scores, of every scale.",
        "Alpha uses pairwise-complete covariances by default; --complete-cases gives psych::alpha "
            + "on the persons who answered all of a scale's items, --impute mean|median the alpha "
            + "psych::scoreItems(impute = ...) computes from the imputed answers.",
        "Tables go to stdout, a one-line summary to stderr. Rows that cannot be scored are left "
            + "out and counted; run 'score' to list them in errors.csv."},
    footer = ExitCodes.RELIABILITY_HELP)
final class ReliabilityCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = {"-o", "--output"}, paramLabel = "OUTDIR",
      description = "also write reliability.csv, reliability-items.csv and "
          + "reliability-kappa.csv into this folder")
  Path output;

  @Mixin InputOptions input;

  @Mixin SyncOption sync;

  @Option(names = "--complete-cases",
      description = "alpha and item analysis of each scale on the persons who answered all its "
          + "items, as psych::alpha(na.omit(x)); not with --impute")
  boolean completeCases;

  @Mixin ProgressOptions progress;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    ProgressBar bar = progress.bar(spec, err);
    BatchOptions options = InputOptions.build(sync.apply(input.builder(spec)), spec);
    if (completeCases && options.imputation() != BatchOptions.Imputation.NONE) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--complete-cases and "
          + "--impute are alternatives: complete cases leave out persons with a missing answer, "
          + "imputation fills the answer in; choose one");
    }
    AlphaFrom alphaFrom = AlphaFrom.of(options.imputation(), completeCases);
    Terminal terminal = Main.terminal(spec);
    Arguments.checkStdinOnce(input.questionnaire, input.file);
    Arguments.OutputFolder folder = output == null ? null : Arguments.OutputFolder.check(output);
    Questionnaire q = QuestionnaireArgument.load(input.questionnaire, terminal);
    SampleStatistics statistics;
    boolean done = false;
    BatchScorer scorer = new BatchScorer(q, options);
    try (Arguments.CsvInput in = Arguments.CsvInput.open(input.file, terminal, scorer)) {
      // With a folder the three files are committed as one set, as score's outputs are.
      statistics = output == null
          ? scorer.reliability(in.path(), alphaFrom.missing, ProgressOptions.listener(bar))
          : scorer.reliability(in.path(), alphaFrom.missing, output,
              ProgressOptions.listener(bar));
      done = true;
    } finally {
      if (bar != null) {
        bar.finish();
      }
      if (!done && folder != null) {
        // a rejected run leaves no folder it created
        folder.undoCreation();
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "Alpha %s.%n", alphaFrom.description);
    // The single layout has persons without couples: no partner groups, nothing between partners.
    boolean single = options.layout() == BatchOptions.Layout.SINGLE;
    print(statistics, out, single);
    out.flush();
    if (!progress.quiet) {
      ReliabilityReport report = statistics.report();
      err.println(String.format(Locale.ROOT, "dyadscore: %d rows read, %d rejected%s; %d "
          + "persons%s%s", statistics.rowsRead(), statistics.rowsRejected(),
          statistics.rowsRejected() > 0 ? " (left out; run 'dyadscore score' to list them in "
              + "errors.csv)" : "", report.persons(),
          single ? "" : String.format(Locale.ROOT, ", %d complete couples", report.couples()),
          output == null ? "" : "; results in " + output));
      err.flush();
    }
    return statistics.rowsRejected() > 0 ? ExitCodes.ROWS_REJECTED : ExitCodes.OK;
  }

  /** Which data alpha is computed from, as the output says it. */
  private enum AlphaFrom {
    PAIRWISE(MissingAnswers.PAIRWISE,
        "from pairwise-complete covariances of the answers given (psych::alpha)"),
    COMPLETE_CASES(MissingAnswers.COMPLETE_CASES,
        "per scale from the persons who answered all its items (psych::alpha on complete rows)"),
    IMPUTED_MEAN(MissingAnswers.PAIRWISE,
        "from the answers with each missing one filled with the item's mean "
            + "(psych::scoreItems(impute = \"mean\"))"),
    IMPUTED_MEDIAN(MissingAnswers.PAIRWISE,
        "from the answers with each missing one filled with the item's median "
            + "(psych::scoreItems(impute = \"median\"))");

    final MissingAnswers missing;
    final String description;

    AlphaFrom(MissingAnswers missing, String description) {
      this.missing = missing;
      this.description = description;
    }

    static AlphaFrom of(BatchOptions.Imputation imputation, boolean completeCases) {
      return switch (imputation) {
        case MEAN -> IMPUTED_MEAN;
        case MEDIAN -> IMPUTED_MEDIAN;
        case NONE -> completeCases ? COMPLETE_CASES : PAIRWISE;
      };
    }
  }

  private static void print(SampleStatistics statistics, PrintWriter out, boolean single) {
    ReliabilityReport report = statistics.report();
    for (ScaleStatistics scale : report.scales()) {
      out.printf(Locale.ROOT, "%n%s%s%n", scale.scaleId(), scale.composite()
          ? " (composite: all its items)" : "");
      out.printf(Locale.ROOT, "  %-9s %8s %4s %8s %8s %19s %8s %8s%n", "group", "n", "k",
          "alpha", "std", "Feldt 95% CI", "mean r", "omega_t");
      row(out, "all", scale.everyone());
      if (!single) {
        row(out, "partner A", scale.forRole(Role.A));
        row(out, "partner B", scale.forRole(Role.B));
      }
      for (ItemReliability item : scale.everyone().items()) {
        if (item.possiblyMiskeyed()) {
          out.printf(Locale.ROOT, "  item %s: corrected item-total r = %.3f < 0, possibly "
              + "mis-keyed (check its 'reversed' flag)%n", item.itemId(),
              item.correctedItemTotal());
        }
      }
      if (!scale.everyone().excludedItems().isEmpty()) {
        out.printf(Locale.ROOT, "  left out (no variance): %s%n", scale.everyone().excludedItems());
      }
      if (single) {
        continue;
      }
      DyadicCorrelation d = scale.dyadic();
      out.printf(Locale.ROOT, "  between partners (%d couples): double-entry r = %s (Z = %s, "
          + "p = %s); ANOVA ICC = %s (F(%d, %d) = %s, p = %s)%n", d.couples(),
          fixed(d.doubleEntryR()), fixed(d.z()), fixed(d.p()), fixed(d.anovaIcc()),
          d.fNumeratorDf(), d.fDenominatorDf(), fixed(d.f()), fixed(d.anovaP()));
      DifferenceReliability dr = scale.differenceReliability();
      out.printf(Locale.ROOT, "  difference A - B (%d couples): reliability r_DD = %s; couple mean "
          + "r_MM = %s (Griffin, Murray & Gonzalez 1999, from alpha A %s, alpha B %s, SD A %s, "
          + "SD B %s, r_AB %s)%n", dr.couples(), fixed(dr.difference()), fixed(dr.coupleMean()),
          fixed(dr.alphaA()), fixed(dr.alphaB()), fixed(dr.sdA()), fixed(dr.sdB()),
          fixed(dr.correlation()));
    }
  }

  private static void row(PrintWriter out, String group, ScaleReliability r) {
    out.printf(Locale.ROOT, "  %-9s %8d %4d %8s %8s %19s %8s %8s%n", group, r.personsPassed(),
        r.itemCount(), fixed(r.rawAlpha()), fixed(r.standardizedAlpha()),
        "[" + fixed(r.feldt95().lower()) + ", " + fixed(r.feldt95().upper()) + "]",
        fixed(r.averageR()), fixed(r.omegaTotal()));
  }

  private static String fixed(double value) {
    return Double.isNaN(value) ? "NA" : String.format(Locale.ROOT, "%.3f", value);
  }
}
