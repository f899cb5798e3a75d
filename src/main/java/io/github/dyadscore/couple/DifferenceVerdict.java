package io.github.dyadscore.couple;

/**
 * Whether the gap between two partners' scale scores exceeds measurement error.
 *
 * @since 0.1.0
 */
public enum DifferenceVerdict {
  /** The absolute difference is larger than 1.96 standard errors of the difference. */
  RELIABLE,
  /** The absolute difference is within 1.96 standard errors of the difference. */
  WITHIN_ERROR,
  /** No test: the scale has no published reliability and SD, or a partner has no score. */
  NOT_ASSESSED
}
