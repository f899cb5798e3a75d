package io.github.dyadscore.report.html;

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
import java.time.LocalDate;

/** The example couple's pages, for the tests and for looking at. */
public final class Samples {

  private Samples() {}

  /** The example couple (examples/alex.json and sam.json) for one audience. */
  public static String page(Audience audience) throws IOException {
    Questionnaire q = Questionnaire.bundled("mutuality-security");
    Answers alex = Answers.fromJson(Files.readString(Path.of("examples/alex.json"),
        StandardCharsets.UTF_8), "alex.json");
    Answers sam = Answers.fromJson(Files.readString(Path.of("examples/sam.json"),
        StandardCharsets.UTF_8), "sam.json");
    ReportOptions options = ReportOptions.builder().audience(audience).names("Alex", "Sam")
        .date(LocalDate.of(2026, 12, 1)).build();
    return HtmlReport.render(ReportView.of(q, alex, sam, options));
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    for (Audience audience : Audience.values()) {
      Files.writeString(dir.resolve(audience.tag() + ".html"), page(audience));
    }
  }
}
