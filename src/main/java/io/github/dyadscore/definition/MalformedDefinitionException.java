package io.github.dyadscore.definition;

import java.util.List;

/**
 * The input is not well-formed JSON, or exceeds the reader's size limits (nesting depth, string
 * length, document length); the one problem says where reading stopped.
 *
 * @since 0.1.0
 */
public final class MalformedDefinitionException extends DefinitionException {

  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param problem where and why reading stopped
   */
  public MalformedDefinitionException(DefinitionProblem problem) {
    super(List.of(problem));
  }
}
