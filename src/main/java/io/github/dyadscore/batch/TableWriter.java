package io.github.dyadscore.batch;

import io.github.dyadscore.batch.BatchOptions.Output;
import io.github.dyadscore.definition.Definition;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One output of a batch run: its file, its header and the lines it writes for each couple. The
 * seam between scoring and output formats: {@link ChunkScorer} checks and scores a couple's rows
 * into a {@link ScoredCouple} and hands it to every writer of the run, each appending to its own
 * buffer for the chunk; the writing thread then passes each buffer to the writer's {@link Sink}.
 * A new output is one more implementation listed in {@link #forRun}; neither {@code ChunkScorer}
 * nor {@code BatchScorer} changes.
 *
 * <p>Implementations are immutable and safe to share between the scoring threads: the state of a
 * chunk lives in the buffer and the couple passed to each call. {@link #write} is on the hot path
 * of every run: it must not allocate per row beyond what its format needs.
 */
interface TableWriter {

  /** The file name in the output folder, such as {@code persons.csv}. */
  String fileName();

  /**
   * The column names of the header line, written once before any couple, or null for a file
   * without a header (JSON Lines).
   */
  @Nullable List<String> columns();

  /** A buffer size that holds a typical chunk's text, so that buffers seldom grow. */
  default int chunkCapacity() {
    return 0;
  }

  /**
   * Appends the lines of one couple to the chunk's buffer. Called for every couple id read, in
   * input order, including couples none of whose rows were accepted ({@code couple.persons} is
   * then empty and only {@code couple.problems} has entries). The persons table is called first,
   * so later tables can copy its score text ({@link Person#appendScore}).
   */
  void write(ScoredCouple couple, Utf8Builder out);

  /**
   * Opens where this output's chunks go. The default is one file named {@link #fileName()} with
   * the header line; an output of several files (say, one page per couple) returns its own sink.
   *
   * @param files the run's output files, committed together when the run succeeds
   * @throws IOException when a file cannot be opened or written
   */
  default Sink open(OutputFiles files) throws IOException {
    OutputStream file = files.open(fileName());
    List<String> names = columns();
    if (names != null) {
      csvLine(names).writeTo(file);
    }
    return chunk -> chunk.writeTo(file);
  }

  /**
   * Receives the finished text of each chunk, in input order, on the writing thread. The buffer
   * is reused for a later chunk once {@code write} returns ({@link ChunkBuffers}): copy what is
   * kept.
   */
  @FunctionalInterface
  interface Sink {
    void write(Utf8Builder chunk) throws IOException;
  }

  /** One CSV line of texts, quoted as needed. */
  static Utf8Builder csvLine(List<String> cells) {
    Utf8Builder b = new Utf8Builder(256);
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      CsvText.text(b, cells.get(i));
    }
    return b.append('\n');
  }

  /**
   * The writers of a run, in the order they are called for each couple: persons first (the others
   * copy its score text), then couples, pairwise, perception (with prediction items), the optional
   * item divergences, errors and the
   * optional reports.
   */
  static List<TableWriter> forRun(Definition definition, BatchOptions options) {
    List<TableWriter> writers = new ArrayList<>();
    writers.add(new PersonsWriter(definition, options));
    if (options.layout() == BatchOptions.Layout.SINGLE) {
      // Persons without couples: nothing to pair, compare or perceive.
      writers.add(new ErrorsWriter(options.layout()));
      return List.copyOf(writers);
    }
    writers.add(new CouplesWriter(definition, options));
    writers.add(new PairwiseWriter(definition, options));
    if (PerceptionWriter.applies(definition)) {
      writers.add(new PerceptionWriter(definition));
    }
    if (options.outputs().contains(Output.ITEM_DIVERGENCES)) {
      writers.add(new DivergencesWriter());
    }
    writers.add(new ErrorsWriter(options.layout()));
    if (options.htmlReports() != null) {
      writers.add(new HtmlReportsWriter(definition, options, options.htmlReports()));
    }
    if (options.outputs().contains(Output.REPORTS)) {
      writers.add(new ReportsWriter(definition, options));
    }
    return List.copyOf(writers);
  }
}
