package io.github.dyadscore.batch;

/**
 * What a batch run read, scored and rejected. The same counts are written to {@code summary.csv}.
 *
 * <p>The counts add up. In both layouts {@code personsScored = 2 * couplesComplete +
 * couplesWithOnePartner}. In the long layout every row is one person, so {@code rowsRead =
 * personsScored + rowsRejected}; in the wide layout every row is one couple, so {@code rowsRead =
 * couplesComplete + couplesWithOnePartner + rowsRejected}. Blank lines and the header are not
 * rows.
 *
 * @param layout the layout the file was read in (never AUTO)
 * @param rowsRead data rows read
 * @param personsScored persons written to {@code persons.csv}
 * @param couplesComplete couples with both partners scored
 * @param couplesWithOnePartner couples with only one partner scored
 * @param rowsRejected rows written to {@code errors.csv} instead of being scored
 * @since 0.1.0
 */
public record BatchSummary(
    BatchOptions.Layout layout,
    long rowsRead,
    long personsScored,
    long couplesComplete,
    long couplesWithOnePartner,
    long rowsRejected) {

  /**
   * Whether any row was rejected.
   *
   * @return true when {@code rowsRejected > 0}
   */
  public boolean hasRejectedRows() {
    return rowsRejected > 0;
  }
}
