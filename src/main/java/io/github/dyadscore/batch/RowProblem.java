package io.github.dyadscore.batch;

/**
 * A problem of one input row, as errors.csv lists it.
 *
 * @param line the line the row starts on
 * @param couple the couple id, possibly empty
 * @param partner the partner label, possibly empty
 * @param column the column at fault, possibly empty
 * @param reason what is wrong and what was expected; never an answer value
 */
record RowProblem(long line, String couple, String partner, String column, String reason) {}
