package io.github.dyadscore.cli;

import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.batch.BatchScorer;
import io.github.dyadscore.batch.ProgressListener;
import io.github.dyadscore.batch.TruthAndBiasResult;
import io.github.dyadscore.definition.Item;
import io.github.dyadscore.perception.TruthAndBiasFit;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** Prints the across-couple models of dyadic perception, and writes them as CSV on request. */
@Command(name = "dyadic", mixinStandardHelpOptions = true,
    description = {"Predicting the partner across couples: per scale with prediction items, the "
        + "truth-and-bias model of West & Kenny (2011), P = b0 + b_truth T + b_bias B with every "
        + "variable centred on the mean of the truth T (so b0 is the directional bias), by OLS "
        + "per direction and both directions stacked, and by GLS with compound symmetry within "
        + "couples (REML, as R nlme::gls with corCompSymm(form = ~ 1 | couple)).",
        "P is the scale scored from one partner's predictions, T the other partner's score and "
            + "B the predictor's own score, all on the items with all three answers. Per-couple "
            + "results are in perception.csv from 'score'."},
    footer = ExitCodes.DYADIC_HELP)
final class DyadicCommand implements Callable<Integer> {

  static final String FILE = "truth-and-bias.csv";

  @Spec CommandSpec spec;

  @Option(names = {"-o", "--output"}, paramLabel = "OUTDIR",
      description = "also write " + FILE + " into this folder")
  Path output;

  @Mixin InputOptions input;

  @Mixin SyncOption sync;

  @Override
  public Integer call() throws IOException {
    if ("single".equalsIgnoreCase(input.layout.trim())) {
      throw new ParameterException(spec.commandLine(), "the dyadic models compare partners; "
          + "the single layout has none (use --layout long or wide)");
    }
    Terminal terminal = Main.terminal(spec);
    Arguments.checkStdinOnce(input.questionnaire, input.file);
    Arguments.OutputFolder folder = output == null ? null : Arguments.OutputFolder.check(output);
    Questionnaire q = QuestionnaireArgument.load(input.questionnaire, terminal);
    if (q.definition().items().stream().noneMatch(Item::isPrediction)) {
      throw new ParameterException(spec.commandLine(), "questionnaire '" + q.id() + "' has no "
          + "prediction items; the dyadic models need items with \"predicts\" (see "
          + "questionnaires/README.md)");
    }
    TruthAndBiasResult result;
    boolean done = false;
    BatchScorer scorer = new BatchScorer(q,
        InputOptions.build(sync.apply(input.builder(spec)), spec));
    try (Arguments.CsvInput in = Arguments.CsvInput.open(input.file, terminal, scorer)) {
      // With a folder the file is committed as score's outputs are (lock, staging, journal).
      result = output == null ? scorer.truthAndBias(in.path(), ProgressListener.NONE)
          : scorer.truthAndBias(in.path(), output, ProgressListener.NONE);
      done = true;
    } finally {
      if (!done && folder != null) {
        folder.undoCreation();
      }
    }
    PrintWriter out = spec.commandLine().getOut();
    print(result, out);
    out.flush();
    return result.rowsRejected() > 0 ? ExitCodes.ROWS_REJECTED : ExitCodes.OK;
  }

  private static void print(TruthAndBiasResult result, PrintWriter out) {
    out.printf(Locale.ROOT, "%d rows read, %d rejected%n", result.rowsRead(),
        result.rowsRejected());
    String scale = null;
    for (TruthAndBiasFit fit : result.fits()) {
      if (!fit.scale().equals(scale)) {
        scale = fit.scale();
        out.printf(Locale.ROOT, "%n%s: truth-and-bias model (West & Kenny 2011), centred on the "
            + "mean of the truth%n", scale);
        out.printf(Locale.ROOT, "  %-9s %-4s %6s %17s %17s %17s %7s%n", "sample", "fit", "n",
            "bias b0 (SE)", "truth (SE)", "assumed sim. (SE)", "rho");
      }
      out.printf(Locale.ROOT, "  %-9s %-4s %6d %17s %17s %17s %7s%n", fit.sample().label(),
          fit.estimator().name().toLowerCase(Locale.ROOT), fit.observations(),
          estimate(fit.directionalBias(), fit.directionalBiasSe()),
          estimate(fit.truthForce(), fit.truthForceSe()),
          estimate(fit.biasForce(), fit.biasForceSe()), fixed(fit.rho()));
    }
  }

  private static String estimate(double value, double se) {
    return fixed(value) + " (" + fixed(se) + ")";
  }

  private static String fixed(double value) {
    return Double.isNaN(value) ? "NA" : String.format(Locale.ROOT, "%.3f", value);
  }
}
