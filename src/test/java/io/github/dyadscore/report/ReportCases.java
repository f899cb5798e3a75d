package io.github.dyadscore.report;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.TestQuestionnaires;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The couples the golden files show: the bundled examples and the edge couples of issue 9. */
final class ReportCases {

  private ReportCases() {}

  /**
   * One couple with the options every audience's report starts from.
   *
   * @param name the folder of its golden files
   * @param what what the case is there to show
   */
  record Case(String name, String what, Questionnaire questionnaire, Answers a, Answers b,
      ReportOptions options, List<Audience> audiences) {

    ReportView view(Audience audience) {
      return ReportView.of(questionnaire, a, b, options.toBuilder().audience(audience).build());
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static final List<Audience> ALL = List.of(Audience.values());

  static List<Case> all() {
    Questionnaire ms = Questionnaire.bundled("mutuality-security");
    Questionnaire csi = Questionnaire.bundled("csi-4");
    Questionnaire tiny = TestQuestionnaires.tiny();
    Answers alex = read("examples/alex.json");
    Answers sam = read("examples/sam.json");
    ReportOptions named = ReportOptions.builder().names("Alex", "Sam")
        .date(LocalDate.of(2026, 3, 1)).build();
    return List.of(
        new Case("example", "the bundled example couple, with a composite", ms, alex, sam,
            named, ALL),
        new Case("example-de", "the example couple in German: item texts fall back to English",
            ms, alex, sam, named.toBuilder().language("de").build(), ALL),
        new Case("example-agreed", "the couple reads together and both agreed to share items",
            ms, alex, sam, named.toBuilder().bothPartnersAgreedToShareItems().build(),
            List.of(Audience.COUPLE)),
        new Case("example-scales-only", "the caller asked for scales only", ms, alex, sam,
            named.toBuilder().privacy(io.github.dyadscore.couple.Privacy.SCALES_ONLY).build(),
            ALL),
        new Case("csi-4", "a published scoring key with cut-off bands", csi,
            answers("{\"csi1\": 5, \"csi2\": 4, \"csi3\": 4, \"csi4\": 5}"),
            answers("{\"csi1\": 2, \"csi2\": 3, \"csi3\": 2, \"csi4\": 3}"),
            ReportOptions.defaults(), ALL),
        new Case("norms", "reliability, norms and bands: a reliable and a within-error verdict",
            tiny, answers("{\"p1\": 5, \"p2\": 5, \"p3\": 1, \"p4\": 4, \"q1\": 3, \"q2\": 4}"),
            answers("{\"p1\": 2, \"p2\": 1, \"p3\": 4, \"p4\": 2, \"q1\": 3, \"q2\": 3}"),
            ReportOptions.defaults(), ALL),
        new Case("norms-close", "reliability and norms: a difference within measurement error",
            tiny, answers("{\"p1\": 4, \"p2\": 4, \"p3\": 2, \"p4\": 4, \"q1\": 3, \"q2\": 4}"),
            answers("{\"p1\": 4, \"p2\": 3, \"p3\": 2, \"p4\": 4, \"q1\": 4, \"q2\": 4}"),
            ReportOptions.defaults(), ALL),
        new Case("too-few", "partner B answered too few items for two scales", tiny,
            answers("{\"p1\": 4, \"p2\": 5, \"p3\": 2, \"p4\": 4, \"q1\": 5, \"q2\": 4}"),
            answers("{\"p1\": 3, \"p2\": 9, \"q1\": 2}"),
            ReportOptions.defaults(), ALL),
        new Case("no-shared", "the partners answered no item in common", tiny,
            answers("{\"p1\": 4, \"p2\": 5, \"q1\": 5}"),
            answers("{\"p3\": 2, \"p4\": 4, \"q2\": 3}"),
            ReportOptions.defaults(), ALL));
  }

  static Answers answers(String json) {
    return Answers.fromJson(json, "<test>");
  }

  static Answers read(String file) {
    try {
      return Answers.fromJson(Files.readString(Path.of(file)), file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
