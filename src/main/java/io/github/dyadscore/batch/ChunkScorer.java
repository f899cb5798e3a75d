package io.github.dyadscore.batch;

import io.github.dyadscore.batch.BatchOptions.Layout;
import io.github.dyadscore.definition.Definition;
import io.github.dyadscore.internal.NormativeProfile;
import io.github.dyadscore.internal.PerceptionEngine;
import io.github.dyadscore.internal.ScoringEngine;
import io.github.dyadscore.perception.CouplePerception;
import io.github.dyadscore.perception.TruthAndBiasModel;
import io.github.dyadscore.stats.MissingAnswers;
import io.github.dyadscore.stats.ReliabilityAccumulator;
import io.github.dyadscore.stats.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Checks and scores a chunk of couples: checks every row, scores the persons, and hands each
 * couple to the run's {@link TableWriter}s, which own every output format. Immutable after
 * construction and safe to use from many threads at once; every call works on its own arrays and
 * buffers, so the text of a chunk does not depend on the thread that made it.
 */
final class ChunkScorer {

  private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d*[.,]\\d+");
  private static final Pattern DIGITS = Pattern.compile("[-+]?\\d{10,}");

  /** The counts of {@link #score}, by index into one array that each couple adds to. */
  private static final int ROWS = 0;
  private static final int PERSONS = 1;
  private static final int COMPLETE = 2;
  private static final int WITH_ONE_PARTNER = 3;
  private static final int REJECTED = 4;
  private static final int COUNTS = 5;

  private final ScoringEngine engine;
  private final Definition definition;
  private final Header header;
  /** {@link Header#namedWidth()}: the fewest fields a row may have. */
  private final int namedWidth;
  private final BatchOptions options;
  private final AnswerCells answers;
  /** The missing-value tokens as a message shows them: {@code ['', 'NA', '.']}. */
  private final String tokens;
  private final double @Nullable [] fill;
  private final @Nullable NormativeProfile normative;
  private final List<TableWriter> writers;
  /**
   * Per writer, the buffer size a chunk starts with: the writer's guess at first, then an eighth
   * above the largest chunk text seen, so that buffers stop growing (and copying) after the first
   * chunks. Shared by the scoring threads without locking: a stale or lost update only costs a
   * buffer growth, and int writes are atomic.
   */
  private final int[] capacityHints;
  private final int itemCount;
  private final int scaleCount;

  ChunkScorer(ScoringEngine engine, Header header, BatchOptions options,
      double @Nullable [] fill, @Nullable NormativeProfile normative,
      List<TableWriter> writers) {
    this.engine = engine;
    this.definition = engine.definition();
    this.header = header;
    this.namedWidth = header.namedWidth();
    this.options = options;
    this.answers = new AnswerCells(header, options);
    this.tokens = options.missingTokens().stream().map(t -> "'" + t + "'")
        .collect(Collectors.joining(", ", "[", "]"));
    this.fill = fill;
    this.normative = normative;
    this.writers = List.copyOf(writers);
    this.capacityHints = this.writers.stream().mapToInt(TableWriter::chunkCapacity).toArray();
    this.itemCount = engine.itemCount();
    this.scaleCount = engine.scaleCount();
  }

  // ------------------------------------------------------------------ checking rows

  /**
   * The outcome of checking a couple's rows, with the persons it fills. A call makes one and
   * reuses it, with its two persons (index 0 for partner A, 1 for B), for every couple of its chunk:
   * a couple is finished before the next is checked.
   */
  private final class Checked {
    final Person[] partners = {new Person(itemCount, scaleCount), new Person(itemCount, scaleCount)};
    @Nullable Person a;
    @Nullable Person b;
    /** Accepted persons, partner A first. */
    final List<Person> persons = new ArrayList<>(2);
    final List<RowProblem> problems = new ArrayList<>();
    /** The problems of the row being checked. */
    final List<RowProblem> rowProblems = new ArrayList<>();
    int rows;
    int rejected;

