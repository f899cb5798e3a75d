package io.github.dyadscore.definition;

import org.jspecify.annotations.Nullable;

/**
 * When two partners' answers to an item count as far apart, and which answers are favourable.
 *
 * <p>All values are keyed point values (after reverse keying), so that a higher value is always the
 * more favourable answer. A null field takes its default from the item's response scale, whose
 * keyed values run from {@code lo} to {@code hi}: the gap defaults to {@code (hi - lo) / 2}; an
 * answer is favourable above the midpoint {@code (lo + hi) / 2} and unfavourable below it.
 *
 * @param gap the smallest absolute difference that counts as divergent, or null for the default
 * @param favourableAtLeast keyed values at or above this are favourable, or null for the default
 * @param unfavourableAtMost keyed values at or below this are unfavourable, or null for the default
 * @since 0.1.0
 */
public record DivergenceSettings(
    @Nullable Double gap, @Nullable Double favourableAtLeast, @Nullable Double unfavourableAtMost) {}
