package io.github.dyadscore.batch;

import io.github.dyadscore.batch.BatchOptions.Layout;
import io.github.dyadscore.batch.BatchOptions.Output;
import io.github.dyadscore.couple.CoupleReport;
import io.github.dyadscore.couple.ItemComparison;
import io.github.dyadscore.couple.ProfileSimilarity;
import io.github.dyadscore.couple.ScaleComparison;
import io.github.dyadscore.definition.Definition;
import io.github.dyadscore.definition.Scale;
import io.github.dyadscore.internal.ScoringEngine;
import io.github.dyadscore.score.PersonScores;
import io.github.dyadscore.score.ScaleScore;
import io.github.dyadscore.score.Standing;
import io.github.dyadscore.stats.ReliabilityAccumulator;
import io.github.dyadscore.stats.Role;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Turns a chunk of couples into output text: checks every row, scores the persons, compares the
 * couples and formats every output line. Immutable after construction and safe to use from many
 * threads at once; every call works on its own arrays and buffers, so the text of a chunk does not
 * depend on the thread that made it.
 */
final class ChunkScorer {

  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d*[.,]\\d+");
  private static final Pattern DIGITS = Pattern.compile("[-+]?\\d{10,}");

  private final ScoringEngine engine;
  private final Definition definition;
  private final Header header;
  private final BatchOptions options;
  private final AnswerCells answers;
  /** The missing-value tokens as a message shows them: {@code ['', 'NA', '.']}. */
  private final String tokens;
  private final double @Nullable [] fill;
  /** Whether an output needs the couple reports (with their item comparisons). */
  private final boolean itemOutputs;
  private final boolean[] hasNorms;
  private final boolean[] hasBands;
  private final int itemCount;
  private final int scaleCount;

  ChunkScorer(ScoringEngine engine, Header header, BatchOptions options,
      double @Nullable [] fill) {
    this.engine = engine;
    this.definition = engine.definition();
    this.header = header;
    this.options = options;
    this.answers = new AnswerCells(header, options);
    this.tokens = options.missingTokens().stream().map(t -> "'" + t + "'")
        .collect(Collectors.joining(", ", "[", "]"));
    this.fill = fill;
    // A couple report costs more than the rest of a couple's scoring; build it only for an
    // output that shows it.
    this.itemOutputs = options.outputs().contains(Output.ITEM_DIVERGENCES)
        || options.outputs().contains(Output.REPORTS);
    this.itemCount = engine.itemCount();
    this.scaleCount = engine.scaleCount();
    List<Scale> scales = definition.scales();
    hasNorms = new boolean[scaleCount];
    hasBands = new boolean[scaleCount];
    for (int s = 0; s < scaleCount; s++) {
      Scale scale = scales.get(s);
      hasNorms[s] = scale.reference() != null && scale.reference().norms() != null;
      hasBands[s] = scale.reference() != null && scale.reference().bands() != null;
    }
  }

  // ------------------------------------------------------------------ checking rows

  /**
   * One partner's answers and scores. A chunk has two, one per partner, reused for every couple
   * (a couple is finished before the next is checked), so that scoring a million couples does not
   * make a million sets of arrays.
   */
  private static final class Person {
    String label = "";
    Group.@Nullable Row row;
    final int[] codes;
    final double[] keyed;
    final double[] values;
    final int[] answered;
    /**
     * Where {@link #writePerson} wrote each scale score into the chunk's persons.csv text, from
     * {@code valueAt[2 s]} to {@code valueAt[2 s + 1]}: the other files copy the same bytes.
     */
    final int[] valueAt;
    boolean present;

    Person(int items, int scales) {
      this.codes = new int[items];
      this.keyed = new double[items];
      this.values = new double[scales];
      this.answered = new int[scales];
      this.valueAt = new int[2 * scales];
    }

    Person reset(String label, Group.Row row) {
      this.label = label;
      this.row = row;
      this.present = false;
      return this;
    }
  }

