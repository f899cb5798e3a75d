package io.github.dyadscore.cli;

import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.batch.BatchOptions;
import io.github.dyadscore.batch.BatchScorer;
import io.github.dyadscore.batch.BatchSummary;
import io.github.dyadscore.batch.ProgressListener;
import io.github.dyadscore.couple.Privacy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Scores a CSV file of couples into result files; a thin shell over {@link BatchScorer}. */
@Command(name = "score", mixinStandardHelpOptions = true,
    description = {
        "Scores a CSV file of couples (long: one row per person; wide: one row per couple) and "
            + "writes persons.csv, couples.csv, pairwise.csv, errors.csv and summary.csv into "
            + "OUTDIR; item-divergences.csv and reports.jsonl when asked.",
        "Rows that cannot be scored are listed in errors.csv with their line; the rest are "
            + "scored. A one-line summary goes to stderr; answers are never printed."},
    footer = ExitCodes.HELP)
final class ScoreCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "QUESTIONNAIRE",
      description = "a bundled questionnaire (csi-4, mutuality-security) or a definition file")
  String questionnaire;

  @Parameters(index = "1", paramLabel = "INPUT", description = "the CSV file (UTF-8)")
  Path input;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTDIR",
      description = "folder for the result files (created if missing)")
  Path output;

  @Option(names = "--layout", paramLabel = "auto|long|wide", defaultValue = "auto",
      description = "input layout (default: ${DEFAULT-VALUE}, from the header)")
  String layout;

  @Option(names = "--couple-column", paramLabel = "NAME", defaultValue = "couple",
      description = "couple id column (default: ${DEFAULT-VALUE})")
  String coupleColumn;

  @Option(names = "--partner-column", paramLabel = "NAME", defaultValue = "partner",
      description = "partner column of the long layout (default: ${DEFAULT-VALUE})")
  String partnerColumn;

  @Option(names = "--partner-labels", paramLabel = "A,B", defaultValue = "A,B",
      description = "the two partner labels of the long layout (default: ${DEFAULT-VALUE})")
  String partnerLabels;

  @Option(names = "--prefixes", paramLabel = "A_,B_", defaultValue = "A_,B_",
      description = "item column prefixes of the wide layout (default: ${DEFAULT-VALUE})")
  String prefixes;

  @Option(names = "--delimiter", paramLabel = "auto|comma|semicolon|tab", defaultValue = "auto",
      description = "field delimiter (default: ${DEFAULT-VALUE}, from the header line)")
  String delimiter;

  @Option(names = "--missing", paramLabel = "TOKENS",
      description = "comma-separated cell texts meaning unanswered, replacing the default "
          + "',NA,.' (empty, NA, dot); the definition's missing codes always count")
  String missing;

  @Option(names = "--pass-through", paramLabel = "COLUMN", split = ",",
      description = "columns copied to the outputs, such as wave,condition")
  List<String> passThrough = new ArrayList<>();

  @Option(names = "--item-divergences", description = "also write item-divergences.csv")
  boolean itemDivergences;

  @Option(names = "--reports", description = "also write reports.jsonl (one couple per line)")
  boolean reports;

  @Option(names = "--scales-only",
      description = "no item-level output at all (not with --item-divergences)")
  boolean scalesOnly;

  @Option(names = "--impute", paramLabel = "none|mean|median", defaultValue = "none",
      description = "fill missing answers with the item's sample mean or median, as R psych's "
          + "scoreItems(impute = ...) (default: ${DEFAULT-VALUE})")
  String impute;

  @Option(names = "--threads", paramLabel = "N",
      description = "scoring threads (default: the number of processors)")
  Integer threads;

  @Option(names = {"-q", "--quiet"}, description = "no progress bar and no summary line")
  boolean quiet;

  @Override
  public Integer call() throws IOException {
    BatchOptions options = options();
    Questionnaire q = QuestionnaireArgument.load(questionnaire);
    PrintWriter err = spec.commandLine().getErr();
    ProgressBar bar = !quiet && System.console() != null ? new ProgressBar(err) : null;
    BatchSummary summary;
    try {
      summary = new BatchScorer(q, options).run(input, output,
          bar == null ? ProgressListener.NONE : bar);
    } finally {
      if (bar != null) {
        bar.finish();
      }
    }
    if (!quiet) {
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
    try {
      BatchOptions.Builder b = BatchOptions.builder()
          .layout(choice(BatchOptions.Layout.class, layout, "--layout"))
          .coupleColumn(coupleColumn)
          .partnerColumn(partnerColumn)
          .delimiter(choice(BatchOptions.Delimiter.class, delimiter, "--delimiter"))
          .passThrough(passThrough)
          .privacy(scalesOnly ? Privacy.SCALES_ONLY : Privacy.SHARE_ITEMS)
          .imputation(choice(BatchOptions.Imputation.class, impute, "--impute"));
      String[] labels = pair(partnerLabels, "--partner-labels");
      b.partnerLabels(labels[0], labels[1]);
      String[] prefix = pair(prefixes, "--prefixes");
      b.prefixes(prefix[0], prefix[1]);
      if (missing != null) {
        b.missingTokens(Arrays.asList(missing.split(",", -1)));
      }
      if (itemDivergences) {
        b.with(BatchOptions.Output.ITEM_DIVERGENCES);
      }
      if (reports) {
        b.with(BatchOptions.Output.REPORTS);
      }
      if (threads != null) {
        b.threads(threads);
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private <E extends Enum<E>> E choice(Class<E> type, String value, String option) {
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equalsIgnoreCase(value.trim())) {
        return constant;
      }
    }
    List<String> allowed = Arrays.stream(type.getEnumConstants())
        .map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
    throw new IllegalArgumentException(option + " '" + value + "' is not one of " + allowed);
  }

  private static String[] pair(String value, String option) {
    String[] parts = value.split(",", -1);
    if (parts.length != 2) {
      throw new IllegalArgumentException(option + " '" + value
          + "' must be two values separated by a comma, such as A,B");
    }
    return parts;
  }
}
