package io.github.dyadscore.score;

import io.github.dyadscore.DyadscoreException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * An answer does not fit the questionnaire: its item id is unknown, or its code is neither an
 * option of the item's response scale nor a missing code. The message names the partner (when
 * comparing a couple), the item and the codes expected, never the code given: it may be a
 * mistyped answer.
 *
 * @since 0.1.0
 */
public final class InvalidAnswerException extends DyadscoreException {

  private static final long serialVersionUID = 1L;

  /** What is wrong with the answer. */
  public enum Reason {
    /** The questionnaire has no item with the id given. */
    UNKNOWN_ITEM,
    /** The code is neither an option nor a missing code of the item's response scale. */
    UNKNOWN_CODE
  }

  /** The item id as given. */
  private final String item;

  /** What is wrong with the answer. */
  private final Reason reason;

  /** The partner, {@code "A"} or {@code "B"}, or null outside a couple. */
  private final @Nullable String partner;

  /**
   * Creates the exception.
   *
   * @param item the item id as given
   * @param reason what is wrong
   * @param partner the partner, {@code "A"} or {@code "B"}, or null outside a couple
   * @param message what is wrong and what was expected
   */
  public InvalidAnswerException(String item, Reason reason, @Nullable String partner,
      String message) {
    super(message);
    this.item = item;
    this.reason = reason;
    this.partner = partner;
  }

  /**
   * The item the answer was given for.
   *
   * @return the item id as given
   */
  public String item() {
    return item;
  }

  /**
   * What is wrong with the answer.
   *
   * @return the reason
   */
  public Reason reason() {
    return reason;
  }

  /**
   * Whether the code was unknown (rather than the item).
   *
   * @return true for {@link Reason#UNKNOWN_CODE}
   */
  public boolean unknownCode() {
    return reason == Reason.UNKNOWN_CODE;
  }

  /**
   * The partner whose answer it is, when a couple was compared.
   *
   * @return {@code "A"} or {@code "B"}, or empty when one person was scored
   */
  public Optional<String> partner() {
    return Optional.ofNullable(partner);
  }

  /**
   * The same problem, attributed to a partner of a couple.
   *
   * @param partner {@code "A"} or {@code "B"}
   * @return a new exception whose message starts with the partner
   */
  public InvalidAnswerException forPartner(String partner) {
    return new InvalidAnswerException(item, reason, partner,
        "partner " + partner + ": " + getMessage());
  }
}
