package io.github.dyadscore;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One person's answers: a stored code per item id. Items without an answer are simply absent; a
 * missing code of the item's response scale (such as {@code -99}) counts as unanswered too.
 *
 * <p>Immutable and thread-safe. Whether the ids and codes fit a questionnaire is checked when the
 * answers are scored. {@link #toString()} never shows answer values, so that answers written to a
 * log by accident reveal nothing.
 *
 * @since 0.1.0
 */
public final class Answers {

  private final String[] items;
  private final int[] codes;

  private Answers(String[] items, int[] codes) {
    this.items = items;
    this.codes = codes;
  }

  /**
   * Creates answers from a map of item id to code.
   *
   * @param codesByItem the codes; null keys or values are not allowed
   * @return the answers, in the map's iteration order
   */
  public static Answers of(Map<String, Integer> codesByItem) {
    Builder builder = builder();
    codesByItem.forEach(builder::put);
    return builder.build();
  }

  /**
   * Parses answers from JSON: an object of item id to integer code, with null for an unanswered
   * item, such as <code>{"m1": 6, "m2": null}</code>. Duplicate ids and codes that are not
   * integers are rejected; whether ids and codes fit a questionnaire is checked when scoring.
   *
   * @param json the JSON text
   * @param sourceName the name used in messages, such as the file name
   * @return the answers
   * @throws MalformedAnswersException naming the line, column, JSON pointer and item of the
   *     problem, without repeating a text the person typed
   */
  public static Answers fromJson(String json, String sourceName) {
    return io.github.dyadscore.internal.AnswersReader.read(sourceName, json);
  }

  /**
   * Starts building answers.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** An empty set of answers: every scale comes out unscored. */
  public static final Answers NONE = new Answers(new String[0], new int[0]);

  /**
   * The code given for an item.
   *
   * @param item the item id
   * @return the code, or empty when the item was not answered
   */
  public OptionalInt code(String item) {
    for (int i = 0; i < items.length; i++) {
      if (items[i].equals(item)) {
        return OptionalInt.of(codes[i]);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * The number of answers given (including missing codes).
   *
   * @return the count
   */
  public int size() {
    return items.length;
  }

  /**
   * The item id of the answer at a position, in the order they were added.
   *
   * @param index the position, from 0 to {@code size() - 1}
   * @return the item id
   */
  public String itemAt(int index) {
    return items[index];
  }

  /**
   * The code of the answer at a position, in the order they were added.
   *
   * @param index the position, from 0 to {@code size() - 1}
   * @return the code
   */
  public int codeAt(int index) {
    return codes[index];
  }

  /**
   * The answers as a map.
   *
   * @return an unmodifiable map of item id to code, in the order the answers were added
   */
  public Map<String, Integer> asMap() {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < items.length; i++) {
      map.put(items[i], codes[i]);
    }
    return Collections.unmodifiableMap(map);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Answers that && asMap().equals(that.asMap());
  }

  @Override
  public int hashCode() {
    return asMap().hashCode();
  }

  /** Shows how many answers there are, never their values. */
  @Override
  public String toString() {
    return "Answers[" + items.length + " items]";
  }

  /** Collects answers; not thread-safe. */
  public static final class Builder {
    private final Map<String, Integer> codes = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds one answer.
     *
     * @param item the item id
     * @param code the stored code
     * @return this builder
     * @throws IllegalArgumentException when the item already has an answer
     */
    public Builder put(String item, int code) {
      Objects.requireNonNull(item, "item");
      if (codes.putIfAbsent(item, code) != null) {
        throw new IllegalArgumentException(
            "item '" + item + "' is answered twice; expected one answer per item");
      }
      return this;
    }

    /**
     * Creates the answers.
     *
     * @return the answers
     */
    public Answers build() {
      String[] items = codes.keySet().toArray(new String[0]);
      int[] values = codes.values().stream().mapToInt(Integer::intValue).toArray();
      return new Answers(Arrays.copyOf(items, items.length), values);
    }
  }
}
