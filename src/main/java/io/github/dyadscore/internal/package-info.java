/**
 * Machinery behind the public API: the located JSON reader, the definition validator and the
 * compiled scoring engine. Not exported by the module; no compatibility promises.
 */
@NullMarked
package io.github.dyadscore.internal;

import org.jspecify.annotations.NullMarked;
