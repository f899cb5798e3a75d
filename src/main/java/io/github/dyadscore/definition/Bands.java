package io.github.dyadscore.definition;

import java.util.List;
import java.util.Optional;

/**
 * The interpretation bands of a scale, sorted and not overlapping.
 *
 * @param source where the cut-offs were published
 * @param bands the bands in ascending order
 * @since 0.1.0
 */
public record Bands(String source, List<Band> bands) {

  /**
   * Creates the bands, with a copy of the list.
   *
   * @param source where the cut-offs were published
   * @param bands the bands in ascending order
   */
  public Bands {
    bands = List.copyOf(bands);
  }

  /**
   * Finds the band of a score.
   *
   * @param score the score
   * @return the band, or empty when the score falls in none of them (or is NaN)
   */
  public Optional<Band> find(double score) {
    for (Band band : bands) {
      if (band.contains(score)) {
        return Optional.of(band);
      }
    }
    return Optional.empty();
  }
}