    Checked reset() {
      a = null;
      b = null;
      persons.clear();
      problems.clear();
      rows = 0;
      rejected = 0;
      return this;
    }
  }

  private Checked check(Group group, Checked workspace) {
    workspace.reset();
    return switch (header.layout) {
      case LONG -> checkLong(group, workspace);
      case WIDE -> checkWide(group, workspace);
      case SINGLE -> checkSingle(group, workspace);
      case AUTO -> throw new IllegalStateException("the header resolves the layout");
    };
  }

  private Checked checkLong(Group group, Checked out) {
    long lineA = 0;
    long lineB = 0;
    String labelA = options.partnerA();
    String labelB = options.partnerB();
    for (Group.Row row : group.rows()) {
      out.rows++;
      List<RowProblem> problems = out.rowProblems;
      problems.clear();
      String label = cell(row, header.partnerColumn);
      if (!rowShape(group, row, label, problems)) {
        // rejected below
      } else if (!label.equals(labelA) && !label.equals(labelB)) {
        problems.add(new RowProblem(row.line(), group.couple(), label, options.partnerColumn(),
            "unknown partner label '" + CsvText.abbreviate(label) + "' in column '"
                + options.partnerColumn() + "'; expected " + labelA + " or " + labelB));
      } else {
        boolean isA = label.equals(labelA);
        long claimed = isA ? lineA : lineB;
        if (claimed > 0) {
          String reason = lineA > 0 && lineB > 0
              ? "third partner row for couple '" + CsvText.abbreviate(group.couple())
                  + "' (partners " + labelA
                  + " on line " + lineA + " and " + labelB + " on line " + lineB
                  + "; this row says " + label + " again); expected at most two rows per couple"
              : "duplicate person: partner " + label + " of couple '"
                  + CsvText.abbreviate(group.couple())
                  + "' already on line " + claimed + "; expected one row per partner";
          problems.add(new RowProblem(row.line(), group.couple(), label, options.partnerColumn(),
              reason));
        } else {
          if (isA) {
            lineA = row.line();
          } else {
            lineB = row.line();
          }
          Person person = out.partners[isA ? 0 : 1].reset(label, row);
          parseCells(group, row, header.itemColumnsA, person, problems);
          if (problems.isEmpty()) {
            if (isA) {
              out.a = person;
            } else {
              out.b = person;
            }
          }
        }
      }
      if (!problems.isEmpty()) {
        out.rejected++;
        out.problems.addAll(problems);
      }
    }
    // Partner A first whatever the row order, so that both layouts give the same persons.csv.
    if (out.a != null) {
      out.persons.add(out.a);
    }
    if (out.b != null) {
      out.persons.add(out.b);
    }
    return out;
  }

  private Checked checkWide(Group group, Checked out) {
    Group.Row row = group.rows().get(0);
    out.rows = 1;
    List<RowProblem> problems = out.rowProblems;
    problems.clear();
    if (rowShape(group, row, "", problems)) {
      Person a = out.partners[0].reset(options.partnerA(), row);
      Person b = out.partners[1].reset(options.partnerB(), row);
      parseCells(group, row, header.itemColumnsA, a, problems);
      parseCells(group, row, header.itemColumnsB, b, problems);
      if (problems.isEmpty() && !a.present && !b.present) {
        problems.add(new RowProblem(row.line(), group.couple(), "", "",
            "no answer for either partner: every item cell is empty or a missing-value token"));
      }
      if (problems.isEmpty()) {
        out.a = a.present ? a : null;
        out.b = b.present ? b : null;
        for (Person p : List.of(a, b)) {
          if (p.present) {
            out.persons.add(p);
          }
        }
      }
    }
    if (!problems.isEmpty()) {
      out.rejected = 1;
      out.problems.addAll(problems);
    }
    return out;
  }

