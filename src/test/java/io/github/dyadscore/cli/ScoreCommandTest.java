package io.github.dyadscore.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.TestQuestionnaires;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ScoreCommandTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @TempDir Path dir;

  private int run(String... args) {
    CommandLine commandLine = Main.commandLine();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    return commandLine.execute(args);
  }

  private static String resource(String name) {
    return TestQuestionnaires.resource(name).toString();
  }

  @Test
  void cleanFileExitsZeroAndPrintsOnlyASummaryLineToStderr() throws Exception {
    Path results = dir.resolve("results");
    int code = run("score", resource("batch/mini.json"), resource("batch/mini-long.csv"), "-o",
        results.toString());
    assertThat(code).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).isEmpty();
    assertThat(err.toString().strip()).isEqualTo("dyadscore: 5 rows read, 5 persons scored, "
        + "2 couples complete, 1 with one partner, 0 rows rejected; results in " + results);
    assertThat(results.resolve("persons.csv")).exists();
  }

  @Test
  void fsyncFlushesTheOutputsAndWritesTheSameFiles() throws Exception {
    Path plain = dir.resolve("plain");
    Path synced = dir.resolve("synced");
    assertThat(run("score", "-q", resource("batch/mini.json"), resource("batch/mini-long.csv"),
        "-o", plain.toString())).isEqualTo(ExitCodes.OK);
    assertThat(run("score", "-q", "--fsync", resource("batch/mini.json"),
        resource("batch/mini-long.csv"), "-o", synced.toString())).isEqualTo(ExitCodes.OK);
    for (String name : new String[] {"persons.csv", "couples.csv", "summary.csv"}) {
      assertThat(Files.readString(synced.resolve(name)))
          .isEqualTo(Files.readString(plain.resolve(name)));
    }
    CommandLine parsed = Main.commandLine();
    parsed.parseArgs("score", "--fsync", "q.json", "in.csv", "-o", "out");
    ScoreCommand score = parsed.getSubcommands().get("score").getCommand();
    assertThat(score.sync.fsync).isTrue();
  }

  @Test
  void reportsAreWrittenForTheAudienceGiven() throws Exception {
    Path results = dir.resolve("partner");
    int code = run("score", "-q", resource("batch/mini.json"), resource("batch/mini-long.csv"),
        "-o", results.toString(), "--reports", "--audience", "couple");
    assertThat(code).isEqualTo(ExitCodes.OK);
    assertThat(java.nio.file.Files.readString(results.resolve("reports.jsonl")))
        .contains("\"audience\":\"couple\"").contains("\"itemDetail\":\"none_for_audience\"");
    assertThat(run("score", resource("batch/mini.json"), resource("batch/mini-long.csv"),
        "-o", results.toString(), "--audience", "couple")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--audience chooses who reports.jsonl or the HTML pages "
        + "are for; add --reports or --html-reports");
    assertThat(run("score", resource("batch/mini.json"), resource("batch/mini-long.csv"),
        "-o", results.toString(), "--reports", "--audience", "friend"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("unknown audience 'friend'");
  }

  @Test
  void rejectedRowsExitOneAndStillWriteTheRest() throws Exception {
    Path results = dir.resolve("results");
    int code = run("score", resource("batch/mini.json"), resource("batch/bad-rows.csv"), "-o",
        results.toString());
    assertThat(code).isEqualTo(ExitCodes.ROWS_REJECTED);
    assertThat(err.toString()).contains("10 rows rejected (see errors.csv)");
    assertThat(Files.readAllLines(results.resolve("errors.csv"))).hasSize(11);
    assertThat(Files.readAllLines(results.resolve("persons.csv"))).hasSize(6);
  }

  @Test
  void htmlReportsWritesAPagePerCompleteCoupleForTheAudienceAndAnIndex() throws Exception {
    Path pages = dir.resolve("pages");
    int code = run("score", "-q", resource("batch/mini.json"), resource("batch/mini-long.csv"),
        "-o", dir.resolve("r").toString(), "--html-reports", pages.toString(), "--audience",
        "partner-b");
    assertThat(code).isEqualTo(ExitCodes.OK);
    try (var files = Files.list(pages)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("000001-1.html", "000002-2.html", "index.html");
    }
    assertThat(Files.readString(pages.resolve("000001-1.html"))).startsWith("<!DOCTYPE html>")
        .contains("<h1>Partner B's report</h1>", "For Partner B only");
  }

  @Test
  void quietPrintsNothing() {
    int code = run("score", "-q", resource("batch/mini.json"), resource("batch/bad-rows.csv"),
        "-o", dir.resolve("r").toString());
    assertThat(code).isEqualTo(ExitCodes.ROWS_REJECTED);
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void missingOutputFolderIsAUsageError() {
    int code = run("score", resource("batch/mini.json"), resource("batch/mini-long.csv"));
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("Missing required option: '--output=OUTDIR'");
  }

  @Test
  void unknownChoiceIsAUsageErrorListingTheChoices() {
    int code = run("score", "--impute", "average", resource("batch/mini.json"),
        resource("batch/mini-long.csv"), "-o", dir.toString());
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("--impute 'average' is not one of [none, mean, median]");
  }

  @Test
  void conflictingOptionsAreAUsageError() {
    int code = run("score", "--scales-only", "--item-divergences", resource("batch/mini.json"),
        resource("batch/mini-long.csv"), "-o", dir.toString());
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("privacy SCALES_ONLY forbids");
  }

  @Test
  void invalidDefinitionExitsThree() throws Exception {
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, "{\"formatVersion\": 1}");
    int code = run("score", bad.toString(), resource("batch/mini-long.csv"), "-o",
        dir.resolve("r").toString());
    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString()).startsWith("dyadscore: ");
  }

  @Test
  void unusableInputFileExitsThreeWithTheLine() throws Exception {
    Path input = dir.resolve("in.csv");
    Files.writeString(input, "id,partner,c1\n1,A,3\n");
    int code = run("score", resource("batch/mini.json"), input.toString(), "-o",
        dir.resolve("r").toString());
    assertThat(code).isEqualTo(ExitCodes.INVALID_INPUT);
    assertThat(err.toString().strip()).isEqualTo("dyadscore: in.csv:1: no couple id column "
        + "'couple' in the header [id, partner, c1]; name it with --couple-column");
  }

  @Test
  void missingInputFileIsAUsageErrorInWordsAndCreatesNoOutputFolder() {
    Path missing = dir.resolve("nope.csv");
    int code = run("score", resource("batch/mini.json"), missing.toString(),
        "-o", dir.resolve("r").toString());
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString().strip())
        .isEqualTo("dyadscore: the input file '" + missing + "' does not exist");
    assertThat(dir.resolve("r")).doesNotExist();
  }

  @Test
  void errorOutputNeverShowsAnswers() throws Exception {
    Path input = dir.resolve("in.csv");
    Files.writeString(input, "couple,partner,c1,c2,c3,c4\n1,A,4,2,5,3\n1,B,1,1,1,9\n");
    int code = run("score", resource("batch/mini.json"), input.toString(), "-o",
        dir.resolve("r").toString());
    assertThat(code).isEqualTo(ExitCodes.ROWS_REJECTED);
    assertThat(err.toString()).doesNotContain("9 is not").doesNotContain("c4");
  }

  @Test
  void helpListsTheExitCodes() {
    int code = run("score", "--help");
    assertThat(code).isEqualTo(ExitCodes.OK);
    assertThat(out.toString()).contains("1  some input rows were rejected");
  }
}
