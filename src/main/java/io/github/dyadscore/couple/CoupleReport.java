package io.github.dyadscore.couple;

import io.github.dyadscore.internal.ItemComparisonList;
import io.github.dyadscore.score.PersonScores;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Where two partners diverge on one questionnaire.
 *
 * <p>Under {@link Privacy#SCALES_ONLY} the item lists are empty, so the report holds no item
 * answer of either partner, and the statistics over shared items that rest on too few items to
 * hide a single answer (positive agreement, profile correlation and mean absolute difference) are
 * NaN: the small-count rule of {@link Privacy}. The item counts stay.
 *
 * <p>The lists are immutable. In a report from {@code Questionnaire.compare} the item lists keep
 * the answers compactly and build each {@link ItemComparison} when it is read: two reads of an
 * element give equal records, not the same object.
 *
 * @param questionnaire the questionnaire's id
 * @param privacy what the report carries
 * @param partnerA partner A's scores
 * @param partnerB partner B's scores
 * @param scales one comparison per scale, in definition order
 * @param items every item both partners answered, in definition order (empty under
 *     {@link Privacy#SCALES_ONLY})
 * @param divergentItems the divergent items, largest absolute difference first, ties in
 *     definition order (empty under {@link Privacy#SCALES_ONLY})
 * @param profile the similarity of the two answer profiles
 * @since 0.1.0
 */
public record CoupleReport(
    String questionnaire,
    Privacy privacy,
    PersonScores partnerA,
    PersonScores partnerB,
    List<ScaleComparison> scales,
    List<ItemComparison> items,
    List<ItemComparison> divergentItems,
    ProfileSimilarity profile) {

  /**
   * Creates a report; the lists are copied (the engine's own item lists are immutable already, and
   * are kept as they are, so that their records are built only when read).
   *
   * @param questionnaire the questionnaire's id
   * @param privacy what the report carries
   * @param partnerA partner A's scores
   * @param partnerB partner B's scores
   * @param scales one comparison per scale, in definition order
   * @param items every item both partners answered, in definition order (empty under {@link
   *     Privacy#SCALES_ONLY})
   * @param divergentItems the divergent items, largest absolute difference first, ties in
   *     definition order (empty under {@link Privacy#SCALES_ONLY})
   * @param profile the similarity of the two answer profiles
   */
  public CoupleReport {
    scales = List.copyOf(scales);
    items = copyOf(items);
    divergentItems = copyOf(divergentItems);
  }

  private static List<ItemComparison> copyOf(List<ItemComparison> items) {
    return items instanceof ItemComparisonList ? items : List.copyOf(items);
  }

  /**
   * The comparison on one scale.
   *
   * @param scaleId the scale's id
   * @return the comparison
   * @throws NoSuchElementException when the questionnaire has no such scale
   */
  public ScaleComparison scale(String scaleId) {
    for (ScaleComparison comparison : scales) {
      if (comparison.scale().equals(scaleId)) {
        return comparison;
      }
    }
    throw new NoSuchElementException("no scale '" + scaleId + "' in questionnaire '"
        + questionnaire + "'; expected one of "
        + scales.stream().map(ScaleComparison::scale).toList());
  }

  /**
   * Shows the questionnaire, the privacy and the counts, never an item answer (a report written
   * to a log by accident reveals no answer).
   */
  @Override
  public String toString() {
    return "CoupleReport[" + questionnaire + ", " + privacy + ", " + scales.size() + " scales, "
        + items.size() + " items compared, " + divergentItems.size() + " divergent]";
  }
}
