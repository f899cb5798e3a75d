package io.github.dyadscore.batch;

import io.github.dyadscore.definition.Definition;
import io.github.dyadscore.definition.Scale;
import java.util.ArrayList;
import java.util.List;

/**
 * pairwise.csv: two lines per complete couple, one per partner as actor, with the actor's and the
 * partner's score on every scale (the "pairwise" layout of dyadic data analysis).
 */
final class PairwiseWriter implements TableWriter {

  private final List<String> columns;
  private final int scaleCount;
  private final String labelA;
  private final String labelB;

  PairwiseWriter(Definition definition, BatchOptions options) {
    List<Scale> scales = definition.scales();
    this.scaleCount = scales.size();
    this.labelA = options.partnerA();
    this.labelB = options.partnerB();
    List<String> names = new ArrayList<>(List.of("couple", "role"));
    names.addAll(options.passThrough());
    for (Scale scale : scales) {
      names.addAll(List.of(scale.id() + "_actor", scale.id() + "_partner"));
    }
    this.columns = List.copyOf(names);
  }

  @Override
  public String fileName() {
    return BatchScorer.PAIRWISE;
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
    Person a = couple.a;
    Person b = couple.b;
    if (a != null && b != null) {
      line(couple, out, a, b, labelA);
      line(couple, out, b, a, labelB);
    }
  }

  private void line(ScoredCouple couple, Utf8Builder out, Person actor, Person partner,
      String role) {
    CsvText.text(out, couple.couple());
    out.append(',');
    CsvText.text(out, role);
    couple.appendPassThrough(out, actor);
    for (int s = 0; s < scaleCount; s++) {
      actor.appendScore(out.append(','), s);
      partner.appendScore(out.append(','), s);
    }
    out.append('\n');
  }
}
