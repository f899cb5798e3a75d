package io.github.dyadscore.definition;

import org.jspecify.annotations.Nullable;

/**
 * One answer a respondent can give: the code stored in a data file and the points it scores.
 *
 * <p>Keeping code and value apart lets irregular keys be written as data: the CSI-16 scores some
 * word-pair items 5 at the left-most position and others 0, which is just a different list of
 * options.
 *
 * @param code the stored code
 * @param value the point value before any reverse keying
 * @param label how the option is shown, or null (always null in scoring keys of published
 *     instruments)
 * @since 0.1.0
 */
public record ResponseOption(int code, double value, @Nullable LocalizedText label) {}
