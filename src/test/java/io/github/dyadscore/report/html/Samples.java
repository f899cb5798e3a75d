package io.github.dyadscore.report.html;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.couple.CoupleReport;
import io.github.dyadscore.couple.Privacy;
import io.github.dyadscore.report.html.HtmlInput.Reader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The example couple's pages, for the tests and for looking at. */
public final class Samples {

  private Samples() {}

  public static String page(Reader reader) throws IOException {
    Questionnaire q = Questionnaire.bundled("mutuality-security");
    Answers alex = Answers.fromJson(Files.readString(Path.of("examples/alex.json"),
        StandardCharsets.UTF_8), "alex.json");
    Answers sam = Answers.fromJson(Files.readString(Path.of("examples/sam.json"),
        StandardCharsets.UTF_8), "sam.json");
    CoupleReport report = q.compare(alex, sam,
        reader == Reader.THERAPIST ? Privacy.SHARE_ITEMS : Privacy.SCALES_ONLY);
    return HtmlRenderer.render(new HtmlInput(q.definition(), report, reader, "en", "Alex",
        "Sam", "1 December 2026"));
  }

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[0]);
    Files.createDirectories(dir);
    for (Reader reader : Reader.values()) {
      Files.writeString(dir.resolve(reader.name().toLowerCase() + ".html"), page(reader));
    }
  }
}
