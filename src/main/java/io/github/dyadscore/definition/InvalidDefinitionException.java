package io.github.dyadscore.definition;

import java.util.List;

/**
 * The input is well-formed JSON but not a valid definition; every problem found is listed.
 *
 * @since 0.1.0
 */
public final class InvalidDefinitionException extends DefinitionException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one
   */
  public InvalidDefinitionException(List<DefinitionProblem> problems) {
    super(problems);
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an invalid definition has at least one problem");
    }
  }
}
