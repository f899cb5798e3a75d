package io.github.dyadscore.batch;

import io.github.dyadscore.Answers;
import io.github.dyadscore.couple.CoupleReport;
import io.github.dyadscore.definition.Definition;
import io.github.dyadscore.definition.Item;
import io.github.dyadscore.internal.ScoringEngine;
import io.github.dyadscore.report.ItemDetail;
import io.github.dyadscore.report.ReportJson;
import io.github.dyadscore.report.ReportOptions;
import io.github.dyadscore.report.ReportView;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * reports.jsonl: one line per complete couple, its couple report for the run's audience as {@link
 * ReportJson} writes it (the same writer as the library's and the {@code report} command's), with
 * the couple id first.
 */
final class ReportsWriter implements TableWriter {

  private final Definition definition;
  private final ReportOptions reportOptions;
  private final boolean ownAnswers;

  ReportsWriter(Definition definition, BatchOptions options) {
    this.definition = definition;
    this.reportOptions = ReportOptions.builder().audience(options.reportAudience())
        .privacy(options.privacy()).build();
    this.ownAnswers = reportOptions.itemDetail() == ItemDetail.ALL
        || reportOptions.itemDetail() == ItemDetail.OWN_ANSWERS;
  }

  @Override
  public String fileName() {
    return BatchScorer.REPORTS;
  }

  @Override
  public @Nullable List<String> columns() {
    return null;
  }

  @Override
  public void write(ScoredCouple couple, Utf8Builder out) {
    Person a = couple.a;
    Person b = couple.b;
    if (a == null || b == null) {
      return;
    }
    // The shared report when the audience needs the run's privacy, else one of its own.
    CoupleReport report = reportOptions.reportPrivacy() == couple.options().privacy()
        ? couple.report()
        : couple.engine().compare(a.codes, a.keyed, b.codes, b.keyed,
            reportOptions.reportPrivacy());
    ReportView view = ReportView.of(definition, report, answers(a), answers(b), reportOptions);
    out.append(ReportJson.toJson(view, couple.couple())).append('\n');
  }

  /** A person's answers as the view reads them, only where the view shows answers. */
  private Answers answers(Person person) {
    if (!ownAnswers) {
      return Answers.NONE;
    }
    Answers.Builder builder = Answers.builder();
    List<Item> items = definition.items();
    for (int i = 0; i < items.size(); i++) {
      if (person.codes[i] != ScoringEngine.NO_ANSWER) {
        builder.put(items.get(i).id(), person.codes[i]);
      }
    }
    return builder.build();
  }
}