  /** A problem of one row, as written to errors.csv. */
  private record Problem(long line, String couple, String partner, String column, String reason) {}

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
    final List<Problem> problems = new ArrayList<>();
    /** The problems of the row being checked. */
    final List<Problem> rowProblems = new ArrayList<>();
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
    return header.layout == Layout.LONG ? checkLong(group, workspace) : checkWide(group, workspace);
  }

  private Checked checkLong(Group group, Checked out) {
    long lineA = 0;
    long lineB = 0;
    String labelA = options.partnerA();
    String labelB = options.partnerB();
    for (Group.Row row : group.rows()) {
      out.rows++;
      List<Problem> problems = out.rowProblems;
      problems.clear();
      String label = cell(row, header.partnerColumn);
      if (!rowShape(group, row, label, problems)) {
        // rejected below
      } else if (!label.equals(labelA) && !label.equals(labelB)) {
        problems.add(new Problem(row.line(), group.couple(), label, options.partnerColumn(),
            "unknown partner label '" + CsvText.abbreviate(label) + "' in column '"
                + options.partnerColumn() + "'; expected " + labelA + " or " + labelB));
      } else {
        boolean isA = label.equals(labelA);
        long claimed = isA ? lineA : lineB;
        if (claimed > 0) {
          String reason = lineA > 0 && lineB > 0
              ? "third partner row for couple '" + group.couple() + "' (partners " + labelA
                  + " on line " + lineA + " and " + labelB + " on line " + lineB
                  + "; this row says " + label + " again); expected at most two rows per couple"
              : "duplicate person: partner " + label + " of couple '" + group.couple()
                  + "' already on line " + claimed + "; expected one row per partner";
          problems.add(new Problem(row.line(), group.couple(), label, options.partnerColumn(),
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
    List<Problem> problems = out.rowProblems;
    problems.clear();
    if (rowShape(group, row, "", problems)) {
      Person a = out.partners[0].reset(options.partnerA(), row);
      Person b = out.partners[1].reset(options.partnerB(), row);
      parseCells(group, row, header.itemColumnsA, a, problems);
      parseCells(group, row, header.itemColumnsB, b, problems);
      if (problems.isEmpty() && !a.present && !b.present) {
        problems.add(new Problem(row.line(), group.couple(), "", "",
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

  /** Checks adjacency, field count and couple id; false when the row is rejected. */
  private boolean rowShape(Group group, Group.Row row, String label, List<Problem> problems) {
    if (group.overflow()) {
      problems.add(new Problem(row.line(), group.couple(), label, options.coupleColumn(),
          "more than " + BatchScorer.MAX_ROWS_PER_COUPLE + " adjacent rows for couple '"
              + group.couple() + "'; expected at most two rows per couple"));
      return false;
    }
    if (group.seenBeforeLine() > 0) {
      problems.add(new Problem(row.line(), group.couple(), label, options.coupleColumn(),
          "couple '" + group.couple() + "' already appeared in rows starting on line "
              + group.seenBeforeLine() + "; a couple's rows must be adjacent (sort the file by "
              + "couple id)"));
      return false;
    }
    if (row.fields().length != header.width()) {
      problems.add(new Problem(row.line(), group.couple(), label, "",
          String.format(Locale.ROOT, "the row has %d fields; expected %d as in the header "
              + "(check for a stray delimiter, a decimal comma or an unquoted text)",
              row.fields().length, header.width())));
      return false;
    }
    if (group.couple().isEmpty()) {
      problems.add(new Problem(row.line(), group.couple(), label, options.coupleColumn(),
          "empty couple id in column '" + options.coupleColumn() + "'; expected an id"));
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
      List<Problem> problems) {
    for (int i = 0; i < columns.length; i++) {
      String text = row.fields()[columns[i]];
      int code = text == null ? row.codes()[columns[i]] : answers.read(text);
      person.codes[i] = ScoringEngine.NO_ANSWER;
      person.keyed[i] = Double.NaN;
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
        problems.add(new Problem(row.line(), group.couple(), person.label,
            header.names[columns[i]], "item '" + definition.items().get(i).id() + "': '"
                + CsvText.abbreviate(cell) + "' " + what));
        continue;
      }
      if (engine.isOption(i, code)) {
        person.codes[i] = code;
        person.keyed[i] = engine.keyedValue(i, code);
      } else if (engine.isMissingCode(i, code)) {
        person.codes[i] = code;
      } else {
        problems.add(new Problem(row.line(), group.couple(), person.label,
            header.names[columns[i]], engine.invalidCodeMessage(i, code)));
      }
    }
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
   * Feeds the accepted persons (their keyed answers as given) and the complete couples (their
   * scale scores, as persons.csv has them, and their keyed answers) of a chunk to a fresh
   * accumulator.
   */
  Accumulated accumulate(List<Group> chunk) {
    ReliabilityAccumulator accumulator = new ReliabilityAccumulator(definition);
    long rows = 0;
    long rejected = 0;
    Checked workspace = new Checked();
    for (Group group : chunk) {
      Checked checked = check(group, workspace);
      rows += checked.rows;
      rejected += checked.rejected;
      for (Person person : checked.persons) {
        scorePerson(person);
        accumulator.addPerson(person.keyed, person == checked.a ? Role.A : Role.B);
      }
      if (checked.a != null && checked.b != null) {
        accumulator.addCouple(checked.a.values, checked.b.values);
        accumulator.addCoupleAnswers(checked.a.keyed, checked.b.keyed);
      }
    }
    return new Accumulated(accumulator, rows, rejected);
  }

  // ------------------------------------------------------------------ pass 2: outputs

  /** The text being built for one chunk, with its counts. */
  private static final class ChunkOutput {
    final Utf8Builder persons = new Utf8Builder(1 << 16);
    final Utf8Builder couples = new Utf8Builder(1 << 16);
    final Utf8Builder pairwise = new Utf8Builder(1 << 16);
    final Utf8Builder divergences = new Utf8Builder(0);
    final Utf8Builder errors = new Utf8Builder(0);
    final Utf8Builder reports = new Utf8Builder(0);
    long rows;
    long personsScored;
    long couplesComplete;
    long couplesWithOnePartner;
    long rejected;

    ChunkText finish() {
      return new ChunkText(persons, couples, pairwise, divergences, errors, reports, rows,
          personsScored, couplesComplete, couplesWithOnePartner, rejected);
    }
  }

  /**
   * The finished text of a chunk's lines in each output file, and its counts. Handed from the
   * scoring thread to the writing thread and no longer changed.
   */
  record ChunkText(Utf8Builder persons, Utf8Builder couples, Utf8Builder pairwise,
      Utf8Builder divergences, Utf8Builder errors, Utf8Builder reports, long rows,
      long personsScored, long couplesComplete, long couplesWithOnePartner, long rejected) {}

  ChunkText score(List<Group> chunk) {
    ChunkOutput out = new ChunkOutput();
    Checked workspace = new Checked();
    for (Group group : chunk) {
      Checked checked = check(group, workspace);
      out.rows += checked.rows;
      out.rejected += checked.rejected;
      for (Problem p : checked.problems) {
        out.errors.appendDigits(p.line()).append(',');
        CsvText.text(out.errors, p.couple());
        out.errors.append(',');
        CsvText.text(out.errors, p.partner());
        out.errors.append(',');
        CsvText.text(out.errors, p.column());
        out.errors.append(',');
        CsvText.text(out.errors, p.reason());
        out.errors.append('\n');
      }
      if (checked.persons.isEmpty()) {
        continue;
      }
      for (Person person : checked.persons) {
        scorePerson(person);
        writePerson(out.persons, group.couple(), person);
        out.personsScored++;
      }
      Person a = checked.a;
      Person b = checked.b;
      if (a != null && b != null) {
        out.couplesComplete++;
        writePairwise(out.pairwise, out.persons, group.couple(), a, b, options.partnerA());
        writePairwise(out.pairwise, out.persons, group.couple(), b, a, options.partnerB());
        if (itemOutputs) {
          CoupleReport report = engine.compare(a.codes, a.keyed, b.codes, b.keyed,
              options.privacy());
          if (options.outputs().contains(Output.ITEM_DIVERGENCES)) {
            writeDivergences(out.divergences, group.couple(), report);
          }
          if (options.outputs().contains(Output.REPORTS)) {
            writeReport(out.reports, group.couple(), report);
          }
        }
      } else {
        out.couplesWithOnePartner++;
      }
      writeCouple(out.couples, out.persons, group.couple(), a, b);
    }
    return out.finish();
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
      double[] filled = person.keyed.clone();
      for (int i = 0; i < itemCount; i++) {
        if (Double.isNaN(filled[i])) {
          filled[i] = fill[i];
        }
      }
      double[] imputed = new double[scaleCount];
      engine.scoreInto(filled, imputed, new int[scaleCount]);
      for (int s = 0; s < scaleCount; s++) {
        if (!Double.isNaN(person.values[s])) {
          person.values[s] = imputed[s];
        }
      }
    }
  }

  private void passThrough(Utf8Builder out, @Nullable Person person) {
    for (int column : header.passThroughColumns) {
      out.append(',');
      if (person == null) {
        out.append(CsvText.NA);
      } else {
        CsvText.text(out, person.row.fields()[column]);
      }
    }
  }

  private void writePerson(Utf8Builder out, String couple, Person person) {
    CsvText.text(out, couple);
    out.append(',');
    CsvText.text(out, person.label);
    passThrough(out, person);
    for (int s = 0; s < scaleCount; s++) {
      double value = person.values[s];
      person.valueAt[2 * s] = out.append(',').length();
      person.valueAt[2 * s + 1] = CsvText.number(out, value).length();
      CsvText.integer(out.append(','), person.answered[s]);
      out.append(',').append(Double.isNaN(value) ? "too_few_answers" : "scored");
      if (hasNorms[s] || hasBands[s]) {
        writeStanding(out, s, engine.scaleScore(s, value, person.answered[s]));
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

  /**
   * A couple's line of couples.csv. Its comparisons are computed here rather than taken from a
   * {@link CoupleReport}, which would score both partners again and build records this line does
   * not need; they are the engine's own computations, so they equal the report's.
   */
  private void writeCouple(Utf8Builder out, Utf8Builder persons, String couple,
      @Nullable Person a, @Nullable Person b) {
    CsvText.text(out, couple);
    boolean complete = a != null && b != null;
    out.append(',').append(complete ? '2' : '1');
    passThrough(out, a);
    passThrough(out, b);
    for (int s = 0; s < scaleCount; s++) {
      double va = a == null ? Double.NaN : a.values[s];
      double vb = b == null ? Double.NaN : b.values[s];
      double diff = va - vb;
      score(out.append(','), persons, a, s);
      score(out.append(','), persons, b, s);
      int from = out.append(',').length();
      int to = CsvText.number(out, diff).length();
      // |diff| is diff's text without its sign: the rounding is the same for both signs.
      out.append(',').appendCopy(out, out.byteAt(from) == '-' ? from + 1 : from, to);
      CsvText.number(out.append(','), (va + vb) / 2);
      out.append(',');
      double critical = complete ? engine.criticalDifference(s) : Double.NaN;
      if (Double.isNaN(diff) || Double.isNaN(critical)) {
        out.append(CsvText.NA);
      } else {
        CsvText.bool(out, Math.abs(diff) > critical);
      }
      CsvText.number(out.append(','),
          complete ? engine.positiveAgreement(s, a.keyed, b.keyed) : Double.NaN);
    }
    if (!complete) {
      out.append(",NA,NA,NA\n");
    } else {
      ProfileSimilarity profile = engine.profile(a.keyed, b.keyed);
      CsvText.number(out.append(','), profile.correlation());
      CsvText.number(out.append(','), profile.meanAbsoluteDifference());
      CsvText.integer(out.append(','), profile.itemsUsed()).append('\n');
    }
  }

  /** Copies a person's score on a scale from the persons.csv text, or writes NA for no person. */
  private static void score(Utf8Builder out, Utf8Builder persons, @Nullable Person person,
      int s) {
    if (person == null) {
      out.append(CsvText.NA);
    } else {
      out.appendCopy(persons, person.valueAt[2 * s], person.valueAt[2 * s + 1]);
    }
  }

  private void writePairwise(Utf8Builder out, Utf8Builder persons, String couple, Person actor,
      Person partner, String role) {
    CsvText.text(out, couple);
    out.append(',');
    CsvText.text(out, role);
    passThrough(out, actor);
    for (int s = 0; s < scaleCount; s++) {
      score(out.append(','), persons, actor, s);
      score(out.append(','), persons, partner, s);
    }
    out.append('\n');
  }

  private static void writeDivergences(Utf8Builder out, String couple, CoupleReport report) {
    for (ItemComparison item : report.items()) {
      CsvText.text(out, couple);
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

  // ------------------------------------------------------------------ JSON Lines

  private void writeReport(Utf8Builder out, String couple, CoupleReport report) {
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
