package io.github.dyadscore.calibration;

import io.github.dyadscore.DyadscoreException;

/**
 * A sample that cannot be calibrated from, with what is wrong and how to fix it.
 *
 * @since 0.1.0
 */
public final class CalibrationException extends DyadscoreException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and how to fix it
   */
  public CalibrationException(String message) {
    super(message);
  }
}
