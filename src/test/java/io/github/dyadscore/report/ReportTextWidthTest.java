package io.github.dyadscore.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property: every line of a text report is at most 80 code points, for random questionnaires,
 * couples, names, languages, audiences and privacy (seeded, so a failure names its seed).
 */
class ReportTextWidthTest {

  @Test
  void everyLineOfEveryRandomReportFitsEightyColumns() {
    for (long seed = 1; seed <= 200; seed++) {
      ReportView view = RandomReports.view(new Random(seed));
      String text = ReportText.render(view);
      assertThat(text).as("seed %d", seed).endsWith("\n").doesNotContain("\r");
      for (String line : text.split("\n", -1)) {
        assertThat(line.codePointCount(0, line.length())).as("seed %d: %s", seed, line)
            .isLessThanOrEqualTo(ReportText.WIDTH);
        assertThat(line).as("seed %d", seed).doesNotEndWith(" ");
      }
    }
  }

  @Test
  void wrappingKeepsWholeWordsAndCutsOnlyWordsLongerThanALine() {
    List<String> lines = new ArrayList<>();
    String word = "x".repeat(100);
    ReportText.wrap("one two " + word + " three", 2, 4, lines);
    assertThat(lines).containsExactly("  one two", "    " + "x".repeat(76),
        "    " + "x".repeat(24) + " three");
    lines.clear();
    ReportText.wrap("a\tb\nc  d", 0, 0, lines);
    assertThat(lines).containsExactly("a b c d");
  }

  @Test
  void everyLanguageHasEveryPhrase() {
    assertThat(Words.all().keySet()).containsExactlyInAnyOrderElementsOf(ReportOptions.languages());
    for (String language : ReportOptions.languages()) {
      assertThat(Words.all().get(language).keySet()).as(language)
          .isEqualTo(Words.all().get("en").keySet());
    }
  }
}
