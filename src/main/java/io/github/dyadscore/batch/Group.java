package io.github.dyadscore.batch;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The rows of one couple, as the reader grouped them: adjacent rows with the same couple id (long
 * layout) or one row (wide layout).
 *
 * @param couple the couple id, trimmed
 * @param seenBeforeLine the line the same couple id started on earlier, when its rows are not
 *     adjacent; 0 otherwise
 * @param overflow whether these rows continue a run of one couple id longer than the reader
 *     groups at once (all of them are surplus rows)
 * @param rows the rows in input order
 */
record Group(String couple, long seenBeforeLine, boolean overflow, List<Row> rows) {

  /**
   * One input row.
   *
   * @param line the line it starts on, from 1
   * @param fields the cells as read, except that an answer cell the reader turned into a code (see
   *     {@link AnswerCells}) is null here
   * @param codes per column, where {@code fields} is null: the cell's whole number or {@link
   *     AnswerCells#MISSING}; unused elsewhere (and empty when the reader turned no cell)
   */
  record Row(long line, @Nullable String[] fields, int[] codes) {}
}
