package io.github.dyadscore.internal;

import io.github.dyadscore.Answers;
import io.github.dyadscore.MalformedAnswersException;
import io.github.dyadscore.definition.DefinitionException;
import io.github.dyadscore.definition.DefinitionProblem;
import io.github.dyadscore.internal.JsonTree.Member;
import io.github.dyadscore.internal.JsonTree.Node;
import io.github.dyadscore.internal.JsonTree.Null;
import io.github.dyadscore.internal.JsonTree.Num;
import io.github.dyadscore.internal.JsonTree.Obj;
import io.github.dyadscore.internal.JsonTree.Str;
import io.github.dyadscore.score.InvalidAnswerException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Reads one person's answers from JSON: an object of item id to integer code, where null means
 * unanswered, such as {@code {"m1": 6}}. Errors locate the problem and never repeat a text the
 * person typed.
 */
public final class AnswersReader {

  private static final String EXPECTED = "expected an object of item id to integer code, such "
      + "as {\"m1\": 6}";

  private AnswersReader() {}

  /**
   * Parses answers.
   *
   * @param source the name used in messages
   * @param json the text
   * @return the answers
   * @throws MalformedAnswersException naming the line, column, JSON pointer and item of the first
   *     problem
   */
  public static Answers read(String source, String json) {
    List<DefinitionProblem> problems = new ArrayList<>();
    Node root;
    try {
      root = JsonTree.parse(source, new StringReader(json), problems);
    } catch (DefinitionException e) {
      DefinitionProblem p = e.firstProblem();
      // The parser's own message may quote the text it could not read: say where, not what.
      throw new MalformedAnswersException(source, p.line(), p.column(), p.pointer(), null,
          p.message().startsWith("not well-formed JSON")
              ? "not well-formed JSON here; " + EXPECTED : p.message());
    }
    if (!problems.isEmpty()) {
      DefinitionProblem p = problems.get(0);
      throw new MalformedAnswersException(source, p.line(), p.column(), p.pointer(),
          itemOf(p.pointer()), p.message());
    }
    if (!(root instanceof Obj obj)) {
      throw error(source, root, null, "found " + describe(root) + "; " + EXPECTED);
    }
    Answers.Builder answers = Answers.builder();
    for (Map.Entry<String, Member> entry : obj.members().entrySet()) {
      Node value = entry.getValue().value();
      if (value instanceof Null) {
        continue;
      }
      String item = entry.getKey();
      // At most 11 characters ("-2147483648") parse as a long; longer ones cannot fit 32 bits.
      if (!(value instanceof Num num) || !num.integral()) {
        throw error(source, value, item, "found " + describe(value) + " for item "
            + JsonTree.quote(item) + "; expected an integer code, or null when unanswered");
      }
      long code = num.text().length() > 11 ? Long.MAX_VALUE : Long.parseLong(num.text());
      if (code != (int) code) {
        throw error(source, value, item, "found a number too large for item "
            + JsonTree.quote(item) + "; expected a code that fits in 32 bits");
      }
      answers.put(item, (int) code);
    }
    return answers.build();
  }

  /**
   * The same invalid answer, its message starting with where the answer is in the JSON it was
   * {@linkplain #read read} from: {@code answers-b.json:3:9 at /m1: partner B: item 'm1': ...}.
   *
   * @param e the problem found when the answers were scored
   * @param source the name used in messages
   * @param json the text the answers were read from
   * @return the located problem, or {@code e} when the item is not a key of the JSON object
   */
  public static InvalidAnswerException locate(InvalidAnswerException e, String source,
      String json) {
    Node root;
    try {
      root = JsonTree.parse(source, new StringReader(json), new ArrayList<>());
    } catch (DefinitionException notJson) {
      return e;
    }
    Member member = root instanceof Obj obj ? JsonTree.member(obj, e.item()) : null;
    if (member == null) {
      return e;
    }
    Node value = member.value();
    return new InvalidAnswerException(e.item(), e.reason(), e.partner().orElse(null),
        source + ":" + value.line() + ":" + value.column() + " at " + value.pointer() + ": "
            + e.getMessage());
  }

  /** A value as a message shows it; a string by its type alone: the person may have typed it. */
  private static String describe(Node node) {
    return node instanceof Str ? "a string" : node.describe();
  }

  private static @Nullable String itemOf(String pointer) {
    if (pointer.length() < 2 || pointer.indexOf('/', 1) >= 0) {
      return null;
    }
    return pointer.substring(1).replace("~1", "/").replace("~0", "~");
  }

  private static MalformedAnswersException error(String source, Node at, @Nullable String item,
      String message) {
    return new MalformedAnswersException(source, at.line(), at.column(), at.pointer(), item,
        message);
  }
}
