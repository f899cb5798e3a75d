package io.github.dyadscore.couple;

/** How much of each partner's answering a couple report carries. */
public enum Privacy {
  /** Scale results and item-level comparisons, including both partners' answers. */
  SHARE_ITEMS,
  /**
   * Scale-level results only: no item answers and no item-level comparisons, so that a report can
   * be shown to one partner without revealing how the other answered any item.
   */
  SCALES_ONLY
}
