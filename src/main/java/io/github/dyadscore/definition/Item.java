package io.github.dyadscore.definition;

import org.jspecify.annotations.Nullable;

/**
 * One question: a self item, which a person answers about themselves or the relationship, or a
 * prediction item, which asks how the person thinks their partner answered one self item ("How do
 * you think your partner answered: ...").
 *
 * <p>A prediction item is answered on its self item's response scale and keyed like it (its
 * {@code reversed} is the self item's), so that a prediction and the partner's self answer are
 * compared on the same keyed values. It belongs to no scale: scale scores use self answers only.
 *
 * @param id the item's id, unique in its questionnaire and used as the answer key
 * @param text the wording, or null in a scoring key whose wording may not be shipped
 * @param responseScale the id of the item's response scale
 * @param reversed whether the item is reverse keyed: its value {@code x} scores {@code min + max -
 *     x}, with min and max the smallest and largest point values of its response scale
 * @param weight the item's weight in its scales' sums and means, greater than zero (usually 1)
 * @param predicts for a prediction item, the id of the self item whose partner answer it
 *     predicts; null for a self item
 * @since 0.1.0
 */
public record Item(
    String id,
    @Nullable LocalizedText text,
    String responseScale,
    boolean reversed,
    double weight,
    @Nullable String predicts) {

  /**
   * A self item.
   *
   * @param id the item's id
   * @param text the wording, or null
   * @param responseScale the id of the item's response scale
   * @param reversed whether the item is reverse keyed
   * @param weight the item's weight, greater than zero
   */
  public Item(
      String id, @Nullable LocalizedText text, String responseScale, boolean reversed,
      double weight) {
    this(id, text, responseScale, reversed, weight, null);
  }

  /**
   * Whether this item asks for a prediction of the partner's answer to a self item.
   *
   * @return true for a prediction item
   */
  public boolean isPrediction() {
    return predicts != null;
  }
}
