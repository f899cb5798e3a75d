/**
 * Sample statistics over many persons and couples: Cronbach's alpha with its Feldt interval, item
 * analysis (alpha if an item is deleted, corrected item-total correlation), the similarity of
 * partners' scale scores (double-entry and ANOVA intraclass correlations), the reliability of the
 * partners' difference and couple mean, and the distribution of the scale scores (the numbers a
 * calibration turns into norms).
 *
 * <p>{@link io.github.dyadscore.stats.ReliabilityAccumulator} streams over persons and couples
 * with memory that does not grow with their number; it is not thread-safe, so use one per thread
 * and {@linkplain io.github.dyadscore.stats.ReliabilityAccumulator#merge merge} them. Every other
 * type here is an immutable record or enum, safe to share between threads. A statistic that is
 * undefined for the data (too few persons, an item without variance) is {@code NaN}, never zero,
 * and each record's documentation says when that happens.
 *
 * <p>The item statistics reproduce R's {@code psych::alpha} (psych 2.2.9) with its defaults
 * ({@code use = "pairwise"}); the golden tests compare with psych to 1e-9.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.dyadscore.stats;

import org.jspecify.annotations.NullMarked;
