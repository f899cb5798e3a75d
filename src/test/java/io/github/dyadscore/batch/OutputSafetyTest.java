package io.github.dyadscore.batch;

import static io.github.dyadscore.batch.BatchTesting.lines;
import static io.github.dyadscore.batch.BatchTesting.read;
import static io.github.dyadscore.batch.BatchTesting.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.batch.BatchOptions.Output;
import io.github.dyadscore.couple.Privacy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * What the outputs must never do: let a spreadsheet run a cell as a formula, leave a file that
 * looks finished when the run failed, or carry a partner's item answers when privacy forbids it.
 */
class OutputSafetyTest {

  private static final Questionnaire MUTUALITY = Questionnaire.bundled("mutuality-security");
  private static final String ITEMS = "m1,m2,m3,m4,m5,m6,m7,m8,m9,m10,m11,m12,m13,m14,"
      + "s1,s2,s3,s4,s5,s6,s7,s8,s9,s10,s11,s12,s13,s14";
  /** Every item answered 4: every scale scores 4. */
  private static final String FOURS = ",4".repeat(28);
  private static final String SCORES_OF_FOURS = "4,14,scored,4,14,scored,4,2,scored";
  private static final String EARLIER_PERSONS = "couple,partner\nfrom,an earlier run\n";

  @TempDir Path dir;

  // ---------------------------------------------------------------- (a) formulas

  @Test
  void textCellsThatASpreadsheetWouldRunGetALeadingQuoteWhileNumbersStayNumbers()
      throws IOException {
    Path input = dir.resolve("formulas.csv");
    Files.writeString(input, "couple,partner,note," + ITEMS + "\n"
        + "=1+1,A,-3" + FOURS + "\n"
        + "=1+1,B,-0.5" + FOURS + "\n"
        + "+A,A,=2+3" + FOURS + "\n"
        + "-x,A,@SUM(A1)" + FOURS + "\n"
        + "@SUM(A1),A,\"\t=1+1\"" + FOURS + "\n"
        + "@SUM(A1),B,\"\r=1+1\"" + FOURS + "\n"
        + "-7,A,+5" + FOURS + "\n"
        + "-y,C,x" + FOURS + "\n"
        + "=bad,\"=HYPERLINK(\"\"http://x\"\")\",x" + FOURS + "\n");
    Path out = dir.resolve("out");

    BatchSummary summary = score(MUTUALITY, input, out,
        BatchOptions.builder().passThrough(List.of("note")).build());

    assertThat(summary.rowsRejected()).isEqualTo(2);
    assertThat(read(out.resolve("persons.csv"))).isEqualTo(
        "couple,partner,note,mutuality,mutuality_answered,mutuality_status,security,"
            + "security_answered,security_status,foundation,foundation_answered,"
            + "foundation_status\n"
            + "'=1+1,A,-3," + SCORES_OF_FOURS + "\n"
            + "'=1+1,B,-0.5," + SCORES_OF_FOURS + "\n"
            + "'+A,A,'=2+3," + SCORES_OF_FOURS + "\n"
            + "'-x,A,'@SUM(A1)," + SCORES_OF_FOURS + "\n"
            + "'@SUM(A1),A,'\t=1+1," + SCORES_OF_FOURS + "\n"
            + "'@SUM(A1),B,\"'\r=1+1\"," + SCORES_OF_FOURS + "\n"
            + "-7,A,+5," + SCORES_OF_FOURS + "\n");
    String couples = read(out.resolve("couples.csv"));
    assertThat(couples.split("\n")).hasSize(6);
    assertThat(couples).startsWith("couple,partners,note_A,note_B,mutuality_A,")
        .contains("\n'=1+1,2,-3,-0.5,4,4,0,0,4,")
        .contains("\n'+A,1,'=2+3,NA,4,NA,NA,")
        .contains("\n'-x,1,'@SUM(A1),NA,4,NA,NA,")
        .contains("\n'@SUM(A1),2,'\t=1+1,\"'\r=1+1\",4,4,0,0,4,")
        .contains("\n-7,1,+5,NA,4,NA,NA,");
    // The quoted CR on line 7 ends a line, as in a text editor: the rejected rows are on 10 and 11.
    assertThat(lines(out.resolve("errors.csv"))).containsExactly(
        "line,couple,partner,column,reason",
        "10,'-y,C,partner,unknown partner label 'C' in column 'partner'; expected A or B",
        "11,'=bad,\"'=HYPERLINK(\"\"http://x\"\")\",partner,\"unknown partner label "
            + "'=HYPERLINK(\"\"http://x\"\")' in column 'partner'; expected A or B\"");
    assertThat(read(out.resolve("pairwise.csv"))).contains("\n'=1+1,A,-3,")
        .contains("\n'=1+1,B,-0.5,").contains("\n'@SUM(A1),A,'\t=1+1,")
        .contains("\n'@SUM(A1),B,\"'\r=1+1\",");
  }

