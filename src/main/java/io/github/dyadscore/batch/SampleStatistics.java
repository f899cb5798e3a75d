package io.github.dyadscore.batch;

import io.github.dyadscore.stats.ReliabilityReport;

/**
 * The sample statistics of a response file, with how many of its rows went into them.
 *
 * @param report the statistics per scale
 * @param rowsRead data rows read
 * @param rowsRejected rows left out because they could not be scored (listed by {@code score} in
 *     errors.csv)
 * @since 0.1.0
 */
public record SampleStatistics(ReliabilityReport report, long rowsRead, long rowsRejected) {}
