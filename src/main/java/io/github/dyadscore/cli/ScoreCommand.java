package io.github.dyadscore.cli;

import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.batch.BatchOptions;
import io.github.dyadscore.report.Audience;
import io.github.dyadscore.batch.BatchScorer;
import io.github.dyadscore.batch.BatchSummary;
import io.github.dyadscore.couple.Privacy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Scores a CSV file of couples into result files; a thin shell over {@link BatchScorer}. */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = {
        "Scores a CSV file of couples (long: one row per person; wide: one row per couple) and "
            + "writes persons.csv, couples.csv, pairwise.csv, errors.csv and summary.csv into "
            + "OUTDIR; item-divergences.csv and reports.jsonl when asked. With --layout single "
            + "(one row per person, no couples): persons.csv, errors.csv and summary.csv.",
        "Rows that cannot be scored are listed in errors.csv with their line; the rest are "
            + "scored. A one-line summary goes to stderr; answers are never printed."},
    footer = ExitCodes.SCORE_HELP)
final class ScoreCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTDIR",
      description = "folder for the result files (created if missing)")
  Path output;

  @Mixin InputOptions input;

  @Mixin SyncOption sync;

  @Option(names = "--pass-through", paramLabel = "COLUMN", split = ",",
      description = "columns copied to the outputs, such as wave,condition")
  List<String> passThrough = new ArrayList<>();

  @Option(names = "--item-divergences", description = "also write item-divergences.csv")
  boolean itemDivergences;

  @Option(names = "--reports", description = "also write reports.jsonl (one couple per line)")
  boolean reports;

  @Option(names = "--distinctive-profiles", description = "also the distinctive profile r and "
      + "each partner's normativeness against the sample's mean profile (Furr 2008) in "
      + "couples.csv; reads the file twice")
  boolean distinctiveProfiles;

  @Option(names = "--profile-anatomy", description = "also Cronbach and Gleser's D^2, D and "
      + "D^2's elevation, scatter and shape parts in couples.csv")
  boolean profileAnatomy;

  @Option(names = "--rwg", description = "also within-couple agreement r_wg(J) per scale in "
      + "couples.csv")
  boolean withinCoupleAgreement;

  @Option(names = "--audience", paramLabel = "AUDIENCE",
      description = "who the reports in reports.jsonl and --html-reports are for: therapist "
          + "(default), partner-a, partner-b or couple (needs --reports or --html-reports)")
  String audience;

  @Option(names = "--html-reports", paramLabel = "DIR",
      description = "also write one HTML page per complete couple into DIR, with an index.html")
  Path htmlReports;

  @Option(names = "--scales-only",
      description = "no item-level output at all (not with --item-divergences)")
  boolean scalesOnly;

  @Mixin ProgressOptions progress;

  @Override
  public Integer call() throws IOException {
    BatchOptions options = options();
    PrintWriter err = spec.commandLine().getErr();
    ProgressBar bar = progress.bar(spec, err);
    Terminal terminal = Main.terminal(spec);
    Arguments.checkStdinOnce(input.questionnaire, input.file);
    Arguments.OutputFolder folder = Arguments.OutputFolder.check(output);
    Questionnaire q = QuestionnaireArgument.load(input.questionnaire, terminal);
    BatchSummary summary;
    boolean done = false;
    BatchScorer scorer = new BatchScorer(q, options);
    try (Arguments.CsvInput in = Arguments.CsvInput.open(input.file, terminal, scorer)) {
      summary = scorer.run(in.path(), output,
          ProgressOptions.listener(bar));
      done = true;
    } finally {
      if (bar != null) {
        bar.finish();
      }
      if (!done) {
        folder.undoCreation();
      }
    }
    if (!progress.quiet && options.layout() == BatchOptions.Layout.SINGLE) {
      err.println(String.format(Locale.ROOT, "dyadscore: %d rows read, %d persons scored, "
          + "%d rows rejected%s; results in %s", summary.rowsRead(), summary.personsScored(),
          summary.rowsRejected(), summary.hasRejectedRows() ? " (see errors.csv)" : "", output));
      err.flush();
    } else if (!progress.quiet) {
      err.println(String.format(Locale.ROOT, "dyadscore: %d rows read, %d persons scored, "
          + "%d couples complete, %d with one partner, %d rows rejected%s; results in %s",
          summary.rowsRead(), summary.personsScored(), summary.couplesComplete(),
          summary.couplesWithOnePartner(), summary.rowsRejected(),
          summary.hasRejectedRows() ? " (see errors.csv)" : "", output));
      err.flush();
    }
    return summary.hasRejectedRows() ? ExitCodes.ROWS_REJECTED : ExitCodes.OK;
  }

  private BatchOptions options() {
    BatchOptions.Builder b = sync.apply(input.builder(spec))
        .passThrough(passThrough)
        .privacy(scalesOnly ? Privacy.SCALES_ONLY : Privacy.SHARE_ITEMS);
    if (distinctiveProfiles) {
      b.with(BatchOptions.Output.DISTINCTIVE_PROFILES);
    }
    if (profileAnatomy) {
      b.with(BatchOptions.Output.PROFILE_ANATOMY);
    }
    if (withinCoupleAgreement) {
      b.with(BatchOptions.Output.WITHIN_COUPLE_AGREEMENT);
    }
    if (itemDivergences) {
      b.with(BatchOptions.Output.ITEM_DIVERGENCES);
    }
    if (reports) {
      b.with(BatchOptions.Output.REPORTS);
    }
    if (audience != null) {
      if (!reports && htmlReports == null) {
        throw new CommandLine.ParameterException(spec.commandLine(),
            "--audience chooses who reports.jsonl or the HTML pages are for; add --reports or "
                + "--html-reports");
      }
      try {
        b.reportAudience(Audience.fromTag(audience));
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    b.htmlReports(htmlReports);
    return InputOptions.build(b, spec);
  }
}
