package io.github.dyadscore.batch;

import io.github.dyadscore.couple.CoupleReport;
import io.github.dyadscore.internal.NormativeProfile;
import io.github.dyadscore.internal.ScoringEngine;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A couple's rows after checking and scoring, as every {@link TableWriter} receives it: the
 * problems of its rejected rows, the persons accepted and scored (partner A first), and on demand
 * the couple report. One instance is reused for every couple of a chunk; a writer must not keep
 * it, or anything it returns, beyond its call. Not thread-safe.
 */
final class ScoredCouple {

  private final ScoringEngine engine;
  private final BatchOptions options;
  private final Header header;
  String couple = "";
  final List<RowProblem> problems = new ArrayList<>();
  /** Accepted persons, partner A first. */
  final List<Person> persons = new ArrayList<>(2);
  @Nullable Person a;
  @Nullable Person b;
  private @Nullable CoupleReport report;
  private final @Nullable NormativeProfile normative;

  ScoredCouple(ScoringEngine engine, BatchOptions options, Header header,
      @Nullable NormativeProfile normative) {
    this.engine = engine;
    this.options = options;
    this.header = header;
    this.normative = normative;
  }

  void reset(String couple) {
    this.couple = CsvText.id(couple);
    problems.clear();
    persons.clear();
    a = null;
    b = null;
    report = null;
  }

  /** The couple id, trimmed, as every output writes it ({@link CsvText#id}). */
  String couple() {
    return couple;
  }

  /** Whether both partners were accepted and scored. */
  boolean complete() {
    return a != null && b != null;
  }

  ScoringEngine engine() {
    return engine;
  }

  /**
   * The sample's normative profile, from the run's first pass; null unless {@link
   * BatchOptions.Output#DISTINCTIVE_PROFILES} was asked for.
   */
  @Nullable NormativeProfile normativeProfile() {
    return normative;
  }

  BatchOptions options() {
    return options;
  }

  Header header() {
    return header;
  }

  /**
   * The couple report of a complete couple under the run's privacy, built on the first call (it
   * costs more than the rest of a couple's scoring, so only a table that shows it asks).
   *
   * @throws IllegalStateException when the couple is not complete
   */
  CoupleReport report() {
    CoupleReport r = report;
    if (r == null) {
      Person pa = a;
      Person pb = b;
      if (pa == null || pb == null) {
        throw new IllegalStateException("couple " + couple + " is not complete");
      }
      r = engine.compare(pa.codes, pa.keyed, pb.codes, pb.keyed, options.privacy());
      report = r;
    }
    return r;
  }

  /**
   * Appends the pass-through cells of a person (each after a comma), or NA in each for no person.
   */
  void appendPassThrough(Utf8Builder out, @Nullable Person person) {
    for (int column : header.passThroughColumns) {
      out.append(',');
      Group.Row row = person == null ? null : person.row;
      if (row == null) {
        out.append(CsvText.NA);
      } else {
        CsvText.text(out, row.fields()[column]);
      }
    }
  }
}
