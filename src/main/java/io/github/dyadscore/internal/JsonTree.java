package io.github.dyadscore.internal;

import io.github.dyadscore.definition.DefinitionProblem;
import io.github.dyadscore.definition.MalformedDefinitionException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.core.json.JsonFactory;

/**
 * A JSON tree in which every value remembers its line, column and JSON pointer.
 *
 * <p>Jackson's own tree forgets locations, and data binding stops at the first error; a definition
 * validator needs both the location of every value and the chance to report every problem, so the
 * tree is built here from Jackson's streaming parser. Duplicate keys are rejected while building,
 * where their location is known.
 */
final class JsonTree {

  /** Limits that keep an untrusted definition from exhausting memory. */
  static final int MAX_NESTING_DEPTH = 32;

  static final int MAX_STRING_LENGTH = 100_000;
  static final long MAX_DOCUMENT_LENGTH = 10L * 1024 * 1024;
  static final int MAX_NUMBER_LENGTH = 64;
  static final int MAX_NAME_LENGTH = 1_000;
  static final long MAX_TOKEN_COUNT = 1_000_000;

  private static final JsonFactory FACTORY =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder()
                  .maxNestingDepth(MAX_NESTING_DEPTH)
                  .maxStringLength(MAX_STRING_LENGTH)
                  .maxDocumentLength(MAX_DOCUMENT_LENGTH)
                  .maxNumberLength(MAX_NUMBER_LENGTH)
                  .maxNameLength(MAX_NAME_LENGTH)
                  .maxTokenCount(MAX_TOKEN_COUNT)
                  .build())
          .build();

  private JsonTree() {}

  /** A value with the place it was read from. */
  sealed interface Node permits Obj, Arr, Str, Num, Bool, Null {
    int line();

    int column();

    String pointer();

    /** How the value is described in a message: its JSON type and, for scalars, the value. */
    String describe();
  }

  /** A member of an object: its value and where its key stood. */
  record Member(Node value, int keyLine, int keyColumn) {}

  record Obj(int line, int column, String pointer, Map<String, Member> members) implements Node {
    @Override
    public String describe() {
      return "an object";
    }
  }

  record Arr(int line, int column, String pointer, List<Node> elements) implements Node {
    @Override
    public String describe() {
      return "an array";
    }
  }

  record Str(int line, int column, String pointer, String value) implements Node {
    @Override
    public String describe() {
      return "the string " + quote(value);
    }
  }

  /** A number kept as written, so that 1.0 and 1 stay distinguishable. */
  record Num(int line, int column, String pointer, String text, boolean integral)
      implements Node {
    @Override
    public String describe() {
      return "the number " + text;
    }
  }

  record Bool(int line, int column, String pointer, boolean value) implements Node {
    @Override
    public String describe() {
      return String.valueOf(value);
    }
  }

  record Null(int line, int column, String pointer) implements Node {
    @Override
    public String describe() {
      return "null";
    }
  }

  /** Quotes a string for a message, shortening a long one. */
  static String quote(String value) {
    String shown = value.length() > 60 ? value.substring(0, 57) + "..." : value;
    return "'" + Shown.escape(shown) + "'";
  }

  /** Escapes a key as a JSON pointer reference token (RFC 6901). */
  static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Reads one JSON document.
   *
   * @param source the name used in messages
   * @param reader the text, closed by the caller
   * @param problems where duplicate keys are reported; parsing goes on after them
   * @return the root value
   * @throws MalformedDefinitionException when the text is not JSON or exceeds a limit
   */
  static Node parse(String source, Reader reader, List<DefinitionProblem> problems) {
    JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), reader);
    try (parser) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw malformed(source, 1, 1, "", "the file is empty; expected a JSON object");
      }
      Node root = read(source, parser, first, "", problems);
      JsonToken trailing = parser.nextToken();
      if (trailing != null) {
        TokenStreamLocation at = parser.currentTokenLocation();
        throw malformed(
            source, at.getLineNr(), at.getColumnNr(), "",
            "unexpected content after the end of the JSON document; expected end of file");
      }
      return root;
    } catch (StreamConstraintsException e) {
      // Carries no location of its own (see shared DEPENDENCIES.md): the parser still knows where
      // it stopped. The message names the limit; Jackson's hint at its own API is dropped.
      TokenStreamLocation at = parser.currentTokenLocation();
      String limit = e.getOriginalMessage().replaceAll(", from `[^`]*`", "");
      throw malformed(source, Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0),
          parser.streamReadContext().pathAsPointer().toString(),
          "the file exceeds a safety limit: " + Character.toLowerCase(limit.charAt(0))
              + limit.substring(1));
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      int line = at == null ? 0 : at.getLineNr();
      int column = at == null ? 0 : at.getColumnNr();
      throw malformed(source, Math.max(line, 0), Math.max(column, 0), "",
          notWellFormed(e, parser.streamReadContext()));
    }
  }

  /** Jackson's message, with the open container located and a hint for the commonest slip. */
  private static String notWellFormed(JacksonException e, TokenStreamContext open) {
    TokenStreamLocation start = open.startLocation(null);
    String opened = start == null ? "" : "line " + start.getLineNr() + ", column "
        + start.getColumnNr();
    if (e instanceof UnexpectedEndOfInputException end && end.getTokenBeingDecoded() == null
        && !open.inRoot() && !opened.isEmpty()) {
      return "the file ends before the " + (open.inObject() ? "object" : "array")
          + " that starts at " + opened + " is closed; expected '"
          + (open.inObject() ? "}" : "]") + "'";
    }
    // Without the source in locations Jackson prints a placeholder where the start belongs.
    String message = e.getOriginalMessage().replaceAll("\\[Source: REDACTED[^\\]]*]",
        Matcher.quoteReplacement(opened));
    if (message.startsWith("Unexpected character ('/'") && message.contains("comment")) {
      return "found a comment; expected plain JSON, which has no comments (a note for readers "
          + "belongs in 'description')";
    }
    if (message.startsWith("Unexpected character ('}'")
        || message.startsWith("Unexpected character (']'")) {
      message += "; remove the comma before it (JSON allows no trailing comma)";
    }
    return "not well-formed JSON: " + inOurWords(message);
  }

  /** Jackson's advice to switch a parser feature on or off, with what introduces it. */
  private static final Pattern FEATURE_HINT = Pattern.compile(
      "\\s*[:;,]?\\s*\\(?\\b(?:enable|disable)\\b[^;)]*?(?:Feature|feature)[^;)]*\\)?");
  private static final Pattern CONTROL = Pattern.compile("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)");

  /**
   * Jackson's message without its advice to enable a parser feature (a definition is plain JSON;
   * the user cannot and need not change the parser) and with control characters named by code
   * point.
   */
  static String inOurWords(String message) {
    Matcher control = CONTROL.matcher(message);
    StringBuilder named = new StringBuilder();
    while (control.find()) {
      control.appendReplacement(named, Matcher.quoteReplacement(String.format(Locale.ROOT,
          "(the control character U+%04X)", Integer.parseInt(control.group(1)))));
    }
    control.appendTail(named);
    String text = FEATURE_HINT.matcher(named).replaceAll("");
    return text.isBlank() ? "the text cannot be read as JSON" : Shown.escape(text.strip());
  }

  private static MalformedDefinitionException malformed(
      String source, int line, int column, String pointer, String message) {
    return new MalformedDefinitionException(
        new DefinitionProblem(source, line, column, pointer, message));
  }

  private static Node read(
      String source, JsonParser parser, JsonToken token, String pointer,
      List<DefinitionProblem> problems) {
    TokenStreamLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    switch (token) {
      case START_OBJECT: {
        Map<String, Member> members = new LinkedHashMap<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
          String key = parser.currentName();
          TokenStreamLocation keyAt = parser.currentTokenLocation();
          String childPointer = pointer + "/" + escape(key);
          Node value = read(source, parser, parser.nextToken(), childPointer, problems);
          Member member = new Member(value, keyAt.getLineNr(), keyAt.getColumnNr());
          if (members.putIfAbsent(key, member) != null) {
            problems.add(new DefinitionProblem(source, keyAt.getLineNr(), keyAt.getColumnNr(),
                childPointer, "duplicate key " + quote(key)
                    + "; expected each key once per object (the first one is kept)"));
          }
        }
        return new Obj(line, column, pointer, members);
      }
      case START_ARRAY: {
        List<Node> elements = new ArrayList<>();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          elements.add(read(source, parser, t, pointer + "/" + elements.size(), problems));
        }
        return new Arr(line, column, pointer, elements);
      }
      case VALUE_STRING:
        return new Str(line, column, pointer, parser.getString());
      case VALUE_NUMBER_INT:
        return new Num(line, column, pointer, parser.getString(), true);
      case VALUE_NUMBER_FLOAT:
        return new Num(line, column, pointer, parser.getString(), false);
      case VALUE_TRUE:
        return new Bool(line, column, pointer, true);
      case VALUE_FALSE:
        return new Bool(line, column, pointer, false);
      case VALUE_NULL:
        return new Null(line, column, pointer);
      default:
        throw malformed(source, line, column, pointer, "unexpected token " + token);
    }
  }

  /**
   * Reports every key and string of a tree that cannot be written faithfully (see {@link
   * #checkText}); a definition's texts end up in CSV, JSON, HTML and PDF outputs. Answers are
   * not checked: their keys are item ids, which a definition restricts anyway.
   */
  static void checkTexts(String source, Node node, List<DefinitionProblem> problems) {
    if (node instanceof Obj obj) {
      for (Map.Entry<String, Member> entry : obj.members().entrySet()) {
        Member member = entry.getValue();
        checkText(source, entry.getKey(), member.keyLine(), member.keyColumn(),
            member.value().pointer(), "key", problems);
        checkTexts(source, member.value(), problems);
      }
    } else if (node instanceof Arr arr) {
      for (Node element : arr.elements()) {
        checkTexts(source, element, problems);
      }
    } else if (node instanceof Str str) {
      checkText(source, str.value(), str.line(), str.column(), str.pointer(), "string",
          problems);
    }
  }

  /**
   * Reports a text that cannot be written faithfully: one with a NUL character (which CSV
   * readers, PDF reports and C programs take for the end of the text) or a lone surrogate (half of
   * a character, which UTF-8 cannot encode, so every output would turn it into '?'). The message
   * names the character's position, never the text: it may be a person's answer.
   */
  private static void checkText(String source, String text, int line, int column,
      String pointer, String what, List<DefinitionProblem> problems) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String problem = null;
      if (c == 0) {
        problem = "a NUL character (\\u0000)";
      } else if (Character.isHighSurrogate(c) ? i + 1 == text.length()
          || !Character.isLowSurrogate(text.charAt(i + 1))
          : Character.isLowSurrogate(c) && (i == 0
              || !Character.isHighSurrogate(text.charAt(i - 1)))) {
        problem = String.format(java.util.Locale.ROOT, "a lone surrogate (\\u%04x, half of a "
            + "character)", (int) c);
      }
      if (problem != null) {
        problems.add(new DefinitionProblem(source, line, column, pointer, "the " + what
            + " holds " + problem + " at character " + (i + 1) + "; expected text that can be "
            + "written as UTF-8 without loss (no NUL, no lone surrogate)"));
        return;
      }
    }
  }

  /** A convenience for callers that must not see a null root. */
  static @Nullable Member member(Obj obj, String key) {
    return obj.members().get(key);
  }
}
