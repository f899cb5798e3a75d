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
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
      description = "also write reliability.csv, reliability-items.csv and "
          + "reliability-kappa.csv into this folder")
  Path output;

  @Mixin InputOptions input;

  @Override
  public Integer call() throws IOException {
    Questionnaire q = QuestionnaireArgument.load(input.questionnaire);
    SampleStatistics statistics = new BatchScorer(q, InputOptions.build(input.builder(spec), spec))
        .reliability(input.file, ProgressListener.NONE);
    PrintWriter out = spec.commandLine().getOut();
    print(statistics, out);
    out.flush();
    if (output != null) {
      Files.createDirectories(output);
      writeScales(statistics.report(), output.resolve("reliability.csv"));
      writeItems(statistics.report(), output.resolve("reliability-items.csv"));
      ItemKappaCsv.write(statistics.report(), output.resolve("reliability-kappa.csv"),
          ReliabilityCommand::full);
    }
    return statistics.rowsRejected() > 0 ? ExitCodes.ROWS_REJECTED : ExitCodes.OK;
  }

  private static void print(SampleStatistics statistics, PrintWriter out) {
    ReliabilityReport report = statistics.report();
    out.printf(Locale.ROOT, "%d rows read, %d rejected; %d persons, %d complete couples%n",
        statistics.rowsRead(), statistics.rowsRejected(), report.persons(), report.couples());
    for (ScaleStatistics scale : report.scales()) {
      out.printf(Locale.ROOT, "%n%s%s%n", scale.scaleId(), scale.composite()
          ? " (composite: all its items)" : "");
      out.printf(Locale.ROOT, "  %-9s %8s %4s %8s %8s %19s %8s %8s%n", "group", "n", "k",
          "alpha", "std", "Feldt 95% CI", "mean r", "omega_t");
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
    out.printf(Locale.ROOT, "  %-9s %8d %4d %8s %8s %19s %8s %8s%n", group, r.personsPassed(),
        r.itemCount(), fixed(r.rawAlpha()), fixed(r.standardizedAlpha()),
        "[" + fixed(r.feldt95().lower()) + ", " + fixed(r.feldt95().upper()) + "]",
        fixed(r.averageR()), fixed(r.omegaTotal()));
  }

  private static String fixed(double value) {
    return Double.isNaN(value) ? "NA" : String.format(Locale.ROOT, "%.3f", value);
  }

  private static String full(double value) {
    return Double.isNaN(value) ? "NA" : Double.toString(value);
  }

  private static void writeScales(ReliabilityReport report, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("scale,group,n_rows,n_any,n_complete,k,raw_alpha,std_alpha,feldt_lower,"
          + "feldt_upper,average_r,omega_total,couples,double_entry_r,z,p,anova_icc,f,df1,df2,"
          + "f_p\n");
      for (ScaleStatistics scale : report.scales()) {
        DyadicCorrelation d = scale.dyadic();
        String dyadic = d.couples() + "," + full(d.doubleEntryR()) + "," + full(d.z()) + ","
            + full(d.p()) + "," + full(d.anovaIcc()) + "," + full(d.f()) + "," + d.fNumeratorDf()
            + "," + d.fDenominatorDf() + "," + full(d.anovaP());
        writeScale(w, scale.scaleId(), "all", scale.everyone(), dyadic);
        String none = "NA,NA,NA,NA,NA,NA,NA,NA,NA";
        writeScale(w, scale.scaleId(), "A", scale.forRole(Role.A), none);
        writeScale(w, scale.scaleId(), "B", scale.forRole(Role.B), none);
      }
    }
  }

  private static void writeScale(Writer w, String scale, String group, ScaleReliability r,
      String dyadic) throws IOException {
    w.write(scale + "," + group + "," + r.personsPassed() + "," + r.personsAnsweringAny() + ","
        + r.personsComplete() + "," + r.itemCount() + "," + full(r.rawAlpha()) + ","
        + full(r.standardizedAlpha()) + "," + full(r.feldt95().lower()) + ","
        + full(r.feldt95().upper()) + "," + full(r.averageR()) + "," + full(r.omegaTotal())
        + "," + dyadic + "\n");
  }

  private static void writeItems(ReliabilityReport report, Path file) throws IOException {
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("scale,group,item,answers,mean,sd,r_drop,alpha_if_deleted,"
          + "std_alpha_if_deleted,possibly_miskeyed\n");
      for (ScaleStatistics scale : report.scales()) {
        for (String group : new String[] {"all", "A", "B"}) {
          ScaleReliability r = group.equals("all") ? scale.everyone()
              : scale.forRole(group.equals("A") ? Role.A : Role.B);
          for (ItemReliability item : r.items()) {
            w.write(scale.scaleId() + "," + group + "," + item.itemId() + "," + item.answers()
                + "," + full(item.mean()) + "," + full(item.sd()) + ","
                + full(item.correctedItemTotal()) + "," + full(item.alphaIfDeleted()) + ","
                + full(item.standardizedAlphaIfDeleted()) + ","
                + (item.possiblyMiskeyed() ? "TRUE" : "FALSE") + "\n");
          }
        }
      }
    }
  }
}