  @Test
  void defusingKeepsEveryFormOfPlainNumber() {
    for (String number : List.of("-3", "-0.5", "+5", "-.5", "-1e3", "-2.", "0", "12")) {
      assertThat(CsvText.defuse(number)).as(number).isEqualTo(number);
    }
    for (String text : List.of("=1+1", "+A", "-x", "@SUM(A1)", "\t3", "\r3", "-", "+", "-3-",
        "-3,5", "--3", "-Infinity", "-NaN", "=", "@")) {
      assertThat(CsvText.defuse(text)).as(text).isEqualTo("'" + text);
    }
  }

  // ---------------------------------------------------------------- (b) atomic outputs

  @Test
  void aFileFailingOnLine20000LeavesNoOutputNoTemporaryFileAndTheEarlierRunUntouched()
      throws IOException {
    Path input = dir.resolve("late-latin1.csv");
    StringBuilder text = new StringBuilder("couple,partner," + ITEMS + "\n");
    for (int line = 2; line < 20_000; line++) {
      text.append(line / 2).append(line % 2 == 0 ? ",A" : ",B").append(FOURS).append('\n');
    }
    byte[] good = text.toString().getBytes(StandardCharsets.UTF_8);
    byte[] bad = ("Ren\u00e9e,A" + FOURS + "\n").getBytes(StandardCharsets.ISO_8859_1);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(good);
    bytes.writeBytes(bad);
    Files.write(input, bytes.toByteArray());
    Path out = earlierRun();
    // One thread keeps at most 4 chunks of 512 couples in flight: long before line 20000 chunks
    // have been written to the temporary files, which the listener sees growing.
    AtomicLong largestTemporary = new AtomicLong();
    List<String> seenDuringRun = Collections.synchronizedList(new ArrayList<>());
    BatchScorer scorer = new BatchScorer(MUTUALITY, BatchOptions.builder().threads(1).build());

    assertThatThrownBy(() -> scorer.run(input, out, progress -> {
      try (Stream<Path> files = Files.list(out)) {
        files.filter(f -> !f.getFileName().toString().equals("persons.csv")).forEach(f -> {
          seenDuringRun.add(f.getFileName().toString());
          largestTemporary.accumulateAndGet(size(f), Math::max);
        });
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    })).isInstanceOf(BatchInputException.class)
        .hasMessage("late-latin1.csv:20000: the file is not valid UTF-8 (byte 0xE9 at byte 4 of "
            + "the line); save it as UTF-8 (in Excel: 'CSV UTF-8'; in R: write.csv(..., "
            + "fileEncoding = \"UTF-8\"))");

    assertThat(seenDuringRun).isNotEmpty()
        .allSatisfy(name -> assertThat(name).startsWith(".").endsWith(".tmp"));
    assertThat(largestTemporary.get()).as("bytes on disk before the failure").isPositive();
    assertOnlyTheEarlierRun(out);
  }

  @Test
  void aRunStoppedByItsListenerLeavesNoOutputAndTheEarlierRunUntouched() throws IOException {
    Path input = dir.resolve("many.csv");
    BatchScorerTest.writeSyntheticLongFile(input, 3000);
    Path out = earlierRun();
    BatchScorer scorer = new BatchScorer(MUTUALITY, BatchOptions.builder().threads(2)
        .with(Output.REPORTS).with(Output.ITEM_DIVERGENCES).build());

    assertThatThrownBy(() -> scorer.run(input, out, progress -> {
      if (progress.rowsRead() > 2000) {
        throw new IllegalStateException("cancelled by the user");
      }
    })).isInstanceOf(IllegalStateException.class).hasMessage("cancelled by the user");

    assertOnlyTheEarlierRun(out);
  }

  @Test
  void anOutputThatCannotBeReplacedFailsTheRunBeforeAnyFileIsReplaced() throws IOException {
    Path input = dir.resolve("small.csv");
    Files.writeString(input, "couple,partner," + ITEMS + "\n1,A" + FOURS + "\n1,B" + FOURS
        + "\n");
    Path out = earlierRun();
    // pairwise.csv comes after persons.csv and couples.csv: a directory in its place cannot be
    // replaced by a file.
    Path blocker = out.resolve("pairwise.csv");
    Files.createDirectories(blocker);
    Files.writeString(blocker.resolve("keep.txt"), "x");

    assertThatThrownBy(() -> score(MUTUALITY, input, out, BatchOptions.defaults()))
        .isInstanceOf(FileSystemException.class)
        .hasMessage(blocker + ": is a directory; expected a file to replace or nothing, so no "
            + "output was written");

    assertThat(read(out.resolve("persons.csv"))).isEqualTo(EARLIER_PERSONS);
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrder("persons.csv", "pairwise.csv");
    }
    assertThat(blocker.resolve("keep.txt")).hasContent("x");
  }

