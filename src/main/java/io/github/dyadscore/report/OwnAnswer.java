package io.github.dyadscore.report;

/**
 * One partner's answer to one item, as a report shows it to that partner (and to the therapist).
 *
 * @param item the item's id
 * @param code the stored code
 * @param value the keyed point value (after reverse keying), or NaN for a missing code
 * @param missingCode whether the code is one of the item's missing codes (such as "does not
 *     apply") rather than an option
 * @since 0.1.0
 */
public record OwnAnswer(String item, int code, double value, boolean missingCode) {

  /** Shows the item only, never the answer, so that a log line reveals nothing. */
  @Override
  public String toString() {
    return "OwnAnswer[" + item + "]";
  }
}
