package io.github.dyadscore;

import io.github.dyadscore.couple.CoupleReport;
import io.github.dyadscore.couple.Privacy;
import io.github.dyadscore.definition.Definition;
import io.github.dyadscore.definition.DefinitionException;
import io.github.dyadscore.definition.DefinitionProblem;
import io.github.dyadscore.definition.MalformedDefinitionException;
import io.github.dyadscore.internal.DefinitionReader;
import io.github.dyadscore.internal.DefinitionText;
import io.github.dyadscore.internal.PerceptionEngine;
import io.github.dyadscore.internal.ScoringEngine;
import io.github.dyadscore.perception.CouplePerception;
import io.github.dyadscore.score.InvalidAnswerException;
import io.github.dyadscore.score.PersonScores;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A loaded questionnaire: its validated definition, ready to score people and compare couples.
 *
 * <pre>{@code
 * Questionnaire q = Questionnaire.bundled("mutuality-security");
 * CoupleReport report = q.compare(answersOfA, answersOfB);
 * }</pre>
 *
 * <p>Immutable and thread-safe: load it once and share it between threads.
 *
 * <p>Loading is strict. Unknown properties, duplicate keys or ids, references to unknown items,
 * scales or response scales, cycles among composites, empty scales, inverted ranges, unsorted or
 * overlapping bands, wrong types and numbers of the wrong kind ({@code "3"} or {@code 1.5} where an
 * integer belongs) are all rejected, each problem with its file, line, column and JSON pointer.
 * Inputs are bounded (10 MiB, nesting depth 32, strings of 100,000 characters), so that an
 * untrusted definition cannot exhaust memory. The format is documented in {@code
 * questionnaires/README.md}.
 *
 * @since 0.1.0
 */
public final class Questionnaire {

  /** The definitions that ship inside the jar, by name. */
  private static final List<String> BUNDLED = List.of("csi-16", "csi-4", "ecr-rs", "kms",
      "mutuality-security");

  private static final String BUNDLED_FOLDER = "/io/github/dyadscore/questionnaires/";

  private final Definition definition;
  private final ScoringEngine engine;
  private final PerceptionEngine perception;
  /** The definition's text as loaded, for {@link #toJson()}. */
  private final String json;

  private Questionnaire(Definition definition, String json) {
    this.definition = definition;
    this.engine = new ScoringEngine(definition);
    this.perception = new PerceptionEngine(engine);
    this.json = json;
  }

