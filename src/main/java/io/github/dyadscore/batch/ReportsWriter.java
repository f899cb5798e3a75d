package io.github.dyadscore.batch;

import io.github.dyadscore.couple.CoupleReport;
import io.github.dyadscore.couple.ItemComparison;
import io.github.dyadscore.couple.ScaleComparison;
import io.github.dyadscore.definition.Definition;
import io.github.dyadscore.score.PersonScores;
import io.github.dyadscore.score.ScaleScore;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/** reports.jsonl: one JSON object per line for each complete couple, its couple report. */
final class ReportsWriter implements TableWriter {

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private final Definition definition;

  ReportsWriter(Definition definition) {
    this.definition = definition;
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
  public void write(ScoredCouple scored, Utf8Builder out) {
    if (!scored.complete()) {
      return;
    }
    String couple = scored.couple();
    CoupleReport report = scored.report();
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), text)) {
      g.writeStartObject();
      g.writeStringProperty("couple", couple);
      g.writeStringProperty("questionnaire", report.questionnaire());
      g.writeStringProperty("privacy", report.privacy().name().toLowerCase(Locale.ROOT));
      g.writeName("partnerA");
      writeScores(g, report.partnerA());
      g.writeName("partnerB");
      writeScores(g, report.partnerB());
      g.writeName("scales");
      g.writeStartArray();
      for (ScaleComparison c : report.scales()) {
        g.writeStartObject();
        g.writeStringProperty("scale", c.scale());
        number(g, "a", c.a());
        number(g, "b", c.b());
        number(g, "difference", c.difference());
        number(g, "absoluteDifference", c.absoluteDifference());
        number(g, "mean", c.mean());
        number(g, "seDiff", c.seDiff());
        number(g, "criticalDifference", c.criticalDifference());
        g.writeStringProperty("verdict", c.verdict().name().toLowerCase(Locale.ROOT));
        number(g, "positiveAgreement", c.positiveAgreement());
        g.writeNumberProperty("itemsCompared", c.itemsCompared());
        number(g, "withinCoupleAgreement", c.withinCoupleAgreement());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeName("items");
      g.writeStartArray();
      for (ItemComparison item : report.items()) {
        g.writeStartObject();
        g.writeStringProperty("item", item.item());
        g.writeNumberProperty("codeA", item.codeA());
        g.writeNumberProperty("codeB", item.codeB());
        number(g, "valueA", item.valueA());
        number(g, "valueB", item.valueB());
        number(g, "difference", item.difference());
        g.writeStringProperty("agreement", item.agreement().name().toLowerCase(Locale.ROOT));
        g.writeBooleanProperty("divergent", item.divergent());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeName("divergentItems");
      g.writeStartArray();
      for (ItemComparison item : report.divergentItems()) {
        g.writeString(item.item());
      }
      g.writeEndArray();
      g.writeName("profile");
      g.writeStartObject();
      g.writeNumberProperty("itemsUsed", report.profile().itemsUsed());
      number(g, "correlation", report.profile().correlation());
      number(g, "meanAbsoluteDifference", report.profile().meanAbsoluteDifference());
      g.writeName("distance");
      g.writeStartObject();
      number(g, "squared", report.profile().distance().squared());
      number(g, "distance", report.profile().distance().distance());
      number(g, "elevation", report.profile().distance().elevation());
      number(g, "scatter", report.profile().distance().scatter());
      number(g, "shape", report.profile().distance().shape());
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
    }
    out.append(text.toString()).append('\n');
  }

  private void writeScores(JsonGenerator g, PersonScores scores) {
    g.writeStartArray();
    for (ScaleScore s : scores.scales()) {
      g.writeStartObject();
      g.writeStringProperty("scale", s.scale());
      g.writeStringProperty("status", s.status().name().toLowerCase(Locale.ROOT));
      number(g, "value", s.value());
      g.writeNumberProperty("answered", s.answered());
      g.writeNumberProperty("missing", s.missing());
      if (s.standing() != null) {
        number(g, "z", s.standing().z());
        number(g, "t", s.standing().t());
        number(g, "percentile", s.standing().percentile());
      }
      if (s.band() != null) {
        g.writeStringProperty("band", s.band().label().in(definition.language()).orElse(""));
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** A finite number, or null for NaN (JSON has no NaN). */
  private static void number(JsonGenerator g, String name, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      g.writeNullProperty(name);
    } else {
      g.writeNumberProperty(name, value);
    }
  }
}
