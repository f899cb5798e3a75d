package io.github.dyadscore.definition;

import io.github.dyadscore.DyadscoreException;
import java.util.List;

/**
 * A definition could not be loaded. The two subtypes tell apart a file that is not JSON at all
 * ({@link MalformedDefinitionException}) from well-formed JSON that is not a valid definition
 * ({@link InvalidDefinitionException}); both list every problem found, located.
 *
 * @since 0.1.0
 */
public abstract sealed class DefinitionException extends DyadscoreException
    permits MalformedDefinitionException, InvalidDefinitionException {

  private static final long serialVersionUID = 1L;

  /** The problems, first one first; never empty. */
  @SuppressWarnings("serial") // an immutable List.copyOf of records
  private final List<DefinitionProblem> problems;

  DefinitionException(List<DefinitionProblem> problems) {
    super(describe(problems));
    this.problems = List.copyOf(problems);
  }

  private static String describe(List<DefinitionProblem> problems) {
    if (problems.size() == 1) {
      return problems.get(0).toString();
    }
    StringBuilder text =
        new StringBuilder().append(problems.size()).append(" problems in ")
            .append(problems.get(0).source()).append(':');
    for (DefinitionProblem problem : problems) {
      text.append(System.lineSeparator()).append("  ").append(problem);
    }
    return text.toString();
  }

  /**
   * The problems found, in file order as far as possible.
   *
   * @return the problems, never empty
   */
  public List<DefinitionProblem> problems() {
    return problems;
  }

  /**
   * The first problem, for callers that show one.
   *
   * @return the first problem
   */
  public DefinitionProblem firstProblem() {
    return problems.get(0);
  }
}
