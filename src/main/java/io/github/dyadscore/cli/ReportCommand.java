package io.github.dyadscore.cli;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.couple.CoupleReport;
import io.github.dyadscore.couple.Privacy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints one couple's divergence report. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Compares two partners' answers and prints where they diverge.",
    footer = ExitCodes.REPORT_HELP)
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "QUESTIONNAIRE",
      description = "a bundled questionnaire (csi-4, mutuality-security), a definition file, or "
          + "- for standard input")
  String questionnaire;

  @Parameters(index = "1", paramLabel = "ANSWERS_A",
      description = "partner A's answers: JSON of item id to code, such as {\"m1\": 6}, or - for "
          + "standard input")
  Path answersA;

  @Parameters(index = "2", paramLabel = "ANSWERS_B", description = "partner B's answers")
  Path answersB;

  @Option(names = "--scales-only",
      description = "leave out item answers, so the report can be shown to either partner")
  boolean scalesOnly;

  @Option(names = "--language", paramLabel = "TAG",
      description = "language of item texts and labels (default: the questionnaire's)")
  String language;

  @Override
  public Integer call() throws IOException {
    Terminal terminal = Main.terminal(spec);
    Arguments.checkStdinOnce(questionnaire, answersA, answersB);
    Questionnaire q = QuestionnaireArgument.load(questionnaire, terminal);
    Answers a = read(answersA, terminal);
    Answers b = read(answersB, terminal);
    CoupleReport report = q.compare(a, b, scalesOnly ? Privacy.SCALES_ONLY : Privacy.SHARE_ITEMS);
    PrintWriter out = spec.commandLine().getOut();
    String lang = language == null ? q.definition().language() : language;
    new TextReport(q.definition(), lang).print(report, answersA.getFileName().toString(),
        answersB.getFileName().toString(), out);
    out.flush();
    return ExitCodes.OK;
  }

  private static Answers read(Path file, Terminal terminal) throws IOException {
    return Answers.fromJson(Arguments.readText(file, "answers file", terminal),
        Arguments.isStdin(file) ? "stdin" : file.toString());
  }
}
