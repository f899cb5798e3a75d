package io.github.dyadscore.definition;

import org.jspecify.annotations.Nullable;

/**
 * A stored code that means "no answer", such as {@code 99} for "not applicable".
 *
 * @param code the stored code
 * @param reason why the code counts as unanswered
 * @param label how the code is shown to respondents, or null
 * @since 0.1.0
 */
public record MissingCode(int code, MissingReason reason, @Nullable LocalizedText label) {}