  /**
   * Loads a definition file.
   *
   * @param path the file, UTF-8 with or without a byte order mark
   * @return the questionnaire
   * @throws DefinitionException when the file is not a valid definition
   * @throws IOException when the file cannot be read
   */
  public static Questionnaire load(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      return load(in, path.toString());
    }
  }

  /**
   * Loads a definition from a stream of UTF-8 bytes.
   *
   * @param in the bytes; not closed
   * @param sourceName the name used in messages, such as the file name
   * @return the questionnaire
   * @throws DefinitionException when the input is not a valid definition
   * @throws IOException when the stream cannot be read
   */
  public static Questionnaire load(InputStream in, String sourceName) throws IOException {
    return fromText(sourceName, DefinitionText.read(sourceName, in));
  }

  /**
   * Loads a definition from characters.
   *
   * @param reader the characters; not closed
   * @param sourceName the name used in messages
   * @return the questionnaire
   * @throws DefinitionException when the input is not a valid definition
   * @throws IOException when the reader fails
   */
  public static Questionnaire load(Reader reader, String sourceName) throws IOException {
    return fromText(sourceName, DefinitionText.read(sourceName, reader));
  }

  /**
   * Loads a definition from a string of JSON.
   *
   * @param json the definition
   * @return the questionnaire
   * @throws DefinitionException when the string is not a valid definition; messages name the
   *     source {@code <string>}
   */
  public static Questionnaire parse(String json) {
    return fromText("<string>", stripBom(json));
  }

  /**
   * Loads a questionnaire that ships with dyadscore.
   *
   * @param name a name from {@link #bundledNames()}, such as {@code mutuality-security}
   * @return the questionnaire
   * @throws NoSuchElementException when no bundled questionnaire has that name
   */
  public static Questionnaire bundled(String name) {
    if (!BUNDLED.contains(name)) {
      throw new NoSuchElementException("no bundled questionnaire '" + name
          + "'; expected one of " + BUNDLED);
    }
    String file = name + ".json";
    try (InputStream in = Questionnaire.class.getResourceAsStream(BUNDLED_FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException("the jar lacks its bundled " + file);
      }
      return load(in, file);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the bundled " + file, e);
    }
  }

  /**
   * The names of the questionnaires that ship with dyadscore.
   *
   * @return the names, sorted
   */
  public static List<String> bundledNames() {
    return BUNDLED;
  }

  /**
   * Lists every problem of a definition file at once, so that it can be fixed in one pass.
   *
   * @param path the file
   * @return the problems in file order; empty when the definition is valid
   * @throws IOException when the file cannot be read
   */
  public static List<DefinitionProblem> validate(Path path) throws IOException {
    String text;
    try (InputStream in = Files.newInputStream(path)) {
      text = DefinitionText.read(path.toString(), in);
    } catch (MalformedDefinitionException e) {
      return e.problems();
    }
    return DefinitionReader.validate(path.toString(), new StringReader(text));
  }

  /**
   * Lists every problem of a definition given as a string.
   *
   * @param json the definition
   * @param sourceName the name used in messages
   * @return the problems in file order; empty when the definition is valid
   */
  public static List<DefinitionProblem> validate(String json, String sourceName) {
    return DefinitionReader.validate(sourceName, new StringReader(stripBom(json)));
  }

  /** A string read with the wrong decoder may still start with a byte order mark. */
  private static String stripBom(String json) {
    return json.startsWith("\uFEFF") ? json.substring(1) : json;
  }

  private static Questionnaire fromText(String sourceName, String json) {
    return new Questionnaire(DefinitionReader.read(sourceName, new StringReader(json)), json);
  }

  /**
   * The definition: identity, provenance, response scales, items and scales.
   *
   * @return the definition
   */
  public Definition definition() {
    return definition;
  }

  /**
   * The definition as JSON text: exactly the text it was loaded from (without a byte order mark),
   * or for a calibrated questionnaire the calibrated definition. Write it to a file to ship it;
   * {@link #load(Path)} reads it back.
   *
   * @return the definition text
   */
  public String toJson() {
    return json;
  }

  /**
   * The questionnaire's id.
   *
   * @return the id
   */
  public String id() {
    return definition.id();
  }

  /**
   * Scores one person.
   *
   * @param answers the person's answers; unanswered items are simply absent
   * @return a score per scale, with status and, where the definition has reference data,
   *     standing and band
   * @throws InvalidAnswerException for an item id that is not in the questionnaire or a code that
   *     is neither an option nor a missing code of the item
   */
  public PersonScores score(Answers answers) {
    return engine.score(answers);
  }

  /**
   * Compares two partners, with item-level detail.
   *
   * @param partnerA the first partner's answers
   * @param partnerB the second partner's answers
   * @return the couple report
   * @throws InvalidAnswerException naming the partner, for an unknown item or an invalid code
   */
  public CoupleReport compare(Answers partnerA, Answers partnerB) {
    return engine.compare(partnerA, partnerB, Privacy.SHARE_ITEMS);
  }

  /**
   * Compares two partners.
   *
   * @param partnerA the first partner's answers
   * @param partnerB the second partner's answers
   * @param privacy {@link Privacy#SCALES_ONLY} for a report without any item answers
   * @return the couple report
   * @throws InvalidAnswerException naming the partner, for an unknown item or an invalid code
   */
  public CoupleReport compare(Answers partnerA, Answers partnerB, Privacy privacy) {
    return engine.compare(partnerA, partnerB, privacy);
  }

  /**
   * How well each partner predicted the other, from the answers to the prediction items
   * ({@link io.github.dyadscore.definition.Item#predicts()}): accuracy, assumed and actual
   * similarity, hit rates, directional bias, mean absolute error and the Kenny and Acitelli
   * regression, over all predicted items and per scale (see {@link
   * io.github.dyadscore.perception}).
   *
   * <p>The result holds statistics over items and no answers, but one partner's predictions and
   * self answers both enter each direction: show it to a partner only as {@link CouplePerception}
   * advises.
   *
   * @param partnerA the first partner's answers, self and prediction items together
   * @param partnerB the second partner's answers
   * @return both directions
   * @throws IllegalStateException when the questionnaire has no prediction items
   * @throws InvalidAnswerException naming the partner, for an unknown item or an invalid code
   */
  public CouplePerception perception(Answers partnerA, Answers partnerB) {
    if (!perception.hasPredictions()) {
      throw new IllegalStateException("questionnaire '" + definition.id() + "' has no "
          + "prediction items; expected items with \"predicts\" (see questionnaires/README.md)");
    }
    int n = engine.itemCount();
    double[] keyedA = keyed("A", partnerA, n);
    double[] keyedB = keyed("B", partnerB, n);
    return perception.perceive(keyedA, keyedB);
  }

  private double[] keyed(String partner, Answers answers, int n) {
    double[] keyed = new double[n];
    try {
      engine.resolve(answers, new int[n], keyed);
    } catch (InvalidAnswerException e) {
      throw e.forPartner(partner);
    }
    return keyed;
  }

  @Override
  public String toString() {
    return "Questionnaire[" + definition.id() + " " + definition.version() + "]";
  }
}
