package io.github.dyadscore.perception;

import java.util.List;

/**
 * One direction of a couple: how partner X predicted partner Y.
 *
 * @param direction who predicts whom
 * @param items the indices over every item that has a prediction item
 * @param scales per scale with at least one predicted item, in definition order
 * @since 0.1.0
 */
public record PartnerPerception(
    Direction direction, PerceptionIndices items, List<ScalePerception> scales) {

  /**
   * Creates the {@code PartnerPerception}, with a copy of the list.
   *
   * @param direction who predicts whom
   * @param items the indices over every item that has a prediction item
   * @param scales per scale with at least one predicted item, in definition order
   */
  public PartnerPerception {
    scales = List.copyOf(scales);
  }
}
