package io.github.dyadscore.definition;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A scale: either a set of items or a composite of other scales.
 *
 * @param id the scale's id, unique in its questionnaire
 * @param name the scale's name
 * @param description what the scale measures, or null
 * @param items the ids of its items in definition order; empty for a composite
 * @param components the ids of its component scales; empty for an item scale
 * @param method how the score is formed
 * @param minimumAnswered how many items (or components) must be answered for a score
 * @param reference published reliability, norms and bands, or null
 * @param direction which end of the scale is favourable; for a composite the same as each of its
 *     components' (the loader checks it)
 * @since 0.1.0
 */
public record Scale(
    String id,
    LocalizedText name,
    @Nullable LocalizedText description,
    List<String> items,
    List<String> components,
    ScoringMethod method,
    MinimumAnswered minimumAnswered,
    @Nullable ReferenceData reference,
    Direction direction) {

  /**
   * Creates a scale, with copies of the lists.
   *
   * @param id the scale's id, unique in its questionnaire
   * @param name the scale's name
   * @param description what the scale measures, or null
   * @param items the ids of its items in definition order; empty for a composite
   * @param components the ids of its component scales; empty for an item scale
   * @param method how the score is formed
   * @param minimumAnswered how many items (or components) must be answered for a score
   * @param reference published reliability, norms and bands, or null
   * @param direction which end of the scale is favourable
   * @throws IllegalArgumentException unless the scale has either items or component scales
   */
  public Scale {
    Objects.requireNonNull(direction, "direction");
    items = List.copyOf(items);
    components = List.copyOf(components);
    if (items.isEmpty() == components.isEmpty()) {
      throw new IllegalArgumentException(
          "scale '" + id + "' needs either items or component scales, not both or neither");
    }
  }

  /**
   * Creates a higher-is-better scale, as {@link Direction#HIGHER_IS_BETTER}.
   *
   * @param id the scale's id, unique in its questionnaire
   * @param name the scale's name
   * @param description what the scale measures, or null
   * @param items the ids of its items in definition order; empty for a composite
   * @param components the ids of its component scales; empty for an item scale
   * @param method how the score is formed
   * @param minimumAnswered how many items (or components) must be answered for a score
   * @param reference published reliability, norms and bands, or null
   * @throws IllegalArgumentException unless the scale has either items or component scales
   */
  public Scale(String id, LocalizedText name, @Nullable LocalizedText description,
      List<String> items, List<String> components, ScoringMethod method,
      MinimumAnswered minimumAnswered, @Nullable ReferenceData reference) {
    this(id, name, description, items, components, method, minimumAnswered, reference,
        Direction.HIGHER_IS_BETTER);
  }

  /**
   * Whether a lower score is the more favourable one on this scale.
   *
   * @return true for {@link Direction#LOWER_IS_BETTER}
   */
  public boolean lowerIsBetter() {
    return direction == Direction.LOWER_IS_BETTER;
  }

  /**
   * Whether this scale is built from other scales.
   *
   * @return true for a composite
   */
  public boolean isComposite() {
    return !components.isEmpty();
  }
}
