package io.github.dyadscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.Questionnaire;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  @Test
  void exampleCoupleReportShowsScalesDivergentItemsAndTheValidationWarning() {
    int code = run("report", "mutuality-security", "examples/alex.json", "examples/sam.json");
    assertThat(code).isZero();
    String text = out.toString();
    assertThat(text).contains("Note: NOT clinically validated.");
    assertThat(text).contains("Mutuality (possible range 1 to 7)\n  Partner A: 5.92 (13 of 14 "
        + "items answered)\n  Partner B: 3.57 (14 of 14 items answered)\n  Difference, Partner "
        + "A minus Partner B: 2.35.");
    assertThat(text).contains("m2 (reverse-keyed; Mutuality): gap 5.00\n  Partner A: 2 "
        + "(Disagree); Partner B: 7 (Strongly agree)");
    assertThat(text).contains("Over the 26 items both answered: correlation r = -0.01");
    assertThat(text).doesNotContain("alex.json").doesNotContain("sam.json");
  }

  @Test
  void scalesOnlyReportShowsNoItemAnswers() {
    int code = run("report", "--scales-only", "mutuality-security", "examples/alex.json",
        "examples/sam.json");
    assertThat(code).isZero();
    assertThat(out.toString()).contains("Scales only: this report leaves out every item answer.")
        .doesNotContain("m2 (");
  }

  @Test
  void invalidAnswerCodeIsOneLineLocatingItAndNamingTheExpectedCodesButNotTheCode(
      @TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\n  \"m2\": 4,\n  \"m1\": 987654\n}");
    int code = run("report", "mutuality-security", bad.toString(), "examples/sam.json");
    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString().strip()).isEqualTo("dyadscore: " + bad + ":3:9 at /m1: partner A: "
        + "item 'm1': the code is not a valid answer; expected a code from 1 to 7 or a missing "
        + "code [-99, 99] (response scale 'agree7')");
    assertThat(out.toString() + err).doesNotContain("987654");
  }

  @Test
  void anInvalidCodeOfPartnerBIsLocatedInPartnerBsFile(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("b.json");
    Files.writeString(bad, "{\"s3\": 987654}");
    int code = run("report", "mutuality-security", "examples/alex.json", bad.toString());
    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString().strip()).startsWith("dyadscore: " + bad + ":1:8 at /s3: partner B: "
        + "item 's3': the code is not a valid answer; expected").doesNotContain("987654");
  }

  @Test
  void malformedAnswersFileIsLocated(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\n  \"m1\": \"6\"\n}");
    int code = run("report", "mutuality-security", bad.toString(), "examples/sam.json");
    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString()).contains("bad.json:2:9 at /m1: found a string for item 'm1';"
        + " expected an integer code, or null when unanswered");
  }

  @Test
  void partnerReportInGermanUsesTheGivenNamesAndNotesTheEnglishItemTexts() {
    int code = run("report", "mutuality-security", "examples/alex.json", "examples/sam.json",
        "--audience", "partner-b", "--names", "Alex,Sam", "--language", "de");
    assertThat(code).isZero();
    String text = out.toString();
    assertThat(text).startsWith("Mutuality and Security Inventory (mutuality-security "
        + Questionnaire.bundled("mutuality-security").definition().version() + ")\n"
        + "Bericht für Sam\n");
    assertThat(text).contains("Hinweis: Einige Texte des Fragebogens gibt es nicht auf Deutsch; "
        + "sie erscheinen\n  auf Englisch.");
    assertThat(text).contains("Eigene Antworten von Sam").doesNotContain("Eigene Antworten von "
        + "Alex").contains("  Alex: 5,92 (13 von 14 Fragen beantwortet)");
  }

  @Test
  void jsonReportGoesToTheFileGiven(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("report.json");
    int code = run("report", "mutuality-security", "examples/alex.json", "examples/sam.json",
        "--format", "json", "--audience", "couple", "-o", file.toString());
    assertThat(code).isZero();
    assertThat(out.toString()).isEmpty();
    assertThat(Files.readString(file)).startsWith("{\n  \"reportFormat\": 2,")
        .contains("\"audience\": \"couple\"").contains("\"itemDetail\": \"none_for_audience\"")
        .endsWith("}\n");
  }

  @Test
  void htmlReportIsTheLibrarysPageForTheAudience(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("alex.html");
    int code = run("report", "mutuality-security", "examples/alex.json", "examples/sam.json",
        "--format", "html", "--audience", "partner-a", "--names", "Alex,Sam", "--date",
        "2026-12-01", "-o", file.toString());
    assertThat(code).isZero();
    assertThat(Files.readString(file)).isEqualTo(
        io.github.dyadscore.report.html.Samples.page(io.github.dyadscore.report.Audience.PARTNER_A));
  }

  @Test
  void badReportOptionsAreUsageErrorsThatListTheChoices() {
    assertThat(run("report", "mutuality-security", "examples/alex.json", "examples/sam.json",
        "--language", "fr")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("no report language 'fr'; available: de, en");
    assertThat(run("report", "mutuality-security", "examples/alex.json", "examples/sam.json",
        "--audience", "friend")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("unknown audience 'friend'; expected one of "
        + "[therapist, partner-a, partner-b, couple]");
    assertThat(run("report", "mutuality-security", "examples/alex.json", "examples/sam.json",
        "--format", "pdf")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--format 'pdf' is not one of [text, json, html]");
    assertThat(run("report", "mutuality-security", "examples/alex.json", "examples/sam.json",
        "--names", "Alex")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("must be two names separated by a comma");
    assertThat(run("report", "mutuality-security", "examples/alex.json", "examples/sam.json",
        "--date", "1.3.2026")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("expected YYYY-MM-DD");
  }

  @Test
  void unknownOptionIsAUsageError() {
    assertThat(run("report", "--no-such-option")).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void validateListsEveryProblemAndExitsWithInvalidInput(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("q.json");
    Files.writeString(bad, "{\"formatVersion\": 1, \"id\": \"x\"}");
    assertThat(run("validate", bad.toString())).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(out.toString().lines().count()).isGreaterThan(3);
    assertThat(out.toString()).contains("missing property 'version'");
    assertThat(run("validate", "questionnaires/csi-4.json")).isZero();
  }

  @Test
  void versionAndHelpListExitCodes() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).startsWith("dyadscore ");
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("Exit codes:").contains("usage error");
  }
}
