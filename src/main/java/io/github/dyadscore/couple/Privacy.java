package io.github.dyadscore.couple;

/**
 * How much of each partner's answering a couple report carries.
 *
 * <p><b>The small-count rule.</b> A statistic over the items both partners answered can give away
 * a single answer when it rests on very few items: a mean absolute difference over one shared
 * item is that item's gap, and the reader knows their own answer; positive agreement counts only
 * the items the reader answered favourably, so over one such item it tells whether the other
 * partner answered it favourably too; a correlation over two items is always 1 or -1. Under
 * {@link #SCALES_ONLY} (and in every report meant for a partner or for the couple) such a
 * statistic is withheld, reported as NaN, unless it rests on at least {@link
 * #MINIMUM_SHARED_ITEMS} items: the profile similarity on {@link
 * ProfileSimilarity#itemsUsed()} items (its correlation, mean absolute difference and distance),
 * positive agreement on at least that many items answered favourably by each partner, and a
 * scale's within-couple agreement r_wg(J) on all its items, each counted in every group of items
 * that belong to exactly the same scales (so that no difference between the figures of
 * overlapping scales, such as a composite and one of its components, falls below the rule). Three is the smallest count at which no single answer follows from
 * the statistic and the reader's own answers, except at its extremes (all items agree, or none),
 * which like a scale score at the end of its range are inherent to reporting any result.
 *
 * @since 0.1.0
 */
public enum Privacy {
  /** Scale results and item-level comparisons, including both partners' answers. */
  SHARE_ITEMS,
  /**
   * Scale-level results only: no item answers and no item-level comparisons, and no statistic
   * over fewer shared items than the small-count rule allows, so that a report can be shown to
   * one partner without revealing how the other answered any item.
   */
  SCALES_ONLY;

  /**
   * The fewest items a statistic over both partners' answers must rest on to be shown under
   * {@link #SCALES_ONLY} (the small-count rule above).
   */
  public static final int MINIMUM_SHARED_ITEMS = 3;

  /**
   * Whether a statistic over both partners' answers that rests on this many items may be shown
   * under this privacy.
   *
   * @param items the items it rests on (see the small-count rule above for which items count)
   * @return true under {@link #SHARE_ITEMS}; under {@link #SCALES_ONLY} true from {@link
   *     #MINIMUM_SHARED_ITEMS} items on
   */
  public boolean shows(int items) {
    return this == SHARE_ITEMS || items >= MINIMUM_SHARED_ITEMS;
  }
}
