package io.github.dyadscore.definition;

import org.jspecify.annotations.Nullable;

/**
 * When two partners' answers to an item count as far apart, and which answers are favourable.
 *
 * <p>All values are keyed point values (after reverse keying), on which a higher value is the more
 * favourable answer. On an item of a {@link Direction#LOWER_IS_BETTER} scale the thresholds apply
 * to the mirrored value {@code lo + hi - keyed}, so that {@code favourableAtLeast} 5 on a 1-7
 * scale makes keyed answers of 3 or less favourable there. A null field takes its default from
 * the item's response scale, whose keyed values run from {@code lo} to {@code hi}: the gap
 * defaults to {@code (hi - lo) / 2}; an answer is favourable beyond the midpoint {@code (lo + hi)
 * / 2} on the scale's favourable side and unfavourable beyond it on the other.
 *
 * <p>The minimum number of shared items for the profile correlation is questionnaire-wide only (a
 * response scale's settings never carry it): a Pearson r over two items is always +1 or -1 and
 * means nothing, so below the minimum the profile correlation is undefined (NaN).
 *
 * @param gap the smallest absolute difference that counts as divergent, or null for the default
 * @param favourableAtLeast keyed values at or above this are favourable, or null for the default
 * @param unfavourableAtMost keyed values at or below this are unfavourable, or null for the default
 * @param minimumProfileItems the fewest items both partners must have answered for a profile
 *     correlation, at least 2, or null for the default {@value #DEFAULT_MINIMUM_PROFILE_ITEMS}
 * @since 0.1.0
 */
public record DivergenceSettings(
    @Nullable Double gap,
    @Nullable Double favourableAtLeast,
    @Nullable Double unfavourableAtMost,
    @Nullable Integer minimumProfileItems) {

  /** The fewest shared items for a profile correlation when a definition does not say. */
  public static final int DEFAULT_MINIMUM_PROFILE_ITEMS = 3;

  /**
   * Settings without a minimum for the profile correlation.
   *
   * @param gap the divergence gap, or null
   * @param favourableAtLeast the favourable threshold, or null
   * @param unfavourableAtMost the unfavourable threshold, or null
   */
  public DivergenceSettings(
      @Nullable Double gap, @Nullable Double favourableAtLeast,
      @Nullable Double unfavourableAtMost) {
    this(gap, favourableAtLeast, unfavourableAtMost, null);
  }

  /**
   * The minimum number of shared items for the profile correlation of a definition.
   *
   * @param definition the definition
   * @return its questionnaire-wide setting, or {@value #DEFAULT_MINIMUM_PROFILE_ITEMS}
   */
  public static int minimumProfileItems(Definition definition) {
    DivergenceSettings settings = definition.divergence();
    return settings == null || settings.minimumProfileItems() == null
        ? DEFAULT_MINIMUM_PROFILE_ITEMS : settings.minimumProfileItems();
  }
}
