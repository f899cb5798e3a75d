package io.github.dyadscore.definition;

/**
 * Why a code counts as unanswered. Every reason is scored the same way: as a missing answer.
 *
 * @since 0.1.0
 */
public enum MissingReason {
  /** The answer is missing (for example {@code -99} in a research file). */
  MISSING,
  /** The person said they do not know. */
  DONT_KNOW,
  /** The question does not apply to the person. */
  NOT_APPLICABLE
}