  /** One row, one person: held as partner A (the single layout has no partner B). */
  private Checked checkSingle(Group group, Checked out) {
    Group.Row row = group.rows().get(0);
    out.rows = 1;
    List<RowProblem> problems = out.rowProblems;
    problems.clear();
    if (rowShape(group, row, "", problems)) {
      Person person = out.partners[0].reset("", row);
      parseCells(group, row, header.itemColumnsA, person, problems);
      if (problems.isEmpty()) {
        out.a = person;
        out.persons.add(person);
      }
    }
    if (!problems.isEmpty()) {
      out.rejected = 1;
      out.problems.addAll(problems);
    }
    return out;
  }

  /** Checks adjacency, field count and couple id; false when the row is rejected. */
  private boolean rowShape(Group group, Group.Row row, String label, List<RowProblem> problems) {
    if (group.overflow()) {
      problems.add(new RowProblem(row.line(), group.couple(), label, options.coupleColumn(),
          "more than " + BatchScorer.MAX_ROWS_PER_COUPLE + " adjacent rows for couple '"
              + CsvText.abbreviate(group.couple()) + "'; expected at most two rows per couple"));
      return false;
    }
    if (group.seenBeforeLine() > 0) {
      problems.add(new RowProblem(row.line(), group.couple(), label, options.coupleColumn(),
          "couple '" + CsvText.abbreviate(group.couple())
              + "' already appeared in rows starting on line "
              + group.seenBeforeLine() + "; a couple's rows must be adjacent (sort the file by "
              + "couple id)"));
      return false;
    }
    int fields = row.fields().length;
    if (fields != header.width() && (fields > header.width() || fields < namedWidth)) {
      problems.add(new RowProblem(row.line(), group.couple(), label, "",
          String.format(Locale.ROOT, "the row has %d fields; expected %s as in the header "
              + "(check for a stray delimiter, a decimal comma or an unquoted text)", fields,
              namedWidth == header.width() ? Integer.toString(namedWidth)
                  : namedWidth + " to " + header.width())));
      return false;
    }
    if (group.couple().isEmpty()) {
      problems.add(new RowProblem(row.line(), group.couple(), label, options.coupleColumn(),
          "empty " + (header.layout == Layout.SINGLE ? "person" : "couple") + " id in column '"
              + options.coupleColumn() + "'; expected an id"));
      return false;
    }
    return true;
  }

  /**
   * Parses one partner's item cells into codes and keyed values, collecting every problem. Most
   * cells arrive as codes from the reader; the cells it kept as text are read here by the same
   * rules, and those that are not whole numbers are quoted in the problem.
   */
  private void parseCells(Group group, Group.Row row, int[] columns, Person person,
      List<RowProblem> problems) {
    for (int i = 0; i < columns.length; i++) {
      person.codes[i] = ScoringEngine.NO_ANSWER;
      person.keyed[i] = Double.NaN;
      if (columns[i] < 0) { // a prediction item without a column
        continue;
      }
      String text = row.fields()[columns[i]];
      int code = text == null ? row.codes()[columns[i]] : answers.read(text);
      if (code == AnswerCells.MISSING) {
        continue;
      }
      person.present = true;
      if (code == AnswerCells.NOT_WHOLE) {
        // Only a cell kept as text reads as not whole.
        String cell = text.trim();
        String what = DECIMAL.matcher(cell).matches()
            ? "is a decimal number (" + (cell.contains(",") ? "decimal comma" : "decimal point")
                + "); expected a whole-number answer code"
            : DIGITS.matcher(cell).matches()
            ? "has more than 9 digits; expected a whole-number answer code"
            : "is not a number; expected a whole-number answer code or a missing-value token "
                + tokens;
        // Under SCALES_ONLY errors.csv names the item and the problem, never the cell's text.
        problems.add(new RowProblem(row.line(), group.couple(), person.label,
            header.names[columns[i]], "item '" + definition.items().get(i).id() + "': "
                + (scalesOnly() ? "the cell" : "'" + CsvText.abbreviate(cell) + "'") + " "
                + what));
        continue;
      }
      if (engine.isOption(i, code)) {
        person.codes[i] = code;
        person.keyed[i] = engine.keyedValue(i, code);
      } else if (engine.isMissingCode(i, code)) {
        person.codes[i] = code;
      } else {
        problems.add(new RowProblem(row.line(), group.couple(), person.label,
            header.names[columns[i]], engine.invalidCodeMessage(i)));
      }
    }
  }

