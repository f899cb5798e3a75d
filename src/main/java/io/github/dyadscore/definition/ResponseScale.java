package io.github.dyadscore.definition;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The answers an item accepts: its options and the codes that mean unanswered.
 *
 * @param id the response scale's id, unique in its questionnaire
 * @param options the options, in definition order, at least two, with distinct codes
 * @param missingCodes the codes that count as unanswered, including the questionnaire-wide ones
 * @param divergence divergence settings for items on this scale, overriding the questionnaire's;
 *     null when not set
 * @since 0.1.0
 */
public record ResponseScale(
    String id,
    List<ResponseOption> options,
    List<MissingCode> missingCodes,
    @Nullable DivergenceSettings divergence) {

  /**
   * Creates a response scale, with copies of the lists.
   *
   * @param id the response scale's id, unique in its questionnaire
   * @param options the options, in definition order, at least two, with distinct codes
   * @param missingCodes the codes that count as unanswered, including the questionnaire-wide ones
   * @param divergence divergence settings for items on this scale, overriding the questionnaire's;
   *     null when not set
   */
  public ResponseScale {
    options = List.copyOf(options);
    missingCodes = List.copyOf(missingCodes);
  }

  /**
   * The smallest point value of any option.
   *
   * @return the minimum value
   */
  public double minValue() {
    return options.stream().mapToDouble(ResponseOption::value).min().orElseThrow();
  }

  /**
   * The largest point value of any option.
   *
   * @return the maximum value
   */
  public double maxValue() {
    return options.stream().mapToDouble(ResponseOption::value).max().orElseThrow();
  }
}
