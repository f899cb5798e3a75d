package io.github.dyadscore.batch;

/**
 * Receives progress while a batch runs, for a progress bar. Called on the thread that called
 * {@link BatchScorer#run}, about every thousand rows; it should return quickly. Progress carries
 * counts only, never answers.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ProgressListener {

  /** A listener that ignores progress. */
  ProgressListener NONE = progress -> {};

  /**
   * Reports progress.
   *
   * @param progress how far the run has got
   */
  void progress(Progress progress);

  /**
   * How far a run has got. With imputation the file is read twice (pass 1 collects each item's
   * mean or median); otherwise once.
   *
   * @param pass the current pass, from 1
   * @param passes the number of passes
   * @param bytesRead bytes of the input read in this pass
   * @param bytesTotal the input's size in bytes
   * @param rowsRead data rows read in this pass
   */
  record Progress(int pass, int passes, long bytesRead, long bytesTotal, long rowsRead) {

    /**
     * The share of the whole run done, over all passes.
     *
     * @return a fraction from 0 to 1
     */
    public double fraction() {
      double inPass = bytesTotal <= 0 ? 1 : Math.min(1.0, (double) bytesRead / bytesTotal);
      return (pass - 1 + inPass) / passes;
    }
  }
}
