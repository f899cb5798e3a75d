package io.github.dyadscore.stats;

/**
 * How the reliability analysis treats a person's missing answers within a scale.
 *
 * @since 0.1.0
 */
public enum MissingAnswers {
  /**
   * Every person counts; each covariance uses the persons who answered both items, as {@code
   * psych::alpha} does with its default {@code cov(x, use = "pairwise")}.
   */
  PAIRWISE,
  /**
   * Per scale, only the persons who answered every item of the scale count, as {@code
   * psych::alpha(na.omit(x))}: the Feldt interval's n is then the number of such persons. The
   * between-partner correlations of the scale scores are not affected.
   */
  COMPLETE_CASES
}
