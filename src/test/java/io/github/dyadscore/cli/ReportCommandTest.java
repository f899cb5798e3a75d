package io.github.dyadscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
    assertThat(text).containsPattern("Mutuality\\s+5\\.92\\s+3\\.57\\s+2\\.35");
    assertThat(text).contains("m2 (R)     A 2    B 7    gap 5.00");
    assertThat(text).contains("Profile similarity over 26 items both answered");
  }

  @Test
  void scalesOnlyReportShowsNoItemAnswers() {
    int code = run("report", "--scales-only", "mutuality-security", "examples/alex.json",
        "examples/sam.json");
    assertThat(code).isZero();
    assertThat(out.toString()).contains("Item answers are not shown").doesNotContain("m2 (R)");
  }

  @Test
  void invalidAnswerCodeIsOneLineNamingItemAndExpectedCodes(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"m1\": 8}");
    int code = run("report", "mutuality-security", bad.toString(), "examples/sam.json");
    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString().strip()).isEqualTo("dyadscore: partner A: item 'm1': 8 is not a "
        + "valid answer; expected a code from 1 to 7 or a missing code [-99, 99] "
        + "(response scale 'agree7')");
  }

  @Test
  void malformedAnswersFileIsLocated(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\n  \"m1\": \"6\"\n}");
    int code = run("report", "mutuality-security", bad.toString(), "examples/sam.json");
    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString()).contains("bad.json:2:9 at /m1: found the string '6' for item 'm1';"
        + " expected an integer code, or null when unanswered");
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