  private boolean scalesOnly() {
    return options.privacy() == io.github.dyadscore.couple.Privacy.SCALES_ONLY;
  }

  private static String cell(Group.Row row, int column) {
    return column >= 0 && column < row.fields().length ? row.fields()[column].trim() : "";
  }

  // ------------------------------------------------------------------ pass 1: counts

  ItemCounts count(List<Group> chunk, ItemCounts empty) {
    ItemCounts counts = empty.emptyCopy();
    Checked workspace = new Checked();
    for (Group group : chunk) {
      for (Person person : check(group, workspace).persons) {
        for (int i = 0; i < itemCount; i++) {
          if (person.codes[i] != ScoringEngine.NO_ANSWER) {
            counts.add(i, person.codes[i]);
          }
        }
      }
    }
    return counts;
  }

  // ------------------------------------------------------------------ sample statistics

  /** A chunk's contribution to the sample statistics, with its row counts. */
  record Accumulated(ReliabilityAccumulator accumulator, long rows, long rejected) {}

  /**
   * Feeds the accepted persons (their keyed answers as given, or with imputation every missing
   * answer filled, as psych's scoreItems computes alpha, and their scale scores as persons.csv has
   * them) and the complete couples (their scale scores, and their keyed answers as given) of a
   * chunk to a fresh accumulator.
   */
  Accumulated accumulate(List<Group> chunk, MissingAnswers missing) {
    ReliabilityAccumulator accumulator = new ReliabilityAccumulator(definition, missing);
    long rows = 0;
    long rejected = 0;
    Checked workspace = new Checked();
    for (Group group : chunk) {
      Checked checked = check(group, workspace);
      rows += checked.rows;
      rejected += checked.rejected;
      for (Person person : checked.persons) {
        scorePerson(person);
        accumulator.addPerson(fill == null ? person.keyed : filled(person.keyed), person.values,
            person == checked.a ? Role.A : Role.B);
      }
      if (checked.a != null && checked.b != null) {
        accumulator.addCouple(checked.a.values, checked.b.values);
        accumulator.addCoupleAnswers(checked.a.keyed, checked.b.keyed);
      }
    }
    return new Accumulated(accumulator, rows, rejected);
  }

  /** A chunk's truth-and-bias accumulators, one per scale with predicted items, and its counts. */
  record Perceived(List<TruthAndBiasModel> models, long rows, long rejected) {}

  /**
   * Feeds the complete couples of a chunk (their answers as given, never imputed) to fresh
   * truth-and-bias accumulators; the statistics are {@link TruthAndBiasModel}'s.
   */
  Perceived perceive(List<Group> chunk, PerceptionEngine perception) {
    List<TruthAndBiasModel> models =
        perception.scaleIds().stream().map(TruthAndBiasModel::new).toList();
    long rows = 0;
    long rejected = 0;
    Checked workspace = new Checked();
    for (Group group : chunk) {
      Checked checked = check(group, workspace);
      rows += checked.rows;
      rejected += checked.rejected;
      if (checked.a != null && checked.b != null) {
        CouplePerception couple = perception.perceive(checked.a.keyed, checked.b.keyed);
        for (int s = 0; s < models.size(); s++) {
          models.get(s).add(couple.aAboutB().scales().get(s), couple.bAboutA().scales().get(s));
        }
      }
    }
    return new Perceived(models, rows, rejected);
  }

