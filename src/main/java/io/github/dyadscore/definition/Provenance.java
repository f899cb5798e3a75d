package io.github.dyadscore.definition;

import org.jspecify.annotations.Nullable;

/**
 * Where a questionnaire comes from and on what terms it may be used.
 *
 * @param citation how to cite the instrument, or null
 * @param doi the DOI of its publication, or null
 * @param url a web page about it, or null
 * @param license the licence or permission terms
 * @param validated whether the instrument has been validated in published research
 * @param validationNote what users must know about its validation (always present when not
 *     validated), or null
 * @since 0.1.0
 */
public record Provenance(
    @Nullable String citation,
    @Nullable String doi,
    @Nullable String url,
    String license,
    boolean validated,
    @Nullable LocalizedText validationNote) {}
