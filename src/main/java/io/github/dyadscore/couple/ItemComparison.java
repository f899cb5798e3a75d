package io.github.dyadscore.couple;

import java.util.List;

/**
 * Both partners' answers to one item that both answered.
 *
 * <p>Values are keyed point values (after reverse keying), so a higher value means more of what
 * the item's scales measure, and {@code difference = valueA - valueB}. Which end is favourable
 * follows the scales' {@link io.github.dyadscore.definition.Direction}: on an item of a
 * lower-is-better scale the lower keyed value is the more favourable answer.
 *
 * @param item the item's id
 * @param codeA partner A's stored answer code
 * @param codeB partner B's stored answer code
 * @param valueA partner A's keyed value
 * @param valueB partner B's keyed value
 * @param difference {@code valueA - valueB}
 * @param agreement how the two answers relate
 * @param divergent whether the answers are at least the item's divergence gap apart
 * @param scales the ids of the scales the item belongs to (item scales only)
 * @since 0.1.0
 */
public record ItemComparison(
    String item,
    int codeA,
    int codeB,
    double valueA,
    double valueB,
    double difference,
    Agreement agreement,
    boolean divergent,
    List<String> scales) {

  /**
   * Creates a comparison, with a copy of the list of scales.
   *
   * @param item the item's id
   * @param codeA partner A's stored answer code
   * @param codeB partner B's stored answer code
   * @param valueA partner A's keyed value
   * @param valueB partner B's keyed value
   * @param difference {@code valueA - valueB}
   * @param agreement how the two answers relate
   * @param divergent whether the answers are at least the item's divergence gap apart
   * @param scales the ids of the scales the item belongs to (item scales only)
   */
  public ItemComparison {
    scales = List.copyOf(scales);
  }

  /**
   * How far apart the answers are.
   *
   * @return {@code |valueA - valueB|}
   */
  public double absoluteDifference() {
    return Math.abs(difference);
  }

  /** Shows the item, never the answers, so that a comparison written to a log reveals nothing. */
  @Override
  public String toString() {
    return "ItemComparison[" + item + "]";
  }
}
