/**
 * The {@code dyadscore} command line: a thin picocli shell over the library. Not exported by the
 * module; only this package prints or exits.
 */
@NullMarked
package io.github.dyadscore.cli;

import org.jspecify.annotations.NullMarked;
