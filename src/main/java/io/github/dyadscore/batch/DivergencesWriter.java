package io.github.dyadscore.batch;

import io.github.dyadscore.couple.ItemComparison;
import java.util.List;
import java.util.Locale;

/**
 * item-divergences.csv: one line per item of each complete couple's report, with both answer
 * codes, keyed values, their difference, the agreement category and whether the item diverges.
 */
final class DivergencesWriter implements TableWriter {

  private static final List<String> COLUMNS = List.of("couple", "item", "code_A", "code_B",
      "value_A", "value_B", "difference", "agreement", "divergent");

  @Override
  public String fileName() {
    return BatchScorer.DIVERGENCES;
  }

  @Override
  public List<String> columns() {
    return COLUMNS;
  }

  @Override
  public void write(ScoredCouple couple, Utf8Builder out) {
    if (!couple.complete()) {
      return;
    }
    for (ItemComparison item : couple.report().items()) {
      CsvText.text(out, couple.couple());
      out.append(',');
      CsvText.text(out, item.item());
      CsvText.integer(out.append(','), item.codeA());
      CsvText.integer(out.append(','), item.codeB());
      CsvText.number(out.append(','), item.valueA());
      CsvText.number(out.append(','), item.valueB());
      CsvText.number(out.append(','), item.difference());
      out.append(',').append(item.agreement().name().toLowerCase(Locale.ROOT));
      out.append(',');
      CsvText.bool(out, item.divergent());
      out.append('\n');
    }
  }
}
