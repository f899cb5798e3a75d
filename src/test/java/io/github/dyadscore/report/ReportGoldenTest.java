package io.github.dyadscore.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every audience's report of every case in {@link ReportCases}, as text and as JSON, equals its
 * golden file under {@code src/test/resources/report/golden/CASE/AUDIENCE.txt|json}. The
 * dyadscore version is written as {@code @VERSION@}. After a deliberate change, regenerate with
 * {@code mvn test -Dtest=ReportGoldenTest -Ddyadscore.updateGolden=true} and read the diff.
 */
class ReportGoldenTest {

  static final Path GOLDEN = Path.of("src/test/resources/report/golden");

  static Stream<Arguments> reports() {
    List<Arguments> all = new ArrayList<>();
    for (ReportCases.Case c : ReportCases.all()) {
      for (Audience audience : c.audiences()) {
        for (String format : List.of("txt", "json")) {
          all.add(Arguments.of(Named.of(c.name() + "/" + audience.tag() + "." + format,
              new Object[] {c, audience, format})));
        }
      }
    }
    return all.stream();
  }

  static String render(ReportView view, String format) {
    String text = format.equals("txt") ? ReportText.render(view)
        : ReportJson.toPrettyJson(view) + "\n";
    return text.replace(ReportView.dyadscoreVersion(), "@VERSION@");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("reports")
  void reportEqualsItsGoldenFile(Object[] args) throws IOException {
    ReportCases.Case c = (ReportCases.Case) args[0];
    Audience audience = (Audience) args[1];
    String format = (String) args[2];
    String actual = render(c.view(audience), format);
    Path file = GOLDEN.resolve(c.name()).resolve(audience.tag() + "." + format);
    if (Boolean.getBoolean("dyadscore.updateGolden")) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
