package io.github.dyadscore.stats;

/**
 * Which partner of a couple a person is: the first ({@code A}) or the second ({@code B}) partner,
 * as the input labels them. The statistics use the role only to report each partner group
 * separately; the dyadic correlations treat the partners as indistinguishable.
 *
 * @since 0.1.0
 */
public enum Role {
  /** The first partner. */
  A,
  /** The second partner. */
  B
}