  @Test
  void aSuccessfulRunReplacesTheEarlierOutputsAndLeavesNoTemporaryFile() throws IOException {
    Path input = dir.resolve("small.csv");
    Files.writeString(input, "couple,partner," + ITEMS + "\n1,A" + FOURS + "\n1,B" + FOURS
        + "\n");
    Path out = earlierRun();

    score(MUTUALITY, input, out, BatchOptions.defaults());

    assertThat(lines(out.resolve("persons.csv"))).hasSize(3).element(1)
        .isEqualTo("1,A," + SCORES_OF_FOURS);
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder(
          // No perception.csv: the file has no prediction columns (see PerceptionCsvTest).
          "persons.csv", "couples.csv", "pairwise.csv", "errors.csv", "summary.csv");
    }
  }

  private Path earlierRun() throws IOException {
    Path out = dir.resolve("results");
    Files.createDirectories(out);
    Files.writeString(out.resolve("persons.csv"), EARLIER_PERSONS);
    return out;
  }

  private static void assertOnlyTheEarlierRun(Path out) throws IOException {
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(f -> f.getFileName().toString())).as("files left in %s", out)
          .containsExactly("persons.csv");
    }
    assertThat(read(out.resolve("persons.csv"))).isEqualTo(EARLIER_PERSONS);
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      return 0; // moved or deleted meanwhile
    }
  }

  // ---------------------------------------------------------------- (c) privacy

  /**
   * Six items in two scales; answer codes 101 to 107 (point values 1 to 7) and the missing code
   * 199, numbers that no score, count or line number of these files can be.
   */
  private static final String SECRET_DEFINITION = """
      {
        "formatVersion": 1,
        "id": "privacy-fixture",
        "version": "1.0.0",
        "title": { "en": "Privacy test fixture" },
        "license": "CC0-1.0",
        "validated": false,
        "validationNote": { "en": "A test fixture, not a measure." },
        "missingCodes": [{ "code": 199, "reason": "missing" }],
        "responseScales": [{ "id": "coded", "options": [
          { "code": 101, "value": 1 }, { "code": 102, "value": 2 }, { "code": 103, "value": 3 },
          { "code": 104, "value": 4 }, { "code": 105, "value": 5 }, { "code": 106, "value": 6 },
          { "code": 107, "value": 7 }] }],
        "items": [
          { "id": "secretitem1", "responseScale": "coded" },
          { "id": "secretitem2", "responseScale": "coded", "reversed": true },
          { "id": "secretitem3", "responseScale": "coded" },
          { "id": "secretitem4", "responseScale": "coded" },
          { "id": "secretitem5", "responseScale": "coded" },
          { "id": "secretitem6", "responseScale": "coded" }
        ],
        "scales": [
          { "id": "warmth", "name": { "en": "Warmth" },
            "items": ["secretitem1", "secretitem2", "secretitem3"], "method": "mean" },
          { "id": "trust", "name": { "en": "Trust" },
            "items": ["secretitem4", "secretitem5", "secretitem6"], "method": "mean" }
        ]
      }
      """;

  private static final String SECRET_ANSWERS = """
      couple,partner,secretitem1,secretitem2,secretitem3,secretitem4,secretitem5,secretitem6
      1,A,101,107,102,106,103,105
      1,B,107,101,106,102,105,199
      2,A,104,105,101,107,107,102
      2,B,102,103,104,105,106,107
      3,A,106,106,106,101,101,101
      3,B,101,101,101,106,106,106
      4,A,105,,103,102,,104
      """;

  @Test
  void scalesOnlyReportsHoldNoItemIdAndNoAnswerCodeOfEitherPartner() throws IOException {
    Path out = scoreSecrets(Privacy.SCALES_ONLY);

    String reports = read(out.resolve("reports.jsonl"));
    assertThat(lines(out.resolve("reports.jsonl"))).hasSize(3);
    assertThat(reports).doesNotContain("secretitem").contains("\"privacy\":\"scales_only\"");
    JsonContent content = JsonContent.of(reports);
    assertThat(content.strings).noneMatch(s -> s.contains("secretitem"));
    assertThat(content.names).doesNotContain("item", "codeA", "codeB", "valueA", "valueB");
    assertThat(content.numbers).as("numbers in reports.jsonl")
        .noneMatch(OutputSafetyTest::isAnswerCode);
    assertThat(reports).doesNotContainPattern("(?<![0-9.])(10[1-7]|199)(?![0-9])");
  }

  @Test
  void theSameSearchFindsTheAnswersWhenItemsAreShared() throws IOException {
    Path out = scoreSecrets(Privacy.SHARE_ITEMS);

    String reports = read(out.resolve("reports.jsonl"));
    assertThat(reports).contains("secretitem");
    assertThat(JsonContent.of(reports).numbers).anyMatch(OutputSafetyTest::isAnswerCode);
  }

  @Test
  void personsAndCouplesFilesNeverHoldItemIdsOrAnswerCodes() throws IOException {
    for (Privacy privacy : Privacy.values()) {
      Path out = scoreSecrets(privacy);
      for (String file : List.of("persons.csv", "couples.csv", "pairwise.csv")) {
        assertThat(read(out.resolve(file))).as("%s with %s", file, privacy)
            .doesNotContain("secretitem")
            .doesNotContainPattern("(?<![0-9.])(10[1-7]|199)(?![0-9])");
      }
    }
  }

  @Test
  void scoringPrintsNothing() throws IOException {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
    try {
      System.setOut(capture);
      System.setErr(capture);
      scoreSecrets(Privacy.SCALES_ONLY);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  private Path scoreSecrets(Privacy privacy) throws IOException {
    Path definition = dir.resolve("secret.json");
    Files.writeString(definition, SECRET_DEFINITION);
    Path input = dir.resolve("secret.csv");
    Files.writeString(input, SECRET_ANSWERS);
    Path out = dir.resolve("secret-" + privacy);
    BatchSummary summary = score(Questionnaire.load(definition), input, out,
        BatchOptions.builder().privacy(privacy).with(Output.REPORTS).build());
    assertThat(summary.rowsRejected()).isZero();
    assertThat(summary.couplesComplete()).isEqualTo(3);
    return out;
  }

  private static boolean isAnswerCode(String number) {
    Set<String> codes = IntStream.rangeClosed(101, 107).mapToObj(Integer::toString)
        .collect(Collectors.toCollection(TreeSet::new));
    codes.add("199");
    String whole = number.endsWith(".0") ? number.substring(0, number.length() - 2) : number;
    return codes.contains(whole);
  }

  /** Every property name, string value and number (as written) of a JSON Lines text. */
  private record JsonContent(List<String> names, List<String> strings, List<String> numbers) {

    static JsonContent of(String jsonLines) {
      JsonContent content = new JsonContent(new ArrayList<>(), new ArrayList<>(),
          new ArrayList<>());
      JsonFactory factory = JsonFactory.builder().build();
      for (String line : jsonLines.split("\n")) {
        try (JsonParser parser = factory.createParser(ObjectReadContext.empty(), line)) {
          JsonToken token;
          while ((token = parser.nextToken()) != null) {
            if (token == JsonToken.PROPERTY_NAME) {
              content.names.add(parser.currentName());
            } else if (token == JsonToken.VALUE_STRING) {
              content.strings.add(parser.getString());
            } else if (token.isNumeric()) {
              content.numbers.add(parser.getNumberValue().toString());
            }
          }
        }
      }
      return content;
    }
  }
}
