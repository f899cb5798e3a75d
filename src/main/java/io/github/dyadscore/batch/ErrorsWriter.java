package io.github.dyadscore.batch;

import java.util.List;

/** errors.csv: one line per problem of a rejected row, with its line, couple, partner and column. */
final class ErrorsWriter implements TableWriter {

  private static final List<String> COLUMNS =
      List.of("line", "couple", "partner", "column", "reason");
  /** The single layout's persons have an id and no couple or partner. */
  private static final List<String> SINGLE_COLUMNS = List.of("line", "id", "column", "reason");

  private final boolean single;

  ErrorsWriter(BatchOptions.Layout layout) {
    this.single = layout == BatchOptions.Layout.SINGLE;
  }

  @Override
  public String fileName() {
    return BatchScorer.ERRORS;
  }

  @Override
  public List<String> columns() {
    return single ? SINGLE_COLUMNS : COLUMNS;
  }

  @Override
  public void write(ScoredCouple couple, Utf8Builder out) {
    for (RowProblem p : couple.problems) {
      out.appendDigits(p.line()).append(',');
      CsvText.text(out, CsvText.id(p.couple()));
      out.append(',');
      if (!single) {
        CsvText.text(out, p.partner());
        out.append(',');
      }
      CsvText.text(out, p.column());
      out.append(',');
      CsvText.text(out, p.reason());
      out.append('\n');
    }
  }
}
