package io.github.dyadscore.internal;

import io.github.dyadscore.Answers;
import io.github.dyadscore.DyadscoreException;
import io.github.dyadscore.definition.DefinitionException;
import io.github.dyadscore.definition.DefinitionProblem;
import io.github.dyadscore.internal.JsonTree.Member;
import io.github.dyadscore.internal.JsonTree.Node;
import io.github.dyadscore.internal.JsonTree.Null;
import io.github.dyadscore.internal.JsonTree.Num;
import io.github.dyadscore.internal.JsonTree.Obj;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads one person's answers from JSON: an object of item id to integer code, where null means
 * unanswered, such as {@code {"m1": 6, "m2": null}}.
 */
public final class AnswersReader {

  private AnswersReader() {}

  /**
   * Parses answers.
   *
   * @param source the name used in messages
   * @param json the text
   * @return the answers
   * @throws DyadscoreException naming the line, column and item of the first problem
   */
  public static Answers read(String source, String json) {
    List<DefinitionProblem> problems = new ArrayList<>();
    Node root;
    try {
      root = JsonTree.parse(source, new StringReader(json), problems);
    } catch (DefinitionException e) {
      throw new DyadscoreException(e.firstProblem().toString());
    }
    if (!problems.isEmpty()) {
      throw new DyadscoreException(problems.get(0).toString());
    }
    if (!(root instanceof Obj obj)) {
      throw error(source, root, "found " + root.describe()
          + "; expected an object of item id to code, such as {\"m1\": 6}");
    }
    Answers.Builder answers = Answers.builder();
    for (Map.Entry<String, Member> entry : obj.members().entrySet()) {
      Node value = entry.getValue().value();
      if (value instanceof Null) {
        continue;
      }
      // At most 11 characters ("-2147483648") parse as a long; longer ones cannot fit 32 bits.
      if (!(value instanceof Num num) || !num.integral()) {
        throw error(source, value, "found " + value.describe() + " for item "
            + JsonTree.quote(entry.getKey()) + "; expected an integer code, or null when "
            + "unanswered");
      }
      long code = num.text().length() > 11 ? Long.MAX_VALUE : Long.parseLong(num.text());
      if (code != (int) code) {
        throw error(source, value, "found " + value.describe() + " for item "
            + JsonTree.quote(entry.getKey()) + "; expected a code that fits in 32 bits");
      }
      answers.put(entry.getKey(), (int) code);
    }
    return answers.build();
  }

  private static DyadscoreException error(String source, Node at, String message) {
    return new DyadscoreException(
        new DefinitionProblem(source, at.line(), at.column(), at.pointer(), message).toString());
  }
}
