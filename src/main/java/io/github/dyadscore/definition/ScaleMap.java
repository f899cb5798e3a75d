package io.github.dyadscore.definition;

/**
 * A two-scale map that reports draw: each partner as a point with one scale's score across (the
 * horizontal axis) and another's up (the vertical axis), and the couple mean between them. For the
 * bundled Mutuality and Security Inventory: mutuality across, security up.
 *
 * @param across the id of the scale on the horizontal axis
 * @param up the id of the scale on the vertical axis, different from {@code across}
 * @since 0.1.0
 */
public record ScaleMap(String across, String up) {}
