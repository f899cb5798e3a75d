package io.github.dyadscore.batch;

import io.github.dyadscore.definition.Definition;
import io.github.dyadscore.definition.Scale;
import io.github.dyadscore.score.ScaleScore;
import io.github.dyadscore.score.Standing;
import java.util.ArrayList;
import java.util.List;

/**
 * persons.csv: one line per scored person with each scale's score, items answered and status, and
 * the standing (z, T, percentile) and band where the scale has norms or bands.
 */
final class PersonsWriter implements TableWriter {

  private final Definition definition;
  private final List<String> columns;
  private final boolean[] hasNorms;
  private final boolean[] hasBands;
  private final int scaleCount;

  PersonsWriter(Definition definition, BatchOptions options) {
    this.definition = definition;
    List<Scale> scales = definition.scales();
    this.scaleCount = scales.size();
    this.hasNorms = new boolean[scaleCount];
    this.hasBands = new boolean[scaleCount];
    List<String> names = new ArrayList<>(List.of("couple", "partner"));
    names.addAll(options.passThrough());
    for (int s = 0; s < scaleCount; s++) {
      Scale scale = scales.get(s);
      hasNorms[s] = scale.reference() != null && scale.reference().norms() != null;
      hasBands[s] = scale.reference() != null && scale.reference().bands() != null;
      String id = scale.id();
      names.addAll(List.of(id, id + "_answered", id + "_status"));
      if (hasNorms[s]) {
        names.addAll(List.of(id + "_z", id + "_t", id + "_percentile"));
      }
      if (hasBands[s]) {
        names.add(id + "_band");
      }
    }
    this.columns = List.copyOf(names);
  }

  @Override
  public String fileName() {
    return BatchScorer.PERSONS;
  }

  @Override
  public List<String> columns() {
    return columns;
  }

  @Override
  public int chunkCapacity() {
    return 1 << 16;
  }

  @Override
  public void write(ScoredCouple couple, Utf8Builder out) {
    for (Person person : couple.persons) {
      writePerson(couple, out, person);
    }
  }

  private void writePerson(ScoredCouple couple, Utf8Builder out, Person person) {
    CsvText.text(out, couple.couple());
    out.append(',');
    CsvText.text(out, person.label);
    couple.appendPassThrough(out, person);
    person.scoreText = out;
    for (int s = 0; s < scaleCount; s++) {
      double value = person.values[s];
      person.scoreAt[2 * s] = out.append(',').length();
      person.scoreAt[2 * s + 1] = CsvText.number(out, value).length();
      CsvText.integer(out.append(','), person.answered[s]);
      out.append(',').append(Double.isNaN(value) ? "too_few_answers" : "scored");
      if (hasNorms[s] || hasBands[s]) {
        writeStanding(out, s, couple.engine().scaleScore(s, value, person.answered[s]));
      }
    }
    out.append('\n');
  }

  private void writeStanding(Utf8Builder out, int s, ScaleScore score) {
    if (hasNorms[s]) {
      Standing standing = score.standing();
      out.append(',').append(standing == null ? CsvText.NA : CsvText.number(standing.z()));
      out.append(',').append(standing == null ? CsvText.NA : CsvText.number(standing.t()));
      out.append(',')
          .append(standing == null ? CsvText.NA : CsvText.number(standing.percentile()));
    }
    if (hasBands[s]) {
      out.append(',');
      if (score.band() == null) {
        out.append(CsvText.NA);
      } else {
        CsvText.text(out, score.band().label().in(definition.language()).orElse(CsvText.NA));
      }
    }
  }
}
