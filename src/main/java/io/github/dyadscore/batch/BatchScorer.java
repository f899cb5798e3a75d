package io.github.dyadscore.batch;

import io.github.dyadscore.Questionnaire;
import io.github.dyadscore.batch.BatchOptions.Imputation;
import io.github.dyadscore.batch.BatchOptions.Layout;
import io.github.dyadscore.batch.BatchOptions.Output;
import io.github.dyadscore.definition.Definition;
import io.github.dyadscore.internal.DyadscoreVersion;
import io.github.dyadscore.internal.NormativeProfile;
import io.github.dyadscore.internal.PerceptionEngine;
import io.github.dyadscore.definition.Scale;
import io.github.dyadscore.internal.OutputColumns;
import io.github.dyadscore.internal.ScoringEngine;
import io.github.dyadscore.perception.TruthAndBiasFit;
import io.github.dyadscore.perception.TruthAndBiasModel;
import io.github.dyadscore.stats.MissingAnswers;
import io.github.dyadscore.stats.ReliabilityAccumulator;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * Scores a CSV file of couples and writes tidy result files.
 *
 * <pre>{@code
 * BatchScorer scorer = new BatchScorer(Questionnaire.bundled("mutuality-security"),
 *     BatchOptions.builder().with(BatchOptions.Output.ITEM_DIVERGENCES).build());
 * BatchSummary summary = scorer.run(Path.of("study.csv"), Path.of("results"),
 *     ProgressListener.NONE);
 * }</pre>
 *
 * <p><b>Input.</b> UTF-8 with or without a byte order mark (other encodings, and binary files with
 * NUL bytes, are rejected with the line and position of the first bad byte; lines end with LF, CR
 * LF or CR), delimiter comma, semicolon or tab, quoting as RFC 4180. The header
 * names the columns; the couple id column and one column per item of the questionnaire (long
 * layout: {@code m1}; wide layout: {@code A_m1} and {@code B_m1}) are required, other columns are
 * ignored unless named as pass-through columns. Cells are trimmed; a missing-value token or one of
 * the definition's missing codes means unanswered; anything else must be a whole-number code that
 * is an option of the item ({@code 3} and {@code 3.0} are accepted, {@code 3.5} and {@code 3,5}
 * are not). Blank lines are skipped and are not rows.
 *
 * <p><b>Rows that cannot be scored</b> are written to {@code errors.csv}, one line per problem,
 * with the input line, couple id, partner, column and a reason saying what was expected; every
 * other row is scored. A row is rejected when it has a different number of fields than the header,
 * an empty couple id, an unknown partner label, a cell that is not a valid answer, or when it is a
 * duplicate person or third partner of a couple (long layout). In the wide layout a row is one
 * couple and is rejected as a whole; a partner whose item cells are all empty (or missing-value
 * tokens) is absent, and a row with both partners absent is rejected.
 *
 * <p><b>Individuals ({@link Layout#SINGLE}).</b> One row per person of a questionnaire one person
 * answers: a person id column (default {@code id}) and one column per item, no couple or partner.
 * Only {@code persons.csv} (with {@code id} in place of {@code couple} and {@code partner}),
 * {@code errors.csv} (without a partner column) and {@code summary.csv} (without couple counts)
 * are written; nothing is paired, and an id may repeat (one row each, as in repeated measures).
 *
 * <p><b>Pairing (long layout).</b> The rows of a couple must be adjacent: the file is read as a
 * stream and a couple is complete when a row with another couple id arrives. A couple id that
 * appears again after other couples is rejected with the line it first appeared on, as long as it
 * is among the last 65,536 couple ids seen; beyond that window it cannot be detected and the rows
 * are treated as a separate couple with the same id. Sort the file by couple id to be safe. The
 * first row with a partner label is that partner; a later row with the same label is a duplicate
 * person, and a row after both partners is a third partner; beyond 16 adjacent rows of one couple
 * id, rows are rejected as such without being held in memory. A couple with one scored partner is
 * written to {@code persons.csv} and to {@code couples.csv} with {@code NA} for the absent side,
 * and not to {@code pairwise.csv}, {@code item-divergences.csv} or {@code reports.jsonl}.
 *
 * <p><b>Streaming and threads.</b> The calling thread reads and parses the file and groups rows
 * into couples; chunks of 512 couples are scored on a pool of {@link BatchOptions#threads()}
 * threads, and the calling thread writes finished chunks in input order, keeping at most {@code 2
 * * threads + 2} chunks in flight. Memory does not grow with the number of rows, and the outputs
 * are byte-identical for every thread count. With {@link Imputation#MEAN} or {@link
 * Imputation#MEDIAN}, or with {@link Output#DISTINCTIVE_PROFILES}, the file is read twice: the
 * first pass counts, per item, how often each option was chosen by the persons that will be
 * scored (an exact histogram, so the median is exact; the normative profile is the mean), the
 * second scores. Without them it is read once.
 *
 * <p><b>Scores.</b> As the definition says, including each scale's method, weights and minimum
 * answered items; reversal is {@code lo + hi - x} with the response scale's smallest and largest
 * point values. With imputation, whether a scale is scored is still decided on the
 * items actually answered and the definition's minimum (so a person who answered none of a
 * scale's items has no score, where R psych's {@code scoreItems} would give the mean of the
 * imputed values); a scored scale's value is computed with each unanswered item filled with its
 * keyed sample mean or median. For a mean scale with unit weights this equals {@code
 * psych::scoreItems(keys, items, min = lo, max = hi, impute = "mean" | "median")}, and with {@link
 * Imputation#NONE} {@code impute = "none"}. Couple comparisons (reliable difference, positive
 * agreement, profile similarity) in {@code couples.csv} use the imputed scale scores for the
 * score columns and the answered items only for agreement and profile; {@code reports.jsonl} is
 * computed without imputation.
 *
 * <p>Thread-safe: an instance holds only immutable configuration, and each {@link #run} call has
 * its own state. The library never prints; progress goes to the listener.
 *
 * @since 0.1.0
 */
public final class BatchScorer {

  /** File names of the outputs. */
  static final String PERSONS = "persons.csv";
  static final String COUPLES = "couples.csv";
  static final String PAIRWISE = "pairwise.csv";
  static final String DIVERGENCES = "item-divergences.csv";
  static final String ERRORS = "errors.csv";
  static final String SUMMARY = "summary.csv";
  static final String REPORTS = "reports.jsonl";
  static final String PERCEPTION = "perception.csv";
  static final String RELIABILITY = "reliability.csv";
  static final String RELIABILITY_ITEMS = "reliability-items.csv";
  static final String RELIABILITY_KAPPA = "reliability-kappa.csv";
  static final String TRUTH_AND_BIAS = "truth-and-bias.csv";

  /**
   * The outputs of {@link #run}, in the order they are committed; summary.csv, moved last, marks
   * a complete set.
   */
  static final OutputFiles.Family SCORE_OUTPUTS = new OutputFiles.Family(List.of(PERSONS,
      COUPLES, PAIRWISE, DIVERGENCES, PERCEPTION, ERRORS, REPORTS, SUMMARY));
  /** The outputs of {@link #reliability(Path, Path, ProgressListener)}; reliability.csv last. */
  static final OutputFiles.Family RELIABILITY_OUTPUTS = new OutputFiles.Family(
      List.of(RELIABILITY_ITEMS, RELIABILITY_KAPPA, RELIABILITY));
  /** The output of {@link #truthAndBias(Path, Path, ProgressListener)}. */
  static final OutputFiles.Family TRUTH_AND_BIAS_OUTPUTS =
      new OutputFiles.Family(List.of(TRUTH_AND_BIAS));

  static final int CHUNK_COUPLES = 512;
  /** Longer runs of one couple id are cut; the rest are rejected as not adjacent. */
  static final int MAX_ROWS_PER_COUPLE = 16;
  static final int ADJACENCY_WINDOW = 65_536;

  private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

  private final Questionnaire questionnaire;
  private final ScoringEngine engine;
  private final BatchOptions options;
  /** The run's outputs in the order they are written for each couple. */
  private final List<TableWriter> writers;
  private final OutputFiles.Steps commitSteps;

  /**
   * Creates a scorer.
   *
   * @param questionnaire the questionnaire the file answers
   * @param options how to read and what to write
   */
  public BatchScorer(Questionnaire questionnaire, BatchOptions options) {
    this(questionnaire, options, OutputFiles.NONE);
  }

  /** A scorer whose commits tell {@code commitSteps} of each step (for the kill tests). */
  BatchScorer(Questionnaire questionnaire, BatchOptions options, OutputFiles.Steps commitSteps) {
    this.commitSteps = commitSteps;
    this.questionnaire = questionnaire;
    this.engine = new ScoringEngine(questionnaire.definition());
    this.options = options;
    this.writers = TableWriter.forRun(questionnaire.definition(), options);
  }

  /**
   * Scores a file.
   *
   * @param input the CSV file
   * @param outputDir the folder for the outputs, created if missing; existing outputs of the same
   *     names are replaced, but only when the run succeeds
   * @param listener receives progress on the calling thread
   * @return what was read, scored and rejected
   * @throws BatchInputException when the file as a whole cannot be scored (header, encoding, CSV
   *     structure); rejected rows never throw
   * @throws IOException when a file cannot be read or written
   */
  public BatchSummary run(Path input, Path outputDir, ProgressListener listener)
      throws IOException {
    checkInput(input);
    String source = sourceName(input);
    long size = Files.size(input);
    Definition definition = questionnaire.definition();
    int passes = passes(true);
    // The folder's lock is taken first, so that a second run into the folder is refused at once.
    try (OutputFiles files = OutputFiles.begin(outputDir, SCORE_OUTPUTS, commitSteps,
        options.syncToDisk())) {
      ExecutorService pool = newPool();
      try {
        FirstPass first = firstPass(input, source, size, listener, pool, passes);
        Writers w = new Writers(files);
        long[] counts = new long[5];
        ChunkBuffers spare = new ChunkBuffers(2 * options.threads() + 4);
        Header header = pump(input, source, passes, passes, size, listener, pool, first, 0,
            h -> {}, (scorer, chunk) -> scorer.score(chunk, spare), out -> {
              w.write(out);
              spare.giveBack(out.tables());
              counts[0] += out.rows();
              counts[1] += out.personsScored();
              counts[2] += out.couplesComplete();
              counts[3] += out.couplesWithOnePartner();
              counts[4] += out.rejected();
            });
        BatchSummary summary = new BatchSummary(header.layout, counts[0], counts[1], counts[2],
            counts[3], counts[4]);
        w.summary(summary, definition);
        files.commit();
        return summary;
      } finally {
        pool.shutdownNow();
      }
    }
  }

  /**
   * Computes the sample statistics of every scale: Cronbach's alpha with its Feldt interval and
   * item analysis over all persons and per partner role, and the between-partner intraclass
   * correlations of the scale scores (see {@link ReliabilityAccumulator}). Reads the file like
   * {@link #run} (the same rows are accepted and rejected) but writes nothing.
   *
   * <p>Item statistics use the answers as given (keyed, never imputed), as {@code psych::alpha}
   * does; the intraclass correlations use the scale scores as {@code persons.csv} has them, so with
   * imputation they are computed from imputed scores.
   *
   * @param input the CSV file
   * @param listener receives progress on the calling thread
   * @return the statistics, with the numbers of rows read and rejected
   * @throws BatchInputException when the file as a whole cannot be read
   * @throws IOException when the file cannot be read
   */
  public SampleStatistics reliability(Path input, ProgressListener listener) throws IOException {
    return reliability(input, MissingAnswers.PAIRWISE, listener);
  }

  /**
   * Computes the sample statistics as {@link #reliability(Path, ProgressListener)} does, with
   * missing answers treated as told. With {@link Imputation#MEAN} or {@link Imputation#MEDIAN}
   * the item statistics (alpha and item analysis) are computed from the answers with every
   * missing one filled with the item's keyed sample mean or median, as {@code
   * psych::scoreItems(keys, items, impute = "mean" | "median")} computes its alpha: over every
   * accepted person, whether or not they answered any of the scale's items.
   *
   * @param input the CSV file
   * @param missing {@link MissingAnswers#COMPLETE_CASES} for alpha on the persons who answered all
   *     of a scale's items; only without imputation
   * @param listener receives progress on the calling thread
   * @return the statistics, with the numbers of rows read and rejected
   * @throws IllegalArgumentException when complete cases are asked for with imputation
   * @throws BatchInputException when the file as a whole cannot be read
   * @throws IOException when the file cannot be read
   */
  public SampleStatistics reliability(Path input, MissingAnswers missing,
      ProgressListener listener) throws IOException {
    checkMissing(missing);
    checkInput(input);
    return statistics(input, missing, listener);
  }

  /**
   * Computes the sample statistics as {@link #reliability(Path, ProgressListener)} does and writes
   * them to {@code reliability.csv} (per scale and group), {@code reliability-items.csv} (per
   * item) and {@code reliability-kappa.csv} (the partners' agreement per item), committed as one
   * set with the guarantees of {@link #run}: the folder's lock, a staging folder, and a journal
   * that the next run completes if this one is killed while committing.
   *
   * @param input the CSV file
   * @param outputDir the folder for the three files, created if missing
   * @param listener receives progress on the calling thread
   * @return the statistics, with the numbers of rows read and rejected
   * @throws BatchInputException when the file as a whole cannot be read
   * @throws OutputFolderBusyException when another run is writing into the folder
   * @throws IOException when a file cannot be read or written
   */
  public SampleStatistics reliability(Path input, Path outputDir, ProgressListener listener)
      throws IOException {
    return reliability(input, MissingAnswers.PAIRWISE, outputDir, listener);
  }

  /**
   * Computes the sample statistics as {@link #reliability(Path, MissingAnswers,
   * ProgressListener)} does and writes them as {@link #reliability(Path, Path, ProgressListener)}
   * does, committed as one set; the column {@code alpha_from} of {@code reliability.csv} says how
   * alpha was computed ({@code pairwise}, {@code complete_cases}, {@code imputed_mean} or {@code
   * imputed_median}).
   *
   * @param input the CSV file
   * @param missing {@link MissingAnswers#COMPLETE_CASES} for alpha on the persons who answered all
   *     of a scale's items; only without imputation
   * @param outputDir the folder for the three files, created if missing
   * @param listener receives progress on the calling thread
   * @return the statistics, with the numbers of rows read and rejected
   * @throws IllegalArgumentException when complete cases are asked for with imputation
   * @throws BatchInputException when the file as a whole cannot be read
   * @throws OutputFolderBusyException when another run is writing into the folder
   * @throws IOException when a file cannot be read or written
   */
  public SampleStatistics reliability(Path input, MissingAnswers missing, Path outputDir,
      ProgressListener listener) throws IOException {
    checkMissing(missing);
    checkInput(input);
    try (OutputFiles files = OutputFiles.begin(outputDir, RELIABILITY_OUTPUTS, commitSteps,
        options.syncToDisk())) {
      SampleStatistics statistics = statistics(input, missing, listener);
      ReliabilityFiles.write(statistics.report(), questionnaire.definition(), alphaFrom(missing),
          options.layout() == BatchOptions.Layout.SINGLE, files.open(RELIABILITY),
          files.open(RELIABILITY_ITEMS), files.open(RELIABILITY_KAPPA));
      files.commit();
      return statistics;
    }
  }

  private String alphaFrom(MissingAnswers missing) {
    return switch (options.imputation()) {
      case MEAN -> "imputed_mean";
      case MEDIAN -> "imputed_median";
      case NONE -> missing == MissingAnswers.COMPLETE_CASES ? "complete_cases" : "pairwise";
    };
  }

  private void checkMissing(MissingAnswers missing) {
    if (missing == MissingAnswers.COMPLETE_CASES && options.imputation() != Imputation.NONE) {
      throw new IllegalArgumentException("complete cases and imputation are alternatives: "
          + "complete cases leave out persons with a missing answer, imputation fills it in");
    }
  }

  private SampleStatistics statistics(Path input, MissingAnswers missing,
      ProgressListener listener) throws IOException {
    String source = sourceName(input);
    long size = Files.size(input);
    int passes = passes(false);
    ExecutorService pool = newPool();
    try {
      // First, so that a definition beyond the accumulator's limit is rejected before any reading.
      ReliabilityAccumulator total =
          new ReliabilityAccumulator(questionnaire.definition(), missing);
      FirstPass first = firstPass(input, source, size, listener, pool, passes);
      long[] counts = new long[2];
      // Each chunk's result is an accumulator of the scales' item pairs: in flight, it weighs.
      long accumulatorWeight = 96 * ReliabilityAccumulator.itemPairs(questionnaire.definition());
      pump(input, source, passes, passes, size, listener, pool, first, accumulatorWeight,
          header -> {},
          (scorer, chunk) -> scorer.accumulate(chunk, missing), chunk -> {
            // Merged in input order, so the result does not depend on the thread count.
            total.merge(chunk.accumulator());
            counts[0] += chunk.rows();
            counts[1] += chunk.rejected();
          });
      return new SampleStatistics(total.result(), counts[0], counts[1]);
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Fits the truth-and-bias model of West and Kenny (2011) across the file's complete couples, per
   * scale with predicted items, by OLS and by GLS with compound symmetry within couples (see
   * {@link TruthAndBiasModel}). Reads the file like {@link #run} (the same rows are accepted and
   * rejected) but writes nothing; the scores are taken from the answers as given, never imputed.
   *
   * @param input the CSV file
   * @param listener receives progress on the calling thread
   * @return the fits, six per scale, with the numbers of rows read and rejected
   * @throws IllegalStateException when the questionnaire has no prediction items
   * @throws BatchInputException when the file as a whole cannot be read
   * @throws IOException when the file cannot be read
   */
  public TruthAndBiasResult truthAndBias(Path input, ProgressListener listener)
      throws IOException {
    PerceptionEngine perception = new PerceptionEngine(engine);
    if (!perception.hasPredictions()) {
      throw new IllegalStateException("questionnaire '" + questionnaire.id() + "' has no "
          + "prediction items; expected items with \"predicts\" (see questionnaires/README.md)");
    }
    checkInput(input);
    String source = sourceName(input);
    long size = Files.size(input);
    ExecutorService pool = newPool();
    try {
      List<TruthAndBiasModel> total =
          perception.scaleIds().stream().map(TruthAndBiasModel::new).toList();
      long[] counts = new long[2];
      pump(input, source, 1, 1, size, listener, pool, FirstPass.NONE, 0, header -> {},
          (scorer, chunk) -> scorer.perceive(chunk, perception), chunk -> {
            for (int s = 0; s < total.size(); s++) {
              total.get(s).merge(chunk.models().get(s));
            }
            counts[0] += chunk.rows();
            counts[1] += chunk.rejected();
          });
      List<TruthAndBiasFit> fits = new ArrayList<>();
      total.forEach(model -> fits.addAll(model.fit()));
      return new TruthAndBiasResult(fits, counts[0], counts[1]);
    } finally {
      pool.shutdownNow();
    }
  }
  /**
   * Fits the models as {@link #truthAndBias(Path, ProgressListener)} does and writes them to
   * {@code truth-and-bias.csv} (one row per scale, sample and estimator), committed with the
   * guarantees of {@link #run}: the folder's lock, a staging folder, and a journal.
   *
   * @param input the CSV file
   * @param outputDir the folder for the file, created if missing
   * @param listener receives progress on the calling thread
   * @return the fits, six per scale, with the numbers of rows read and rejected
   * @throws IllegalStateException when the questionnaire has no prediction items
   * @throws BatchInputException when the file as a whole cannot be read
   * @throws OutputFolderBusyException when another run is writing into the folder
   * @throws IOException when a file cannot be read or written
   */
  public TruthAndBiasResult truthAndBias(Path input, Path outputDir, ProgressListener listener)
      throws IOException {
    if (!new PerceptionEngine(engine).hasPredictions()) {
      return truthAndBias(input, listener); // throws, before the folder is touched
    }
    checkInput(input);
    try (OutputFiles files = OutputFiles.begin(outputDir, TRUTH_AND_BIAS_OUTPUTS, commitSteps,
        options.syncToDisk())) {
      TruthAndBiasResult result = truthAndBias(input, listener);
      TruthAndBiasFile.write(result, files.open(TRUTH_AND_BIAS));
      files.commit();
      return result;
    }
  }


  private static void checkInput(Path input) throws IOException {
    if (!Files.isRegularFile(input)) {
      throw new NoSuchFileException(input.toString(), null, "no such input file");
    }
  }

  private static String sourceName(Path input) {
    return input.getFileName() == null ? input.toString() : input.getFileName().toString();
  }

  /**
   * Two passes when imputing, or when the outputs need the normative profile ({@link
   * Output#DISTINCTIVE_PROFILES}); one otherwise, so the default run reads the file once.
   */
  private int passes(boolean outputs) {
    boolean normative = outputs && options.outputs().contains(Output.DISTINCTIVE_PROFILES);
    return options.imputation() == Imputation.NONE && !normative ? 1 : 2;
  }

  private ExecutorService newPool() {
    return Executors.newFixedThreadPool(options.threads(), task -> {
      Thread thread = new Thread(task, "dyadscore-batch-" + THREAD_NUMBER.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    });
  }

  /**
   * What a first pass over the file gives the second: each item's fill-in value for mean or
   * median imputation, and the sample's normative profile for distinctive profiles; each null
   * when not needed.
   */
  private record FirstPass(double @Nullable [] fill, @Nullable NormativeProfile normative) {
    static final FirstPass NONE = new FirstPass(null, null);
  }

  /**
   * The first pass, when there are two: it counts, per item, how often each option was chosen by
   * the persons that will be scored (an exact histogram), from which come the imputation's means
   * or medians and the normative profile's means. Memory is the number of options, whatever the
   * number of rows.
   */
  private FirstPass firstPass(Path input, String source, long size, ProgressListener listener,
      ExecutorService pool, int passes) throws IOException {
    if (passes == 1) {
      return FirstPass.NONE;
    }
    Definition definition = questionnaire.definition();
    ItemCounts empty = ItemCounts.of(definition);
    ItemCounts total = empty.emptyCopy();
    pump(input, source, 1, passes, size, listener, pool, FirstPass.NONE, 0, header -> {},
        (scorer, chunk) -> scorer.count(chunk, empty), total::addAll);
    double[] fill = options.imputation() == Imputation.NONE ? null
        : total.imputedKeyed(options.imputation(), definition);
    NormativeProfile normative = options.outputs().contains(Output.DISTINCTIVE_PROFILES)
        ? new NormativeProfile(total.imputedKeyed(Imputation.MEAN, definition),
            engine.profileItems())
        : null;
    return new FirstPass(fill, normative);
  }

  /** Receives the resolved header before any chunk. */
  @FunctionalInterface
  private interface HeaderSink {
    void accept(Header header) throws IOException;
  }

  /** Receives finished chunks in input order. */
  @FunctionalInterface
  private interface ResultSink<R> {
    void accept(R result) throws IOException;
  }

  /** Work done on a pool thread. */
  @FunctionalInterface
  private interface ChunkWork<R> {
    R apply(ChunkScorer scorer, List<Group> chunk);
  }

  /**
   * One pass over the file: the calling thread reads rows, groups them into couples and submits
   * chunks; pool threads do the work; the calling thread hands finished chunks to the sink in
   * input order. {@code resultWeight} is what each chunk's result weighs beyond its rows, for the
   * in-flight budget ({@link InputLimits#IN_FLIGHT_WEIGHT}).
   */
  private <R> Header pump(Path input, String source, int pass, int passes, long size,
      ProgressListener listener, ExecutorService pool, FirstPass firstPass, long resultWeight,
      HeaderSink onHeader, ChunkWork<R> work, ResultSink<R> sink) throws IOException {
    try (InputRows rows = InputRows.open(input, source, options.delimiter())) {
      Header header = header(rows, source);
      rows.readAnswers(new AnswerCells(header, options));
      onHeader.accept(header);
      ChunkScorer scorer = new ChunkScorer(engine, header, options, firstPass.fill(),
          firstPass.normative(), writers);
      Deque<Pending<R>> inFlight = new ArrayDeque<>();
      int maxInFlight = 2 * options.threads() + 2;
      Map<String, Long> recent = new LinkedHashMap<>(1024, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
          return size() > ADJACENCY_WINDOW;
        }
      };
      List<Group> chunk = new ArrayList<>(CHUNK_COUPLES);
      String currentId = null;
      long currentSeen = 0;
      boolean currentOverflow = false;
      List<Group.Row> currentRows = new ArrayList<>();
      long rowsRead = 0;
      long chunkStart = rows.weightRead();
      Group.Row row;
      while ((row = rows.next()) != null) {
        rowsRead++;
        @Nullable String[] fields = row.fields();
        String id = header.coupleColumn < fields.length ? fields[header.coupleColumn].trim() : "";
        if (id.length() > InputLimits.MAX_ID_CHARS) {
          throw InputLimits.idTooLong(source, row.line(), (header.layout == Layout.SINGLE
              ? "person id (column '" : "couple id (column '")
              + CsvText.abbreviate(header.names[header.coupleColumn]) + "')", id.length());
        }
        boolean sameCouple = header.layout == Layout.LONG && id.equals(currentId)
            && currentRows.size() < MAX_ROWS_PER_COUPLE;
        if (sameCouple) {
          currentRows.add(row);
          continue;
        }
        boolean overflow = header.layout == Layout.LONG && id.equals(currentId);
        if (currentId != null) {
          chunk.add(new Group(currentId, currentSeen, currentOverflow, rowsOf(currentRows)));
          long weight = rows.weightRead() - chunkStart;
          if (chunk.size() >= CHUNK_COUPLES || weight >= InputLimits.CHUNK_WEIGHT) {
            submit(scorer, chunk, weight + resultWeight, pool, work, inFlight, maxInFlight,
                sink);
            chunkStart += weight;
            chunk = new ArrayList<>(CHUNK_COUPLES);
            listener.progress(new ProgressListener.Progress(pass, passes, rows.bytesRead(), size,
                rowsRead));
          }
        }
        currentId = id;
        currentRows.clear();
        currentRows.add(row);
        currentSeen = 0;
        currentOverflow = overflow;
        // A person id may repeat in the single layout (repeated measures): nothing to pair.
        if (!id.isEmpty() && !overflow && header.layout != Layout.SINGLE) {
          Long first = recent.putIfAbsent(id, row.line());
          currentSeen = first == null ? 0 : first;
        }
      }
      if (currentId != null) {
        chunk.add(new Group(currentId, currentSeen, currentOverflow, rowsOf(currentRows)));
      }
      if (!chunk.isEmpty()) {
        submit(scorer, chunk, rows.weightRead() - chunkStart + resultWeight, pool, work,
            inFlight, 0, sink);
      }
      while (!inFlight.isEmpty()) {
        sink.accept(await(inFlight.poll().future()));
      }
      listener.progress(new ProgressListener.Progress(pass, passes, size, size, rowsRead));
      return header;
    }
  }

  /**
   * Submits a chunk, then hands finished chunks to the sink, oldest first, while more than {@code
   * maxInFlight} chunks or more than {@link InputLimits#IN_FLIGHT_WEIGHT} of rows are in flight.
   */
  /** Reads and resolves the header, the first row. */
  private Header header(InputRows rows, String source) throws IOException {
    Group.Row names = rows.next();
    if (names == null) {
      throw new BatchInputException(source, 0, "the file is empty; expected a header row "
          + "with the column names");
    }
    Header header = Header.resolve(source, names.fields(), options,
        questionnaire.definition().items());
    String clash = OutputColumns.passThroughClash(options.passThrough(),
        questionnaire.definition().scales().stream().map(Scale::id).toList());
    if (clash != null) {
      throw new BatchInputException(source, 1, clash);
    }
    return header;
  }

  /**
   * Reads only the header of a file and checks it as {@link #run} does, so that a caller that
   * copies a long stream (such as standard input) before scoring it can reject the wrong input
   * after its first line. Reads nothing beyond the header's row.
   *
   * @param input the CSV file, of which only the first row needs to be there
   * @throws BatchInputException when the header cannot be scored (missing or repeated columns,
   *     an undecidable layout, not UTF-8, over a limit)
   * @throws IOException when the file cannot be read
   * @since 0.1.0
   */
  public void checkHeader(Path input) throws IOException {
    String source = sourceName(input);
    try (InputRows rows = InputRows.open(input, source, options.delimiter())) {
      header(rows, source);
    }
  }

  private static <R> void submit(ChunkScorer scorer, List<Group> chunk, long weight,
      ExecutorService pool, ChunkWork<R> work, Deque<Pending<R>> inFlight, int maxInFlight,
      ResultSink<R> sink) throws IOException {
    List<Group> mine = chunk;
    inFlight.add(new Pending<>(pool.submit(() -> work.apply(scorer, mine)), weight));
    long total = 0;
    for (Pending<R> pending : inFlight) {
      total += pending.weight();
    }
    while (inFlight.size() > maxInFlight
        || inFlight.size() > 1 && total > InputLimits.IN_FLIGHT_WEIGHT) {
      Pending<R> oldest = inFlight.poll();
      total -= oldest.weight();
      sink.accept(await(oldest.future()));
    }
  }

  /**
   * A couple's rows as an immutable list: {@code List.of} for the usual one or two rows, which
   * makes no array, as it does once per couple.
   */
  private static List<Group.Row> rowsOf(List<Group.Row> rows) {
    return switch (rows.size()) {
      case 1 -> List.of(rows.get(0));
      case 2 -> List.of(rows.get(0), rows.get(1));
      default -> List.copyOf(rows);
    };
  }

  /** A chunk in flight, with what its rows weigh ({@link InputRows#weightRead()}). */
  private record Pending<R>(Future<R> future, long weight) {}

  private static <R> R await(Future<R> future) throws IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while scoring");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new UncheckedIOException(new IOException(cause));
    }
  }

  /** The open outputs of a run: one sink per table writer, and summary.csv. */
  private final class Writers {
    private final List<TableWriter.Sink> sinks = new ArrayList<>();
    private final OutputStream summary;

    Writers(OutputFiles files) throws IOException {
      for (TableWriter writer : writers) {
        sinks.add(writer.open(files));
      }
      summary = files.open(SUMMARY);
    }

    void write(ChunkScorer.ChunkText out) throws IOException {
      Utf8Builder[] tables = out.tables();
      for (int t = 0; t < tables.length; t++) {
        sinks.get(t).write(tables[t]);
      }
    }

    void summary(BatchSummary s, Definition definition) throws IOException {
      // The single layout has no couples: no couple columns rather than invented zeros.
      boolean single = s.layout() == Layout.SINGLE;
      List<String> names = new ArrayList<>(List.of("questionnaire", "questionnaire_version",
          "dyadscore_version", "layout", "imputation", "rows_read", "persons_scored"));
      List<String> values = new ArrayList<>(List.of(definition.id(), definition.version(),
          DyadscoreVersion.get(), s.layout().name().toLowerCase(Locale.ROOT),
          options.imputation().name().toLowerCase(Locale.ROOT), Long.toString(s.rowsRead()),
          Long.toString(s.personsScored())));
      if (!single) {
        names.addAll(List.of("couples_complete", "couples_with_one_partner"));
        values.addAll(List.of(Long.toString(s.couplesComplete()),
            Long.toString(s.couplesWithOnePartner())));
      }
      names.add("rows_rejected");
      values.add(Long.toString(s.rowsRejected()));
      TableWriter.csvLine(names).writeTo(summary);
      TableWriter.csvLine(values).writeTo(summary);
    }
  }
}
