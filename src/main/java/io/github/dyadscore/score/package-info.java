/**
 * One person's results: a score per scale with its status, and where the definition has reference
 * data, the person's standing against published norms and their interpretation band.
 *
 * <p>Every type here is an immutable record or enum, safe to share between threads. A score that
 * could not be computed is {@code NaN}, never zero, and its status says why.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.dyadscore.score;

import org.jspecify.annotations.NullMarked;
