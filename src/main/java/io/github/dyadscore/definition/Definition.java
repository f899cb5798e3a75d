package io.github.dyadscore.definition;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Everything a definition file says, validated: identity, provenance, response scales, items and
 * scales. Cross-references between them are known to resolve, and composites are known to be
 * free of cycles.
 *
 * @param id the questionnaire's id
 * @param version the definition's version
 * @param language the language every text is available in (a BCP 47 tag, {@code en} by default)
 * @param title the questionnaire's title
 * @param description what it measures, or null
 * @param provenance citation, licence and validation status
 * @param divergence questionnaire-wide divergence settings, or null for the defaults
 * @param responseScales the response scales in definition order
 * @param items the items in definition order
 * @param scales the scales in definition order
 * @param scaleMap the two-scale map reports draw, or null when the definition asks for none
 * @param calibration the sample the calibrated reference data came from, or null when no scale's
 *     reliability or norms came from a calibration sample
 * @since 0.1.0
 */
public record Definition(
    String id,
    String version,
    String language,
    LocalizedText title,
    @Nullable LocalizedText description,
    Provenance provenance,
    @Nullable DivergenceSettings divergence,
    List<ResponseScale> responseScales,
    List<Item> items,
    List<Scale> scales,
    @Nullable ScaleMap scaleMap,
    @Nullable CalibrationSample calibration) {

  /**
   * Creates a definition, with copies of the lists.
   *
   * @param id the questionnaire's id
   * @param version the definition's version
   * @param language the language every text is available in (a BCP 47 tag, {@code en} by default)
   * @param title the questionnaire's title
   * @param description what it measures, or null
   * @param provenance citation, licence and validation status
   * @param divergence questionnaire-wide divergence settings, or null for the defaults
   * @param responseScales the response scales in definition order
   * @param items the items in definition order
   * @param scales the scales in definition order
   * @param scaleMap the two-scale map reports draw, or null when the definition asks for none
   * @param calibration the calibration sample, or null
   */
  public Definition {
    responseScales = List.copyOf(responseScales);
    items = List.copyOf(items);
    scales = List.copyOf(scales);
  }

  /**
   * A definition without calibrated reference data.
   *
   * @param id the questionnaire's id
   * @param version the definition's version
   * @param language the language every text is available in
   * @param title the title
   * @param description what it measures, or null
   * @param provenance citation, licence and validation status
   * @param divergence questionnaire-wide divergence settings, or null
   * @param responseScales the response scales
   * @param items the items
   * @param scales the scales
   * @param scaleMap the two-scale map reports draw, or null
   */
  public Definition(String id, String version, String language, LocalizedText title,
      @Nullable LocalizedText description, Provenance provenance,
      @Nullable DivergenceSettings divergence, List<ResponseScale> responseScales,
      List<Item> items, List<Scale> scales, @Nullable ScaleMap scaleMap) {
    this(id, version, language, title, description, provenance, divergence, responseScales,
        items, scales, scaleMap, null);
  }

  /**
   * Where a scale's reliability and norms came from, in words a report can print: the
   * calibration sample's {@linkplain CalibrationSample#summary() summary}, or {@code "published:
   * "} followed by the norms' citation and the reliability's source (once when they are the
   * same).
   *
   * @param scaleId the scale's id
   * @return the wording, or empty when the scale is unknown or has neither reliability nor norms
   */
  public Optional<String> referenceSource(String scaleId) {
    Optional<Scale> scale = scale(scaleId);
    if (scale.isEmpty() || scale.get().reference() == null) {
      return Optional.empty();
    }
    ReferenceData reference = scale.get().reference();
    Optional<ReferenceOrigin> origin = reference.origin();
    if (origin.isEmpty()) {
      return Optional.empty();
    }
    if (origin.get() == ReferenceOrigin.CALIBRATION_SAMPLE && calibration != null) {
      return Optional.of(calibration.summary());
    }
    java.util.LinkedHashSet<String> sources = new java.util.LinkedHashSet<>();
    if (reference.norms() != null) {
      sources.add(reference.norms().citation());
    }
    if (reference.reliability() != null) {
      sources.add(reference.reliability().source());
    }
    return Optional.of("published: " + String.join("; ", sources));
  }

  /**
   * Finds an item.
   *
   * @param itemId the item's id
   * @return the item, or empty when there is none with that id
   */
  public Optional<Item> item(String itemId) {
    return items.stream().filter(i -> i.id().equals(itemId)).findFirst();
  }

  /**
   * Finds a scale.
   *
   * @param scaleId the scale's id
   * @return the scale, or empty when there is none with that id
   */
  public Optional<Scale> scale(String scaleId) {
    return scales.stream().filter(s -> s.id().equals(scaleId)).findFirst();
  }

  /**
   * Finds a response scale.
   *
   * @param responseScaleId the response scale's id
   * @return the response scale, or empty when there is none with that id
   */
  public Optional<ResponseScale> responseScale(String responseScaleId) {
    return responseScales.stream().filter(r -> r.id().equals(responseScaleId)).findFirst();
  }
}
