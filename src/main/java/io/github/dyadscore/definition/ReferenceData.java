package io.github.dyadscore.definition;

import org.jspecify.annotations.Nullable;

/**
 * Published facts about a scale that give a score meaning. Each part is optional.
 *
 * @param reliability the scale's reliability, or null
 * @param norms the scale's norms, or null
 * @param bands the scale's interpretation bands, or null
 * @since 0.1.0
 */
public record ReferenceData(
    @Nullable Reliability reliability, @Nullable Norms norms, @Nullable Bands bands) {}
