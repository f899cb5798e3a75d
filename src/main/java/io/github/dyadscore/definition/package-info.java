/**
 * The questionnaire definition model: response scales, items, scales and their reference data, as
 * loaded from a definition file by {@link io.github.dyadscore.Questionnaire}.
 *
 * <p>Every type here is an immutable record, safe to share between threads. Fields documented as
 * nullable are absent in the definition; everything else is non-null.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.dyadscore.definition;

import org.jspecify.annotations.NullMarked;
