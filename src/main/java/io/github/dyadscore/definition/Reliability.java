package io.github.dyadscore.definition;

/**
 * A published reliability of a scale, used for the reliable-difference test between partners.
 *
 * @param alpha the reliability coefficient (usually Cronbach's alpha), between 0 and 1 exclusive
 * @param source where it was published
 * @since 0.1.0
 */
public record Reliability(double alpha, String source) {}
