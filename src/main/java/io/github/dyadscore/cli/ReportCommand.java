package io.github.dyadscore.cli;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.couple.CoupleReport;
import io.github.dyadscore.couple.Privacy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
    footer = ExitCodes.HELP)
final class ReportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "QUESTIONNAIRE",
      description = "a bundled questionnaire (csi-16, csi-4, ecr-rs, kms, mutuality-security) "
          + "or a definition file")
  String questionnaire;

  @Parameters(index = "1", paramLabel = "ANSWERS_A",
      description = "partner A's answers: JSON of item id to code, such as {\"m1\": 6}")
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
    Questionnaire q = QuestionnaireArgument.load(questionnaire);
    Answers a = read(answersA);
    Answers b = read(answersB);
    CoupleReport report = q.compare(a, b, scalesOnly ? Privacy.SCALES_ONLY : Privacy.SHARE_ITEMS);
    PrintWriter out = spec.commandLine().getOut();
    String lang = language == null ? q.definition().language() : language;
    new TextReport(q.definition(), lang).print(report, answersA.getFileName().toString(),
        answersB.getFileName().toString(), out);
    out.flush();
    return ExitCodes.OK;
  }

  private static Answers read(Path file) throws IOException {
    return Answers.fromJson(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }
}
