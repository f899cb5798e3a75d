/**
 * Calibration: reference data (reliability and norms) computed from a sample of one's own couples,
 * written into a new, complete definition, so that standings and the reliable-difference verdict
 * work for a questionnaire that has no published norms.
 *
 * <p>{@link io.github.dyadscore.calibration.Calibration#of} turns the statistics of a sample (the
 * {@code ReliabilityReport} that {@code dyadscore reliability} and {@code BatchScorer} compute)
 * into a calibrated questionnaire; {@link io.github.dyadscore.calibration.Calibrator} collects
 * that sample from {@code Answers}, for an app. {@link
 * io.github.dyadscore.calibration.CalibrationOptions} and {@link
 * io.github.dyadscore.calibration.Calibration} are immutable and thread-safe; a {@code Calibrator}
 * is not thread-safe.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.dyadscore.calibration;

import org.jspecify.annotations.NullMarked;
