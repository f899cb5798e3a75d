package io.github.dyadscore.cli;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.couple.Privacy;
import io.github.dyadscore.internal.AnswersReader;
import io.github.dyadscore.report.Audience;
import io.github.dyadscore.report.HtmlReport;
import io.github.dyadscore.report.ReportJson;
import io.github.dyadscore.report.ReportOptions;
import io.github.dyadscore.report.ReportText;
import io.github.dyadscore.report.ReportView;
import io.github.dyadscore.score.InvalidAnswerException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Prints one couple's report for one audience; a thin shell over {@link ReportView}. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Compares two partners' answers and prints the couple report for one "
        + "audience, as text (80 columns) or JSON (schema/report.schema.json).",
        "Audiences: therapist (everything), partner-a / partner-b (both partners' scale "
            + "results and the reader's own answers only), couple (scale results only, unless "
            + "--both-agreed-to-share-items)."},
    footer = ExitCodes.REPORT_HELP)
final class ReportCommand implements Callable<Integer> {

  /** The formats, in the order --help lists them. */
  static final List<String> FORMATS = List.of("text", "json", "html");

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "QUESTIONNAIRE",
      description = "a bundled questionnaire (csi-16, csi-4, ecr-rs, kms, mutuality-security), "
          + "a definition file, or - for standard input")
  String questionnaire;

  @Parameters(index = "1", paramLabel = "ANSWERS_A",
      description = "partner A's answers: JSON of item id to code, such as {\"m1\": 6}, or - for "
          + "standard input")
  Path answersA;

  @Parameters(index = "2", paramLabel = "ANSWERS_B", description = "partner B's answers")
  Path answersB;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (default), json or html")
  String format;

  @Option(names = "--audience", paramLabel = "AUDIENCE", defaultValue = "therapist",
      description = "therapist (default), partner-a, partner-b or couple")
  String audience;

  @Option(names = "--names", paramLabel = "NAME_A,NAME_B",
      description = "the partners' display names (default: Partner A,Partner B)")
  String names;

  @Option(names = "--language", paramLabel = "TAG",
      description = "language of the report (en, de; default en); item texts fall back to "
          + "English where the questionnaire lacks the language")
  String language;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "a date to show")
  String date;

  @Option(names = "--both-agreed-to-share-items",
      description = "both partners agreed to share their item answers with each other: the "
          + "couple report shows them")
  boolean shareAgreed;

  @Option(names = "--scales-only",
      description = "leave item answers out of the report, whatever the audience")
  boolean scalesOnly;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "write the report to FILE instead of standard output")
  Path output;

  @Override
  public Integer call() throws IOException {
    ReportOptions options = options();
    String chosen = format.trim().toLowerCase(Locale.ROOT);
    if (!FORMATS.contains(chosen)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--format '" + format
          + "' is not one of " + FORMATS);
    }
    Terminal terminal = Main.terminal(spec);
    Arguments.checkStdinOnce(questionnaire, answersA, answersB);
    Questionnaire q = QuestionnaireArgument.load(questionnaire, terminal);
    String textA = Arguments.readText(answersA, "answers file", terminal);
    Answers a = Answers.fromJson(textA, source(answersA));
    String textB = Arguments.readText(answersB, "answers file", terminal);
    Answers b = Answers.fromJson(textB, source(answersB));
    ReportView view;
    try {
      view = ReportView.of(q, a, b, options);
    } catch (InvalidAnswerException e) {
      // The library knows the item, not the file: say which file, line and column.
      boolean ofB = e.partner().filter("B"::equals).isPresent();
      throw AnswersReader.locate(e, source(ofB ? answersB : answersA), ofB ? textB : textA);
    }
    String text = render(chosen, view);
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(text);
      out.flush();
    } else {
      Files.writeString(output, text, StandardCharsets.UTF_8);
    }
    return ExitCodes.OK;
  }

  /** The renderers by format: the one place a new format is added. */
  private String render(String chosen, ReportView view) {
    return switch (chosen) {
      case "text" -> ReportText.render(view);
      case "json" -> ReportJson.toPrettyJson(view) + "\n";
      case "html" -> HtmlReport.render(view);
      default -> throw new IllegalStateException("unknown format " + chosen);
    };
  }

  private ReportOptions options() {
    try {
      ReportOptions.Builder b = ReportOptions.builder().audience(Audience.fromTag(audience));
      if (names != null) {
        String[] parts = names.split(",", -1);
        if (parts.length != 2) {
          throw new IllegalArgumentException("--names '" + names
              + "' must be two names separated by a comma, such as Alex,Sam");
        }
        b.names(parts[0], parts[1]);
      }
      if (language != null) {
        b.language(language);
      }
      if (date != null) {
        b.date(LocalDate.parse(date.trim()));
      }
      if (shareAgreed) {
        b.bothPartnersAgreedToShareItems();
      }
      if (scalesOnly) {
        b.privacy(Privacy.SCALES_ONLY);
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    } catch (DateTimeParseException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--date '" + date
          + "' is not a date; expected YYYY-MM-DD, such as 2026-03-01");
    }
  }

  private static String source(Path file) {
    return Arguments.isStdin(file) ? "stdin" : file.toString();
  }
}
