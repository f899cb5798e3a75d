package io.github.dyadscore;

/**
 * The base of every exception dyadscore throws for bad input. Catching it catches every documented
 * failure of the library except I/O errors, which stay {@link java.io.IOException}s.
 *
 * @since 0.1.0
 */
public class DyadscoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message what is wrong and how to fix it
   */
  public DyadscoreException(String message) {
    super(message);
  }
}
