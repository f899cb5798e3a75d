package io.github.dyadscore.couple;

/**
 * How alike two partners' answer profiles are, over the keyed items both answered.
 *
 * <p>The correlation is Pearson's r between the two vectors of keyed values (the overall profile
 * correlation; Furr 2008): it reflects the shape of the profiles, not their level. It is NaN, not
 * zero, when fewer items were compared than the definition's minimum (its divergence settings'
 * {@code minimumProfileItems}, 3 by default: over two items r is always +1 or -1) or either
 * profile has no variance (a partner gave
 * the same keyed value everywhere), because r is undefined then. The mean absolute difference
 * {@code sum(|a_i - b_i|) / n} reflects level and shape together; it is NaN when no item was
 * compared. The distance splits the gap between the profiles into level, spread and shape
 * (Cronbach and Gleser 1953, see {@link ProfileDistance}).
 *
 * @param itemsUsed the number of items both partners answered
 * @param correlation Pearson's r, or NaN when undefined
 * @param meanAbsoluteDifference the mean absolute difference, or NaN when no item was compared
 * @param distance Cronbach and Gleser's D^2 and its parts
 * @since 0.1.0
 */
public record ProfileSimilarity(
    int itemsUsed, double correlation, double meanAbsoluteDifference, ProfileDistance distance) {}
