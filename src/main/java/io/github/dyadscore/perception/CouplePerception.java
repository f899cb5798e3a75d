package io.github.dyadscore.perception;

/**
 * Both directions of a couple: A's predictions of B and B's predictions of A.
 *
 * <p>Privacy: each direction is built from one partner's predictions and both partners' self
 * answers, so neither direction is fit for one partner's eyes item by item. The records carry no
 * item answers, only statistics over items; statistics over very few items can still give answers
 * away (an exact-hit rate over one item is that item's answer), which a report shown to a partner
 * must guard against.
 *
 * @param questionnaire the questionnaire's id
 * @param aAboutB partner A's predictions of partner B
 * @param bAboutA partner B's predictions of partner A
 * @since 0.1.0
 */
public record CouplePerception(
    String questionnaire, PartnerPerception aAboutB, PartnerPerception bAboutA) {

  /**
   * One direction.
   *
   * @param direction the direction
   * @return its perception
   */
  public PartnerPerception direction(Direction direction) {
    return direction == Direction.A_ABOUT_B ? aAboutB : bAboutA;
  }
}
