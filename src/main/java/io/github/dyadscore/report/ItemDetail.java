package io.github.dyadscore.report;

/**
 * How much item-level detail a {@link ReportView} shows, and why.
 *
 * @since 0.1.0
 */
public enum ItemDetail {
  /** Both partners' item answers and the item comparisons (therapist, or a consenting couple). */
  ALL,
  /** The reader's own item answers only (a partner reading alone). */
  OWN_ANSWERS,
  /**
   * No item answers, because of the audience: the couple reads together and has not stated that
   * both partners agreed to share their item answers.
   */
  NONE_FOR_AUDIENCE,
  /**
   * No item answers, because the caller asked for scale results only ({@link
   * io.github.dyadscore.couple.Privacy#SCALES_ONLY}). The only case a report calls "scales only".
   */
  NONE_BY_PRIVACY
}
