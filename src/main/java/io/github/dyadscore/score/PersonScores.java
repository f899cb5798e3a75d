package io.github.dyadscore.score;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * One person's scores on every scale of a questionnaire, in definition order.
 *
 * @param questionnaire the questionnaire's id
 * @param scales one score per scale, in the order the definition lists the scales
 * @since 0.1.0
 */
public record PersonScores(String questionnaire, List<ScaleScore> scales) {

  /**
   * Creates the scores, with a copy of the list.
   *
   * @param questionnaire the questionnaire's id
   * @param scales one score per scale, in the order the definition lists the scales
   */
  public PersonScores {
    scales = List.copyOf(scales);
  }

  /**
   * The score on one scale.
   *
   * @param scaleId the scale's id
   * @return the score
   * @throws NoSuchElementException when the questionnaire has no such scale
   */
  public ScaleScore scale(String scaleId) {
    for (ScaleScore score : scales) {
      if (score.scale().equals(scaleId)) {
        return score;
      }
    }
    throw new NoSuchElementException("no scale '" + scaleId + "' in questionnaire '"
        + questionnaire + "'; expected one of "
        + scales.stream().map(ScaleScore::scale).toList());
  }
}
