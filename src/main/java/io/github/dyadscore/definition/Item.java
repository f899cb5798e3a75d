package io.github.dyadscore.definition;

import org.jspecify.annotations.Nullable;

/**
 * One question.
 *
 * @param id the item's id, unique in its questionnaire and used as the answer key
 * @param text the wording, or null in a scoring key whose wording may not be shipped
 * @param responseScale the id of the item's response scale
 * @param reversed whether the item is reverse keyed: its value {@code x} scores {@code min + max -
 *     x}, with min and max the smallest and largest point values of its response scale
 * @param weight the item's weight in its scales' sums and means, greater than zero (usually 1)
 */
public record Item(
    String id, @Nullable LocalizedText text, String responseScale, boolean reversed, double weight) {}
