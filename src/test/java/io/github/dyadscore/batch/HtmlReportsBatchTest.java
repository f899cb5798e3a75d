package io.github.dyadscore.batch;

import static io.github.dyadscore.batch.BatchTesting.read;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.report.Audience;
import io.github.dyadscore.report.HtmlReport;
import io.github.dyadscore.report.ReportOptions;
import io.github.dyadscore.report.ReportView;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --html-reports}: one page per complete couple, safe names, an index, atomic. */
class HtmlReportsBatchTest {

  @TempDir Path dir;

  private static final String CSV = """
      couple,partner,c1,c2,c3,c4
      101,A,4,2,5,3
      101,B,2,4,1,5
      ../../x,A,5,1,2,3
      ../../x,B,3,3,3,3
      CON,A,1,2,3,4
      CON,B,4,3,2,1
      <b>&,A,2,2,2,2
      <b>&,B,5,5,5,5
      lonely,A,1,1,1,1
      """;

  private Path run(Audience audience) throws IOException {
    Path input = dir.resolve("study.csv");
    Files.writeString(input, CSV, StandardCharsets.UTF_8);
    Path pages = dir.resolve("pages");
    BatchTesting.score(BatchTesting.definition("mini.json"), input, dir.resolve("out"),
        BatchOptions.builder().reportAudience(audience).htmlReports(pages).build());
    return pages;
  }

  @Test
  void writesOnePageForEachCompleteCoupleUnderASafeNameAndAnIndex() throws IOException {
    Path pages = run(Audience.THERAPIST);

    try (Stream<Path> files = Files.list(pages)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
          "000001-101.html", "000002-______x.html", "000003-CON.html", "000004-_b__.html",
          "index.html");
    }
    try (Stream<Path> all = Files.walk(dir)) {
      assertThat(all.filter(p -> p.getFileName().toString().equals("x.html"))).isEmpty();
    }
    String index = read(pages.resolve("index.html"));
    assertThat(index).contains("<a href=\"000001-101.html\">101</a>",
        "<a href=\"000002-______x.html\">../../x</a>", "<a href=\"000004-_b__.html\">&lt;b&gt;&amp;</a>",
        "4 pages.").doesNotContain("lonely", "<b>&");
  }

  @Test
  void eachPageIsWhatTheLibraryRendersForThatCoupleAndAudience() throws IOException {
    Path pages = run(Audience.PARTNER_A);
    Questionnaire q = BatchTesting.definition("mini.json");

    ReportView view = ReportView.of(q, Answers.of(Map.of("c1", 4, "c2", 2, "c3", 5, "c4", 3)),
        Answers.of(Map.of("c1", 2, "c2", 4, "c3", 1, "c4", 5)),
        ReportOptions.builder().audience(Audience.PARTNER_A).build());
    assertThat(read(pages.resolve("000001-101.html"))).isEqualTo(HtmlReport.render(view));
  }

  @Test
  void aSecondRunReplacesThePagesAndLeavesNoStagingFolder() throws IOException {
    run(Audience.THERAPIST);
    Path pages = run(Audience.COUPLE);

    try (Stream<Path> files = Files.list(pages)) {
      List<String> names = files.map(p -> p.getFileName().toString()).toList();
      assertThat(names).hasSize(5).noneMatch(n -> n.startsWith("."));
    }
    assertThat(read(pages.resolve("index.html"))).contains("for the couple audience");
  }

  @Test
  void pageNamesNeverLeaveTheFolderOrCollide() {
    assertThat(HtmlReportsWriter.pageName(7, "../../etc/passwd"))
        .isEqualTo("000007-______etc_passwd.html");
    assertThat(HtmlReportsWriter.pageName(8, "")).isEqualTo("000008.html");
    assertThat(HtmlReportsWriter.pageName(9, "x".repeat(100))).hasSize(6 + 1 + 40 + 5);
    assertThat(HtmlReportsWriter.pageName(10, "Ünïcødé")).isEqualTo("000010-_n_c_d_.html");
  }
}
