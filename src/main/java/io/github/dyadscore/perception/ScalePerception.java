package io.github.dyadscore.perception;

/**
 * One direction's perception on one scale: the indices over the scale's items that have a
 * prediction item, and the scale scored three times on those items only.
 *
 * <p>The three scores follow the scale's own rules (method, weights, minimum answered,
 * composites) with every other item treated as unanswered, so all three rest on the same items;
 * each is {@code NaN} when those items do not reach the scale's minimum. With every item of the
 * scale predicted and answered they equal the scale scores of a couple report.
 *
 * @param scale the scale's id
 * @param indices the indices over the scale's predicted items
 * @param predicted the scale scored from X's predictions: the score X expects Y to have
 * @param actual the scale scored from Y's self answers on the same items (the truth)
 * @param own the scale scored from X's own self answers on the same items
 * @param difference {@code predicted - actual}: above 0 when X expects Y to score higher than Y
 *     did
 * @since 0.1.0
 */
public record ScalePerception(
    String scale,
    PerceptionIndices indices,
    double predicted,
    double actual,
    double own,
    double difference) {}
