package io.github.dyadscore.couple;

/**
 * How a couple's two answers to one item relate, in the categories PREPARE/ENRICH reports use
 * (Olson and Olson 1999). Favourable and unfavourable are set by the questionnaire's divergence
 * settings and the direction of the item's scales (on a lower-is-better scale a low keyed answer
 * is the favourable one); an answer that is neither (the midpoint) makes the pair a
 * disagreement.
 *
 * @since 0.1.0
 */
public enum Agreement {
  /** Both partners answered favourably. */
  SHARED_STRENGTH,
  /** Both partners answered unfavourably. */
  SHARED_CONCERN,
  /** Any other pair of answers. */
  DISAGREEMENT
}
