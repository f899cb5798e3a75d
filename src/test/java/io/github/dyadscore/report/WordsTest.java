package io.github.dyadscore.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.dyadscore.Questionnaire;
import org.junit.jupiter.api.Test;

class WordsTest {

  @Test
  void fillsEachPlaceholderWithItsArgument() {
    assertThat(Words.fill("{1} before {0}, {0} again", "A", "B")).isEqualTo("B before A, A again");
  }

  @Test
  void anArgumentThatHoldsAPlaceholderStaysAsItIs() {
    // Filled one after another, "{1}" in the first argument took the second.
    assertThat(Words.fill("{0} and {1}", "Alex {1}", "Sam")).isEqualTo("Alex {1} and Sam");
  }

  @Test
  void bracesThatAreNoPlaceholderOfAnArgumentStay() {
    assertThat(Words.fill("{0} {9} {x} {} {12345} {", "a")).isEqualTo("a {9} {x} {} {12345} {");
  }

  @Test
  void aPartnersNameWithBracesIsPrintedAsGivenInEveryFormat() {
    Questionnaire ms = Questionnaire.bundled("mutuality-security");
    ReportView view = ReportView.of(ms, ReportCases.read("examples/alex.json"),
        ReportCases.read("examples/sam.json"),
        ReportOptions.builder().names("Alex {1}", "Sam {0}").build());

    for (String report : new String[] {ReportText.render(view), HtmlReport.render(view)}) {
      assertThat(report).contains("Alex {1}").contains("Sam {0}");
    }
  }
}
