package io.github.dyadscore.definition;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Facts about a scale that give a score meaning. Each part is optional.
 *
 * <p>The reliability and the norms each say where they came from ({@link Reliability#origin()},
 * {@link Norms#origin()}); bands always come from their published source ({@link
 * Bands#source()}).
 *
 * @param reliability the scale's reliability, or null
 * @param norms the scale's norms, or null
 * @param bands the scale's interpretation bands, or null
 * @since 0.1.0
 */
public record ReferenceData(
    @Nullable Reliability reliability, @Nullable Norms norms, @Nullable Bands bands) {

  /**
   * Where the numbers behind standings and the reliable-difference verdict came from: a
   * calibration sample when either the reliability or the norms came from one, published when
   * they are present and published, empty when the scale has neither.
   *
   * @return the origin, or empty without reliability and norms
   */
  public Optional<ReferenceOrigin> origin() {
    if ((reliability != null && reliability.origin() == ReferenceOrigin.CALIBRATION_SAMPLE)
        || (norms != null && norms.origin() == ReferenceOrigin.CALIBRATION_SAMPLE)) {
      return Optional.of(ReferenceOrigin.CALIBRATION_SAMPLE);
    }
    return reliability == null && norms == null ? Optional.empty()
        : Optional.of(ReferenceOrigin.PUBLISHED);
  }
}
