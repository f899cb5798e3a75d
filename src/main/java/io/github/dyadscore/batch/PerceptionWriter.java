package io.github.dyadscore.batch;

import io.github.dyadscore.definition.Definition;
import io.github.dyadscore.internal.PerceptionEngine;
import io.github.dyadscore.internal.ScoringEngine;
import io.github.dyadscore.perception.CouplePerception;
import io.github.dyadscore.perception.KennyAcitelliFit;
import io.github.dyadscore.perception.PartnerPerception;
import io.github.dyadscore.perception.PerceptionIndices;
import io.github.dyadscore.perception.ScalePerception;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * perception.csv: for a questionnaire with prediction items, per complete couple and direction
 * (A about B, B about A) one line over all predicted items ({@code scale} NA) and one per scale
 * with predicted items, with the statistics of {@link PerceptionIndices} and, per scale, the
 * predicted, actual and own scale scores on the items used (see {@link ScalePerception}). The
 * numbers are {@link io.github.dyadscore.Questionnaire#perception}'s, computed from the answers
 * as given (never imputed).
 *
 * <p>The file is opened at the first line it gets, so a run of a file without prediction columns
 * (or without complete couples) writes no perception.csv at all: a study that did not ask for
 * predictions sees the same outputs as before.
 */
final class PerceptionWriter implements TableWriter {

  static final List<String> COLUMNS = List.of("couple", "direction", "scale", "items",
      "accuracy", "assumed_similarity", "actual_similarity", "exact_hits", "within_one_hits",
      "bias", "mean_absolute_error", "ka_intercept", "ka_truth", "ka_assumed_similarity",
      "predicted", "actual", "own", "difference");

  private final PerceptionEngine perception;

  PerceptionWriter(Definition definition) {
    this.perception = new PerceptionEngine(new ScoringEngine(definition));
  }

  /** Whether a run of this definition writes perception.csv: only with prediction items. */
  static boolean applies(Definition definition) {
    return definition.items().stream().anyMatch(item -> item.isPrediction());
  }

  @Override
  public String fileName() {
    return BatchScorer.PERCEPTION;
  }

  @Override
  public List<String> columns() {
    return COLUMNS;
  }

  @Override
  public Sink open(OutputFiles files) {
    return new Sink() {
      private @Nullable OutputStream file;

      @Override
      public void write(Utf8Builder chunk) throws IOException {
        if (chunk.length() == 0) {
          return;
        }
        OutputStream f = file;
        if (f == null) {
          f = files.open(fileName());
          TableWriter.csvLine(COLUMNS).writeTo(f);
          file = f;
        }
        chunk.writeTo(f);
      }
    };
  }

  @Override
  public int chunkCapacity() {
    return 1 << 16;
  }

  @Override
  public void write(ScoredCouple couple, Utf8Builder out) {
    Person a = couple.a;
    Person b = couple.b;
    if (a == null || b == null || !couple.header().predictionColumns) {
      return;
    }
    CouplePerception result =
        perception.perceive(a.keyed, b.keyed, couple.options().privacy());
    direction(couple, out, result.aAboutB());
    direction(couple, out, result.bAboutA());
  }

  private static void direction(ScoredCouple couple, Utf8Builder out, PartnerPerception p) {
    line(couple, out, p, null, p.items());
    for (ScalePerception scale : p.scales()) {
      line(couple, out, p, scale, scale.indices());
    }
  }

  private static void line(ScoredCouple couple, Utf8Builder out, PartnerPerception p,
      @Nullable ScalePerception scale, PerceptionIndices i) {
    CsvText.text(out, couple.couple());
    out.append(',').append(p.direction().label()).append(',');
    if (scale == null) {
      out.append(CsvText.NA);
    } else {
      CsvText.text(out, scale.scale());
    }
    CsvText.integer(out.append(','), i.items());
    number(out, i.accuracy());
    number(out, i.assumedSimilarity());
    number(out, i.actualSimilarity());
    number(out, i.exactHits());
    number(out, i.withinOneHits());
    number(out, i.bias());
    number(out, i.meanAbsoluteError());
    KennyAcitelliFit fit = i.regression();
    number(out, fit.intercept());
    number(out, fit.truthSlope());
    number(out, fit.assumedSimilaritySlope());
    number(out, scale == null ? Double.NaN : scale.predicted());
    number(out, scale == null ? Double.NaN : scale.actual());
    number(out, scale == null ? Double.NaN : scale.own());
    number(out, scale == null ? Double.NaN : scale.difference());
    out.append('\n');
  }

  private static void number(Utf8Builder out, double value) {
    CsvText.number(out.append(','), value);
  }
}
