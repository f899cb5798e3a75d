package io.github.dyadscore.score;

import io.github.dyadscore.DyadscoreException;

/**
 * An answer does not fit the questionnaire: its item id is unknown, or its code is neither an
 * option of the item's response scale nor a missing code.
 */
public final class InvalidAnswerException extends DyadscoreException {

  private static final long serialVersionUID = 1L;

  /** The item id as given. */
  private final String item;

  /**
   * Creates the exception.
   *
   * @param item the item id as given
   * @param message what is wrong and what was expected
   */
  public InvalidAnswerException(String item, String message) {
    super(message);
    this.item = item;
  }

  /**
   * The item the answer was given for.
   *
   * @return the item id as given
   */
  public String item() {
    return item;
  }
}
