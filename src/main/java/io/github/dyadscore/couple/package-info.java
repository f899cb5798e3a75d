/**
 * Where two partners diverge: per scale both scores, the gap and whether it exceeds measurement
 * error; per item the answers that lie far apart and how the couple agrees; and how similar the
 * two answer profiles are.
 *
 * <p>Every type here is an immutable record or enum, safe to share between threads. Swapping the
 * partners mirrors every signed figure and changes nothing else. Read the difference figures
 * beside both partners' scores, never alone: difference scores carry both partners' measurement
 * error and hide where the couple stands (Griffin, Murray and Gonzalez 1999).
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.dyadscore.couple;

import org.jspecify.annotations.NullMarked;