  // ------------------------------------------------------------------ pass 2: outputs

  /**
   * The finished text of a chunk for each table, in the order of the run's writers, and its
   * counts. Handed from the scoring thread to the writing thread and no longer changed.
   */
  record ChunkText(Utf8Builder[] tables, long rows, long personsScored, long couplesComplete,
      long couplesWithOnePartner, long rejected) {}

  /**
   * Checks and scores every couple of a chunk and has each table writer append its lines, into
   * buffers of chunks already written where {@code spare} has some; the writing thread gives them
   * back ({@link ChunkBuffers#giveBack}) once it wrote them.
   */
  ChunkText score(List<Group> chunk, ChunkBuffers spare) {
    Utf8Builder[] tables = spare.take();
    if (tables == null || tables.length != writers.size()) {
      tables = new Utf8Builder[writers.size()];
      for (int t = 0; t < tables.length; t++) {
        tables[t] = new Utf8Builder(capacityHints[t]);
      }
    }
    long[] counts = new long[COUNTS];
    Checked workspace = new Checked();
    ScoredCouple couple = new ScoredCouple(engine, options, header, normative);
    for (Group group : chunk) {
      scoreCouple(group, workspace, couple, tables, counts);
    }
    for (int t = 0; t < tables.length; t++) {
      if (tables[t].length() > capacityHints[t]) {
        capacityHints[t] = tables[t].length() + tables[t].length() / 8;
      }
    }
    return new ChunkText(tables, counts[ROWS], counts[PERSONS], counts[COMPLETE],
        counts[WITH_ONE_PARTNER], counts[REJECTED]);
  }

  /**
   * Checks, scores and writes one couple of {@link #score}, adding to its counts. A method of its
   * own, called once per couple, so that the JIT compiles it whole after the first thousands of
   * couples, instead of compiling the chunk's loop while it runs (on-stack replacement), which
   * took longer to reach full speed.
   */
  private void scoreCouple(Group group, Checked workspace, ScoredCouple couple,
      Utf8Builder[] tables, long[] counts) {
    Checked checked = check(group, workspace);
    counts[ROWS] += checked.rows;
    counts[REJECTED] += checked.rejected;
    couple.reset(group.couple());
    couple.problems.addAll(checked.problems);
    for (Person person : checked.persons) {
      scorePerson(person);
      couple.persons.add(person);
      counts[PERSONS]++;
    }
    couple.a = checked.a;
    couple.b = checked.b;
    if (!checked.persons.isEmpty() && header.layout != Layout.SINGLE) {
      counts[couple.complete() ? COMPLETE : WITH_ONE_PARTNER]++;
    }
    for (int t = 0; t < tables.length; t++) {
      writers.get(t).write(couple, tables[t]);
    }
  }

  /** The keyed answers with every missing one replaced by the item's imputed value. */
  private double[] filled(double[] keyed) {
    double[] filled = keyed.clone();
    for (int i = 0; i < itemCount; i++) {
      if (Double.isNaN(filled[i])) {
        filled[i] = fill[i];
      }
    }
    return filled;
  }

  /**
   * Scores a person. Without imputation: the definition's scoring of the answered items. With
   * imputation: whether a scale is scored (its status) is decided on the answered items and the
   * definition's minimum, exactly as without; a scored scale's value is then computed with every
   * unanswered item filled with its sample mean or median.
   */
  private void scorePerson(Person person) {
    engine.scoreInto(person.keyed, person.values, person.answered);
    if (fill != null) {
      double[] filled = filled(person.keyed);
      double[] imputed = new double[scaleCount];
      engine.scoreInto(filled, imputed, new int[scaleCount]);
      for (int s = 0; s < scaleCount; s++) {
        if (!Double.isNaN(person.values[s])) {
          person.values[s] = imputed[s];
        }
      }
    }
  }
}
