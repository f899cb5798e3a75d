/**
 * Batch scoring for researchers: a CSV file of couples in, tidy CSV files out.
 *
 * <p>{@link io.github.dyadscore.batch.BatchScorer} reads a file in long layout (one row per person)
 * or wide layout (one row per couple), scores every person, compares every couple and writes
 * {@code persons.csv}, {@code couples.csv}, {@code pairwise.csv}, {@code errors.csv},
 * {@code summary.csv} and, when asked, {@code item-divergences.csv} and {@code reports.jsonl}.
 * Configuration is the immutable {@link io.github.dyadscore.batch.BatchOptions}; the result is a
 * {@link io.github.dyadscore.batch.BatchSummary} whose counts add up.
 *
 * <p>Reading streams: memory does not grow with the number of rows. Numbers are written as R's
 * {@code write.csv} writes them: at most 15 significant digits, with a decimal point whatever the
 * default locale.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.dyadscore.batch;

import org.jspecify.annotations.NullMarked;
