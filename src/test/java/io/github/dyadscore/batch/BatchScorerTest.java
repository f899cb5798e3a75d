package io.github.dyadscore.batch;

import static io.github.dyadscore.batch.BatchTesting.definition;
import static io.github.dyadscore.batch.BatchTesting.lines;
import static io.github.dyadscore.batch.BatchTesting.read;
import static io.github.dyadscore.batch.BatchTesting.resource;
import static io.github.dyadscore.batch.BatchTesting.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.batch.BatchOptions.Delimiter;
import io.github.dyadscore.batch.BatchOptions.Layout;
import io.github.dyadscore.batch.BatchOptions.Output;
import io.github.dyadscore.couple.Privacy;
import io.github.dyadscore.internal.DyadscoreVersion;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchScorerTest {

  private static final Questionnaire MINI = definition("mini.json");
  private static final BatchOptions WITH_EVERYTHING = BatchOptions.builder()
      .passThrough(List.of("wave")).with(Output.ITEM_DIVERGENCES).with(Output.REPORTS)
      .with(Output.PROFILE_ANATOMY).with(Output.WITHIN_COUPLE_AGREEMENT).build();

  @TempDir Path dir;

  private Path longOut() throws IOException {
    Path out = dir.resolve("long");
    score(MINI, resource("batch/mini-long.csv"), out, WITH_EVERYTHING);
    return out;
  }

  // ------------------------------------------------------------------ layouts

  @Test
  void longAndWideLayoutsGiveIdenticalPersonsCouplesAndPairwiseFiles() throws IOException {
    Path wide = dir.resolve("wide");
    BatchSummary w = score(MINI, resource("batch/mini-wide.csv"), wide, WITH_EVERYTHING);
    Path lng = longOut();
    assertThat(w.layout()).isEqualTo(Layout.WIDE);
    for (String file : List.of("persons.csv", "couples.csv", "pairwise.csv",
        "item-divergences.csv", "reports.jsonl")) {
      assertThat(read(wide.resolve(file))).as(file).isEqualTo(read(lng.resolve(file)));
    }
  }

  @Test
  void layoutIsDetectedFromTheHeaderAndCanBeForced() throws IOException {
    BatchSummary summary = score(MINI, resource("batch/mini-long.csv"), dir.resolve("a"),
        BatchOptions.defaults());
    assertThat(summary.layout()).isEqualTo(Layout.LONG);
    assertThatThrownBy(() -> score(MINI, resource("batch/mini-long.csv"), dir.resolve("b"),
        BatchOptions.builder().layout(Layout.WIDE).build()))
        .isInstanceOf(BatchInputException.class)
        .hasMessage("mini-long.csv:1: the header lacks 4 item column(s) [A_c1, A_c2, A_c3, A_c4]; "
            + "every item of the questionnaire needs a column (leave its cells empty for items "
            + "nobody answered)");
  }

  // ------------------------------------------------------------------ every output

  @Test
  void personsFileHasScoreAnsweredStatusAndNormColumnsOnlyWhereTheDefinitionHasNorms()
      throws IOException {
    List<String> persons = lines(longOut().resolve("persons.csv"));
    assertThat(persons).containsExactly(
        "couple,partner,wave,close,close_answered,close_status,total,total_answered,"
            + "total_status,total_z,total_t,total_percentile,total_band",
        // c1 4, c2 2 reversed = 1 + 5 - 2 = 4, c3 5, c4 3: close (4 + 4) / 2, total 16 / 4;
        // z = (4 - 3) / 1, T = 50 + 10 z, percentile 100 Phi(1)
        "1,A,1,4,2,scored,4,4,scored,1,60,84.1344746068543,high",
        // c1 2, c2 4 -> 2, c3 1, c4 empty: total 5 / 3 of 3 answered
        "1,B,1,2,2,scored,1.66666666666667,3,scored,-1.33333333333333,36.6666666666667,"
            + "9.1211219725868,low",
        // c3 NA and c4 the missing code -9: 2 answered, below total's minimum of 3
        "2,A,1,5,2,scored,NA,2,too_few_answers,NA,NA,NA,NA",
        "2,B,1,3,2,scored,3,4,scored,0,50,50,high",
        "3,A,2,1,1,scored,NA,1,too_few_answers,NA,NA,NA,NA");
  }

  @Test
  void couplesFileHasOneDyadRowPerCoupleWithNaForAnAbsentPartner() throws IOException {
    List<String> couples = lines(longOut().resolve("couples.csv"));
    assertThat(couples).containsExactly(
        "couple,partners,wave_A,wave_B,close_A,close_B,close_diff,close_absdiff,close_mean,"
            + "close_reliable,close_pca,close_rwg,total_A,total_B,total_diff,total_absdiff,"
            + "total_mean,total_reliable,total_pca,total_rwg,profile_r,profile_mad,profile_items,"
            + "profile_d2,profile_d,profile_elevation,profile_scatter,profile_shape",
        // total: 4 - 5/3 = 2.33 > 1.96 * 1 * sqrt(2) * sqrt(1 - 0.8) = 1.2396: reliable.
        // No item favourable (> 3) for both: PCA 0. close: keyed (4, 4) against (2, 2), item
        // variances 2 = sigma^2 of a 1-5 scale: r_wg(J) 0; total: B left c4 open, NA.
        // Keyed profiles (4, 4, 5) and (2, 2, 1): r = -1, mean |a - b| = (2 + 2 + 4) / 3,
        // D^2 = 4 + 4 + 16 = 24 = elevation 3 (8/3)^2 + scatter 0 + shape 2 (2/3 + 2/3).
        "1,2,1,1,4,2,2,2,3,NA,0,0,4,1.66666666666667,2.33333333333333,2.33333333333333,"
            + "2.83333333333333,TRUE,0,NA,-1,2.66666666666667,3,24,4.89897948556636,"
            + "21.3333333333333,0,2.66666666666667",
        "2,2,1,1,5,3,2,2,4,NA,0,0,NA,3,NA,NA,NA,NA,0,NA,NA,2,2,8,2.82842712474619,8,0,0",
        "3,1,2,NA,1,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA");
  }

  @Test
  void theDefaultCouplesFileLeavesOutRwgAndTheProfileAnatomy() throws IOException {
    Path out = dir.resolve("default");
    score(MINI, resource("batch/mini-long.csv"), out, BatchOptions.defaults());
    assertThat(lines(out.resolve("couples.csv"))).startsWith(
        "couple,partners,close_A,close_B,close_diff,close_absdiff,close_mean,close_reliable,"
            + "close_pca,total_A,total_B,total_diff,total_absdiff,total_mean,total_reliable,"
            + "total_pca,profile_r,profile_mad,profile_items",
        "1,2,4,2,2,2,3,NA,0,4,1.66666666666667,2.33333333333333,2.33333333333333,"
            + "2.83333333333333,TRUE,0,-1,2.66666666666667,3",
        "2,2,5,3,2,2,4,NA,0,NA,3,NA,NA,NA,NA,0,NA,2,2",
        "3,1,1,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA");
  }

  @Test
  void pairwiseFileHasTwoActorPartnerRowsPerCompleteCouple() throws IOException {
    assertThat(lines(longOut().resolve("pairwise.csv"))).containsExactly(
        "couple,role,wave,close_actor,close_partner,total_actor,total_partner",
        "1,A,1,4,2,4,1.66666666666667",
        "1,B,1,2,4,1.66666666666667,4",
        "2,A,1,5,3,NA,3",
        "2,B,1,3,5,3,NA");
  }

  @Test
  void itemDivergencesFileListsItemsBothAnsweredInLongForm() throws IOException {
    assertThat(lines(longOut().resolve("item-divergences.csv"))).containsExactly(
        "couple,item,code_A,code_B,value_A,value_B,difference,agreement,divergent",
        "1,c1,4,2,4,2,2,disagreement,TRUE",
        "1,c2,2,4,4,2,2,disagreement,TRUE",
        "1,c3,5,1,5,1,4,disagreement,TRUE",
        "2,c1,5,3,5,3,2,disagreement,TRUE",
        "2,c2,1,3,5,3,2,disagreement,TRUE");
  }

  @Test
  void reportsFileHasOneJsonCoupleReportPerLineWithNullForNaN() throws IOException {
    List<String> reports = lines(longOut().resolve("reports.jsonl"));
    assertThat(reports).hasSize(2);
    assertThat(reports.get(0)).startsWith("{\"couple\":\"1\",\"reportFormat\":2,\"dyadscore\":")
        .contains("\"questionnaire\":{\"id\":\"mini\",\"version\":\"1.0.0\"")
        .contains("\"audience\":\"therapist\"")
        .contains("\"privacy\":\"share_items\"")
        .contains("{\"id\":\"close\",\"name\":")
        .contains("\"a\":{\"status\":\"scored\",\"value\":4.0,\"answered\":2,\"missing\":0")
        .contains("\"verdict\":\"reliable\"")
        .contains("\"profile\":{\"itemsUsed\":3,\"correlation\":-1.0,"
            + "\"meanAbsoluteDifference\":2.6666666666666665,\"distance\":{\"squared\":24.0,")
        // gaps 2, 2 and 4: D^2 = 4 + 4 + 16; elevation 3 (13/3 - 5/3)^2 = 64/3
        .contains("\"elevation\":21.333333333333332,\"scatter\":0.0,")
        .endsWith("\"divergentItems\":[\"c3\",\"c1\",\"c2\"]}");
    assertThat(reports.get(1)).contains("\"status\":\"too_few_answers\",\"value\":null,");
  }

  @Test
  void reportsFileIsWrittenForTheAudienceAsked() throws IOException {
    Path out = dir.resolve("partner");
    score(MINI, resource("batch/mini-long.csv"), out, WITH_EVERYTHING.toBuilder()
        .reportAudience(io.github.dyadscore.report.Audience.PARTNER_B).build());
    String reports = read(out.resolve("reports.jsonl"));
    assertThat(reports).contains("\"audience\":\"partner-b\"")
        .contains("\"itemDetail\":\"own_answers\"").contains("\"items\":[]")
        .contains("\"answers\":{\"a\":[],\"b\":[{\"item\":").doesNotContain("codeA");
  }

  @Test
  void errorsAndSummaryFilesAreAlwaysWritten() throws IOException {
    Path out = longOut();
    assertThat(lines(out.resolve("errors.csv")))
        .containsExactly("line,couple,partner,column,reason");
    assertThat(lines(out.resolve("summary.csv"))).containsExactly(
        "questionnaire,questionnaire_version,dyadscore_version,layout,imputation,rows_read,"
            + "persons_scored,couples_complete,couples_with_one_partner,rows_rejected",
        "mini,1.0.0," + DyadscoreVersion.get() + ",long,none,5,5,2,1,0");
    assertThat(DyadscoreVersion.get()).as("the version Maven filtered into the jar")
        .matches("\\d+\\.\\d+\\.\\d+.*");
  }

  @Test
  void optionalOutputsAreNotWrittenUnlessAsked() throws IOException {
    Path out = dir.resolve("plain");
    score(MINI, resource("batch/mini-long.csv"), out, BatchOptions.defaults());
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly(
          "couples.csv", "errors.csv", "pairwise.csv", "persons.csv", "summary.csv");
    }
  }

  @Test
  void scalesOnlyReportsCarryNoItemAnswers() throws IOException {
    Path out = dir.resolve("private");
    score(MINI, resource("batch/mini-long.csv"), out,
        BatchOptions.builder().privacy(Privacy.SCALES_ONLY).with(Output.REPORTS).build());
    assertThat(read(out.resolve("reports.jsonl"))).contains("\"items\":[]")
        .doesNotContain("codeA").contains("\"privacy\":\"scales_only\"");
  }

  // ------------------------------------------------------------------ bad rows

  @Test
  void everyRejectedRowIsInErrorsWithItsLineAndTheCountsAddUp() throws IOException {
    Path out = dir.resolve("bad");
    BatchSummary s = score(MINI, resource("batch/bad-rows.csv"), out, BatchOptions.defaults());
    assertThat(s).isEqualTo(new BatchSummary(Layout.LONG, 15, 5, 1, 3, 10));
    assertThat(s.rowsRead()).isEqualTo(s.personsScored() + s.rowsRejected());
    assertThat(s.personsScored())
        .isEqualTo(2 * s.couplesComplete() + s.couplesWithOnePartner());
    assertThat(lines(out.resolve("errors.csv"))).containsExactly(
        "line,couple,partner,column,reason",
        "3,1,B,,\"the row has 5 fields; expected 6 as in the header (check for a stray "
            + "delimiter, a decimal comma or an unquoted text)\"",
        "5,2,B,c2,\"item 'c2': 'x' is not a number; expected a whole-number answer code or a "
            + "missing-value token ['', 'NA', '.']\"",
        "6,2,B,partner,third partner row for couple '2' (partners A on line 4 and B on line 5; "
            + "this row says B again); expected at most two rows per couple",
        "7,3,A,c2,\"item 'c2': '3,5' is a decimal number (decimal comma); expected a "
            + "whole-number answer code\"",
        "8,3,B,c1,item 'c1': the code is not a valid answer; expected a code from 1 to 5 or a missing "
            + "code [-9] (response scale 'five')",
        "9,4,C,partner,unknown partner label 'C' in column 'partner'; expected A or B",
        "12,4,A,partner,third partner row for couple '4' (partners A on line 10 and B on line "
            + "11; this row says A again); expected at most two rows per couple",
        "13,1,A,couple,couple '1' already appeared in rows starting on line 2; a couple's rows "
            + "must be adjacent (sort the file by couple id)",
        "14,,A,couple,empty couple id in column 'couple'; expected an id",
        "16,5,A,partner,duplicate person: partner A of couple '5' already on line 15; expected "
            + "one row per partner");
    assertThat(lines(out.resolve("persons.csv"))).extracting(l -> l.substring(0, 3))
        .containsExactly("cou", "1,A", "2,A", "4,A", "4,B", "5,A");
    assertThat(lines(out.resolve("summary.csv")).get(1))
        .isEqualTo("mini,1.0.0," + DyadscoreVersion.get() + ",long,none,15,5,1,3,10");
  }

  @Test
  void wideRowsWithABadCellAreRejectedWholeAndAbsentPartnersCounted() throws IOException {
    Path input = dir.resolve("wide.csv");
    Files.writeString(input, "couple,A_c1,A_c2,A_c3,A_c4,B_c1,B_c2,B_c3,B_c4\n"
        + "1,4,2,5,3,2,4,1,\n"
        + "2,5,1,3,3,,,,\n"
        + "3,5,1,3,3,3,3,3,0\n"
        + "4,,,,,NA,.,,\n");
    Path out = dir.resolve("out");
    BatchSummary s = score(MINI, input, out, BatchOptions.defaults());
    assertThat(s).isEqualTo(new BatchSummary(Layout.WIDE, 4, 3, 1, 1, 2));
    assertThat(s.rowsRead())
        .isEqualTo(s.couplesComplete() + s.couplesWithOnePartner() + s.rowsRejected());
    assertThat(lines(out.resolve("errors.csv"))).containsExactly(
        "line,couple,partner,column,reason",
        "4,3,B,B_c4,item 'c4': the code is not a valid answer; expected a code from 1 to 5 or a "
            + "missing code [-9] (response scale 'five')",
        "5,4,,,no answer for either partner: every item cell is empty or a missing-value token");
  }

  @Test
  void invalidUtf8RejectsTheFileWithTheLineOfTheBadByteAndLeavesNoFiles() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("couple,partner,c1,c2,c3,c4\n1,A,4,2,5,3\n".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes(new byte[] {'1', ',', 'B', ',', (byte) 0xE9, ',', '2', ',', '3', ',', '\n'});
    Path input = dir.resolve("latin1.csv");
    Files.write(input, bytes.toByteArray());
    Path out = dir.resolve("out");
    assertThatThrownBy(() -> score(MINI, input, out, BatchOptions.defaults()))
        .isInstanceOf(BatchInputException.class)
        .hasMessageStartingWith("latin1.csv:3: the file is not valid UTF-8")
        .extracting(e -> ((BatchInputException) e).line()).isEqualTo(3L);
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void unclosedQuoteRejectsTheFileWithALine() throws IOException {
    Path input = dir.resolve("quote.csv");
    Files.writeString(input, "couple,partner,c1,c2,c3,c4\n1,A,4,2,5,3\n1,B,\"4,2,5,3\n");
    assertThatThrownBy(() -> score(MINI, input, dir.resolve("out"), BatchOptions.defaults()))
        .isInstanceOf(BatchInputException.class)
        .hasMessageContaining("quote.csv:").hasMessageContaining("malformed CSV");
  }

  @Test
  void headerWithoutCoupleColumnNamesTheOption() throws IOException {
    Path input = dir.resolve("nocouple.csv");
    Files.writeString(input, "id,partner,c1,c2,c3,c4\n1,A,4,2,5,3\n");
    assertThatThrownBy(() -> score(MINI, input, dir.resolve("out"), BatchOptions.defaults()))
        .isInstanceOf(BatchInputException.class)
        .hasMessage("nocouple.csv:1: no couple id column 'couple' in the header "
            + "[id, partner, c1, c2, c3, c4]; name it with --couple-column");
  }

  @Test
  void emptyFileIsRejected() throws IOException {
    Path input = dir.resolve("empty.csv");
    Files.writeString(input, "");
    assertThatThrownBy(() -> score(MINI, input, dir.resolve("out"), BatchOptions.defaults()))
        .isInstanceOf(BatchInputException.class)
        .hasMessage("empty.csv: the file is empty; expected a header row with the column names");
  }

  // ------------------------------------------------------------------ encodings and locales

  @Test
  void numbersUseAPointUnderADecimalCommaLocale() throws IOException {
    Path root = longOut();
    Locale previous = Locale.getDefault();
    Path german = dir.resolve("german");
    try {
      Locale.setDefault(Locale.GERMANY);
      score(MINI, resource("batch/mini-long.csv"), german, WITH_EVERYTHING);
    } finally {
      Locale.setDefault(previous);
    }
    assertThat(read(german.resolve("persons.csv"))).contains("1.66666666666667")
        .isEqualTo(read(root.resolve("persons.csv")));
    assertThat(read(german.resolve("couples.csv"))).isEqualTo(read(root.resolve("couples.csv")));
    assertThat(read(german.resolve("reports.jsonl")))
        .isEqualTo(read(root.resolve("reports.jsonl")));
  }

  @Test
  void byteOrderMarkIsSkipped() throws IOException {
    Path input = dir.resolve("bom.csv");
    Files.writeString(input, "\uFEFF" + read(resource("batch/mini-long.csv")));
    Path out = dir.resolve("bom");
    score(MINI, input, out, WITH_EVERYTHING);
    assertThat(read(out.resolve("persons.csv"))).isEqualTo(read(longOut().resolve("persons.csv")));
  }

  @Test
  void semicolonAndTabDelimitersAreDetectedOrGiven() throws IOException {
    String comma = read(resource("batch/mini-long.csv"));
    String expected = read(longOut().resolve("persons.csv"));
    for (String delimiter : List.of(";", "\t")) {
      Path input = dir.resolve("d" + (int) delimiter.charAt(0) + ".csv");
      Files.writeString(input, comma.replace(",", delimiter));
      Path detected = dir.resolve("detected" + (int) delimiter.charAt(0));
      score(MINI, input, detected, WITH_EVERYTHING);
      assertThat(read(detected.resolve("persons.csv"))).isEqualTo(expected);
      Path given = dir.resolve("given" + (int) delimiter.charAt(0));
      score(MINI, input, given, WITH_EVERYTHING.toBuilder()
          .delimiter(delimiter.equals(";") ? Delimiter.SEMICOLON : Delimiter.TAB).build());
      assertThat(read(given.resolve("persons.csv"))).isEqualTo(expected);
    }
  }

  @Test
  void textThatASpreadsheetWouldRunIsDefusedWhileNumbersStayNumbers() throws IOException {
    Path input = dir.resolve("formula.csv");
    Files.writeString(input, "couple,partner,note,c1,c2,c3,c4\n"
        + "=HYPERLINK(\"http://x\"),A,-3,4,2,5,3\n"
        + "@SUM(A1),A,+1 555,4,2,5,3\n"
        + "-5,A,\"a,b\",4,2,5,3\n");
    Path out = dir.resolve("out");
    score(MINI, input, out, BatchOptions.builder().passThrough(List.of("note")).build());
    List<String> persons = lines(out.resolve("persons.csv"));
    assertThat(persons.get(1)).startsWith("\"'=HYPERLINK(\"\"http://x\"\")\",A,-3,4,");
    assertThat(persons.get(2)).startsWith("'@SUM(A1),A,'+1 555,4,");
    assertThat(persons.get(3)).startsWith("-5,A,\"a,b\",4,");
  }

  @Test
  void windowsLineEndsAndQuotedCellsWithLineBreaksAreRead() throws IOException {
    Path input = dir.resolve("crlf.csv");
    Files.writeString(input, read(resource("batch/mini-long.csv")).replace("\n", "\r\n")
        .replace("1,A,1,", "1,A,\"1\n(first wave)\",").replace("2,A,1,", "2,A,1 ,"));
    Path out = dir.resolve("crlf");
    score(MINI, input, out, WITH_EVERYTHING);
    List<String> persons = lines(out.resolve("persons.csv"));
    assertThat(persons.get(1)).startsWith("1,A,\"1");
    assertThat(persons.get(2)).isEqualTo("(first wave)\",4,2,scored,4,4,scored,1,60,"
        + "84.1344746068543,high");
    assertThat(lines(out.resolve("errors.csv"))).hasSize(1);
    assertThat(lines(out.resolve("summary.csv")).get(1)).endsWith(",5,5,2,1,0");
  }

  @Test
  void missingValueTokensCanBeReplaced() throws IOException {
    Path input = dir.resolve("tokens.csv");
    Files.writeString(input, "couple,partner,c1,c2,c3,c4\n1,A,4,x,5,3\n1,B,2,4,1,NA\n");
    Path out = dir.resolve("tokens");
    BatchSummary s = score(MINI, input, out,
        BatchOptions.builder().missingTokens(List.of("", "x")).build());
    assertThat(s.rowsRejected()).isEqualTo(1);
    assertThat(lines(out.resolve("persons.csv")).get(1)).startsWith("1,A,4,1,scored,4,3,");
    assertThat(lines(out.resolve("errors.csv")).get(1))
        .contains("'NA' is not a number; expected a whole-number answer code or a "
            + "missing-value token ['', 'x']");
  }

  @Test
  void anItemColumnPassedThroughIsScoredAndCopiedAsWritten() throws IOException {
    Path input = dir.resolve("item-passed.csv");
    Files.writeString(input, "couple,partner,c1,c2,c3,c4\n1,A, 4.0 ,2,5,3\n");
    Path out = dir.resolve("item-passed");
    score(MINI, input, out, BatchOptions.builder().passThrough(List.of("c1")).build());
    assertThat(lines(out.resolve("persons.csv")).get(1)).startsWith("1,A, 4.0 ,4,2,scored,4,4,");
  }

  @Test
  void progressIsReportedOnTheCallingThreadAndEndsComplete() throws IOException {
    List<ProgressListener.Progress> seen = new ArrayList<>();
    Thread caller = Thread.currentThread();
    new BatchScorer(MINI, BatchOptions.builder().imputation(BatchOptions.Imputation.MEDIAN)
        .build()).run(resource("batch/mini-long.csv"), dir.resolve("p"), p -> {
          assertThat(Thread.currentThread()).isSameAs(caller);
          seen.add(p);
        });
    assertThat(seen).isNotEmpty();
    ProgressListener.Progress last = seen.get(seen.size() - 1);
    assertThat(last.pass()).isEqualTo(2);
    assertThat(last.passes()).isEqualTo(2);
    assertThat(last.rowsRead()).isEqualTo(5);
    assertThat(last.fraction()).isEqualTo(1.0);
  }

  @Test
  void optionsRejectContradictions() {
    assertThatThrownBy(() -> BatchOptions.builder().partnerLabels("A", "A").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("both partner labels are 'A'; expected two different labels such as A and B");
    assertThatThrownBy(() -> BatchOptions.builder().prefixes("A", "AB").build())
        .hasMessageContaining("ambiguous");
    assertThatThrownBy(() -> BatchOptions.builder().threads(0).build())
        .hasMessageStartingWith("threads is 0; expected 1 to 256 (this machine has ");
    assertThatThrownBy(() -> BatchOptions.builder().threads(257).build())
        .hasMessageStartingWith("threads is 257; expected 1 to 256");
    assertThatThrownBy(() -> BatchOptions.builder().passThrough(List.of("couple")).build())
        .hasMessageContaining("is the couple or partner column");
  }

  // ------------------------------------------------------------------ streaming and threads

  @Test
  void outputsAreByteIdenticalForOneAndTwoThreads() throws IOException {
    Path input = dir.resolve("big.csv");
    writeSyntheticLongFile(input, 3000);
    Questionnaire q = Questionnaire.bundled("mutuality-security");
    BatchOptions options = BatchOptions.builder().with(Output.ITEM_DIVERGENCES)
        .with(Output.REPORTS).build();
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    BatchSummary s1 = score(q, input, one, options.toBuilder().threads(1).build());
    BatchSummary s2 = score(q, input, two, options.toBuilder().threads(2).build());
    assertThat(s2).isEqualTo(s1);
    assertThat(s1.rowsRejected()).isPositive();
    assertThat(s1.couplesWithOnePartner()).isPositive();
    for (String file : List.of("persons.csv", "couples.csv", "pairwise.csv",
        "item-divergences.csv", "errors.csv", "summary.csv", "reports.jsonl")) {
      assertThat(Files.mismatch(one.resolve(file), two.resolve(file))).as(file).isEqualTo(-1L);
    }
  }

  @Test
  void aCoupleIdSeenAgainLaterIsRejectedAsNotAdjacent() throws IOException {
    Path input = dir.resolve("split.csv");
    Files.writeString(input, "couple,partner,c1,c2,c3,c4\n1,A,4,2,5,3\n2,A,4,2,5,3\n"
        + "1,B,4,2,5,3\n");
    Path out = dir.resolve("out");
    BatchSummary s = score(MINI, input, out, BatchOptions.defaults());
    assertThat(s).isEqualTo(new BatchSummary(Layout.LONG, 3, 2, 0, 2, 1));
    assertThat(lines(out.resolve("errors.csv")).get(1)).startsWith("4,1,B,couple,couple '1' "
        + "already appeared in rows starting on line 2");
  }

  @Test
  void aLongRunOfOneCoupleIdIsRejectedRowByRowWithBoundedMemory() throws IOException {
    StringBuilder b = new StringBuilder("couple,partner,c1,c2,c3,c4\n");
    for (int i = 0; i < 20; i++) {
      b.append(i % 2 == 0 ? "1,A" : "1,B").append(",4,2,5,3\n");
    }
    Path input = dir.resolve("run.csv");
    Files.writeString(input, b);
    Path out = dir.resolve("out");
    BatchSummary s = score(MINI, input, out, BatchOptions.defaults());
    assertThat(s).isEqualTo(new BatchSummary(Layout.LONG, 20, 2, 1, 0, 18));
    List<String> errors = lines(out.resolve("errors.csv"));
    assertThat(errors).hasSize(19);
    assertThat(errors.get(1)).startsWith("4,1,A,partner,third partner row");
    assertThat(errors.get(15)).isEqualTo("18,1,A,couple,more than 16 adjacent rows for couple "
        + "'1'; expected at most two rows per couple");
  }

  /** Couples with random answers, every 97th row with an invalid code, every 101st alone. */
  static void writeSyntheticLongFile(Path file, int couples) throws IOException {
    StringBuilder b = new StringBuilder("couple,partner");
    List<String> items = new ArrayList<>();
    for (int i = 1; i <= 14; i++) {
      items.add("m" + i);
    }
    for (int i = 1; i <= 14; i++) {
      items.add("s" + i);
    }
    items.forEach(id -> b.append(',').append(id));
    b.append('\n');
    java.util.Random random = new java.util.Random(42);
    int row = 0;
    for (int c = 1; c <= couples; c++) {
      for (String partner : c % 101 == 0 ? List.of("A") : List.of("A", "B")) {
        row++;
        b.append(c).append(',').append(partner);
        for (int i = 0; i < items.size(); i++) {
          int roll = random.nextInt(20);
          b.append(',');
          if (row % 97 == 0 && i == 3) {
            b.append(8);
          } else if (roll == 0) {
            b.append("");
          } else if (roll == 1) {
            b.append(-99);
          } else {
            b.append(1 + random.nextInt(7));
          }
        }
        b.append('\n');
      }
    }
    Files.writeString(file, b);
  }
}
