/**
 * dyadscore: scores couples' relationship questionnaires and reports where the two partners
 * diverge.
 *
 * <p>Start with {@link io.github.dyadscore.Questionnaire}: load a definition (or a bundled one by
 * name), then {@link io.github.dyadscore.Questionnaire#score score} one person's {@link
 * io.github.dyadscore.Answers} or {@link io.github.dyadscore.Questionnaire#compare compare} two
 * partners.
 *
 * @since 0.1.0
 */
@NullMarked
package io.github.dyadscore;

import org.jspecify.annotations.NullMarked;
