package io.github.dyadscore.internal;

import io.github.dyadscore.definition.Band;
import io.github.dyadscore.definition.Bands;
import io.github.dyadscore.definition.CalibrationSample;
import io.github.dyadscore.definition.Definition;
import io.github.dyadscore.definition.DefinitionProblem;
import io.github.dyadscore.definition.Direction;
import io.github.dyadscore.definition.DivergenceSettings;
import io.github.dyadscore.definition.InvalidDefinitionException;
import io.github.dyadscore.definition.Item;
import io.github.dyadscore.definition.LocalizedText;
import io.github.dyadscore.definition.MalformedDefinitionException;
import io.github.dyadscore.definition.MinimumAnswered;
import io.github.dyadscore.definition.MissingCode;
import io.github.dyadscore.definition.MissingReason;
import io.github.dyadscore.definition.Norms;
import io.github.dyadscore.definition.Provenance;
import io.github.dyadscore.definition.ReferenceOrigin;
import io.github.dyadscore.definition.ReferenceData;
import io.github.dyadscore.definition.Reliability;
import io.github.dyadscore.definition.ResponseOption;
import io.github.dyadscore.definition.ResponseScale;
import io.github.dyadscore.definition.Scale;
import io.github.dyadscore.definition.ScaleMap;
import io.github.dyadscore.definition.ScoringMethod;
import io.github.dyadscore.internal.JsonTree.Arr;
import io.github.dyadscore.internal.JsonTree.Bool;
import io.github.dyadscore.internal.JsonTree.Member;
import io.github.dyadscore.internal.JsonTree.Node;
import io.github.dyadscore.internal.JsonTree.Num;
import io.github.dyadscore.internal.JsonTree.Obj;
import io.github.dyadscore.internal.JsonTree.Str;
import java.io.Reader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a definition file into a {@link Definition}, collecting every problem with its location
 * instead of stopping at the first. The format is documented in {@code questionnaires/README.md}.
 *
 * <p>Each {@code read...} method reports what is wrong with its part and returns null (or skips the
 * part) so that later checks do not repeat the same complaint in other words.
 */
public final class DefinitionReader {

  /**
   * The newest format version this reader understands, the one new files should declare. Version
   * 2 added band sides ({@code above}, {@code atMost}), the origin of reference data and the
   * {@code calibration} sample, {@code minimumProfileItems}, prediction items ({@code predicts}),
   * {@code scaleMap} and a scale's {@code direction}; every version 1 file is a valid version 2
   * file, so both are read alike (questionnaires/README.md, "Format versions").
   */
  public static final int FORMAT_VERSION = 2;

  /** The oldest format version this reader still reads. */
  public static final int OLDEST_FORMAT_VERSION = 1;

  private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,63}");
  private static final Pattern NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");
  private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(-[A-Za-z0-9]{1,8})*");
  /** A short-form response scale may span at most this many codes. */
  static final int MAX_SHORT_FORM_CODES = 1001;

  /** The largest magnitude of a point value or weight: far beyond any scale, far from overflow. */
  static final double MAX_MAGNITUDE = 1e12;

  private static final List<String> TOP_KEYS = List.of("$schema", "formatVersion", "id",
      "version", "language", "title", "description", "citation", "doi", "url", "license",
      "validated", "validationNote", "missingCodes", "divergence", "responseScales", "items",
      "scales", "scaleMap", "calibration");
  private static final List<String> RESPONSE_SCALE_KEYS =
      List.of("id", "min", "max", "labels", "options", "missingCodes", "divergence");
  private static final List<String> OPTION_KEYS = List.of("code", "value", "label");
  private static final List<String> MISSING_KEYS = List.of("code", "reason", "label");
  private static final List<String> DIVERGENCE_KEYS =
      List.of("gap", "favourableAtLeast", "unfavourableAtMost", "minimumProfileItems");
  private static final List<String> ITEM_KEYS =
      List.of("id", "text", "responseScale", "reversed", "weight", "predicts");
  private static final List<String> SCALE_KEYS = List.of("id", "name", "description", "items",
      "scales", "method", "minAnswered", "reference", "direction");
  private static final List<String> MIN_ANSWERED_KEYS = List.of("count", "fraction");
  private static final List<String> REFERENCE_KEYS = List.of("reliability", "norms", "bands");
  private static final List<String> RELIABILITY_KEYS =
      List.of("alpha", "source", "origin", "n", "ci95");
  private static final List<String> NORMS_KEYS =
      List.of("mean", "sd", "n", "sample", "citation", "origin");
  private static final List<String> CALIBRATION_KEYS = List.of("description", "file", "sha256",
      "persons", "couples", "roles", "date", "dyadscoreVersion", "basedOnVersion");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final List<String> BANDS_KEYS = List.of("source", "bands");
  private static final List<String> BAND_KEYS =
      List.of("label", "from", "above", "below", "atMost");
  private static final List<String> SCALE_MAP_KEYS = List.of("across", "up");

  private final String source;
  private final List<DefinitionProblem> problems = new ArrayList<>();
  private String language = "en";
  /** Where each missing code was defined, to point at it when it collides with an answer code. */
  private final Map<Integer, Node> missingCodeNodes = new HashMap<>();
  /** Whether some item's id could not be read, so that scales need not call it unknown. */
  private boolean itemIdsIncomplete;
  /** The first reliability or norms whose origin is a calibration sample, if any. */
  private @Nullable Node firstCalibrated;
  /** The ids of the prediction items, which no scale may list. */
  private final Set<String> predictionItemIds = new HashSet<>();

  private DefinitionReader(String source) {
    this.source = source;
  }

  /**
   * Reads and validates a definition.
   *
   * @param source the name used in messages, usually the file name
   * @param reader the JSON text; not closed
   * @return the definition
   * @throws MalformedDefinitionException when the text is not JSON or exceeds a limit
   * @throws InvalidDefinitionException when the JSON is not a valid definition
   */
  public static Definition read(String source, Reader reader) {
    DefinitionReader definitionReader = new DefinitionReader(source);
    Node root = JsonTree.parse(source, reader, definitionReader.problems);
    Definition definition = definitionReader.readDefinition(root);
    if (!definitionReader.problems.isEmpty() || definition == null) {
      throw new InvalidDefinitionException(definitionReader.sortedProblems());
    }
    return definition;
  }

  /**
   * Lists every problem of a definition; empty when it is valid.
   *
   * @param source the name used in messages
   * @param reader the JSON text; not closed
   * @return the problems, in file order
   */
  public static List<DefinitionProblem> validate(String source, Reader reader) {
    DefinitionReader definitionReader = new DefinitionReader(source);
    try {
      definitionReader.readDefinition(JsonTree.parse(source, reader, definitionReader.problems));
    } catch (MalformedDefinitionException e) {
      definitionReader.problems.addAll(e.problems());
    }
    return definitionReader.sortedProblems();
  }

  private List<DefinitionProblem> sortedProblems() {
    List<DefinitionProblem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingInt(DefinitionProblem::line)
        .thenComparingInt(DefinitionProblem::column));
    return sorted;
  }

  // ---------------------------------------------------------------- the definition's parts

  private @Nullable Definition readDefinition(Node rootNode) {
    if (!(rootNode instanceof Obj root)) {
      problem(rootNode, "found " + rootNode.describe() + "; expected a JSON object");
      return null;
    }
    checkKeys(root, TOP_KEYS, "a questionnaire");
    Integer format = integer(root, "formatVersion", true);
    if (format != null && (format < OLDEST_FORMAT_VERSION || format > FORMAT_VERSION)) {
      problem(value(root, "formatVersion"), "unsupported formatVersion " + format
          + "; expected " + OLDEST_FORMAT_VERSION + " to " + FORMAT_VERSION
          + (format > FORMAT_VERSION ? " (a newer dyadscore may read this file)" : ""));
      return null;
    }
    String declaredLanguage = string(root, "language", false);
    if (declaredLanguage != null) {
      if (LANGUAGE.matcher(declaredLanguage).matches()) {
        language = declaredLanguage;
      } else {
        problem(value(root, "language"), "found " + JsonTree.quote(declaredLanguage)
            + "; expected a language tag such as 'en' or 'de-CH'");
      }
    }
    String id = id(root, "id", true);
    String version = string(root, "version", true);
    LocalizedText title = text(root, "title", true);
    LocalizedText description = text(root, "description", false);
    String citation = string(root, "citation", false);
    String doi = string(root, "doi", false);
    String url = string(root, "url", false);
    String license = string(root, "license", true);
    Boolean validated = bool(root, "validated", true);
    LocalizedText validationNote = text(root, "validationNote", false);
    if (Boolean.FALSE.equals(validated) && validationNote == null && !root.members()
        .containsKey("validationNote")) {
      problem(root, "missing property 'validationNote'; expected a note saying what an "
          + "instrument that is not validated may and may not be used for");
    }
    List<MissingCode> sharedMissing = missingCodes(root, List.of());
    DivergenceSettings divergence = divergence(root, true);
    Map<String, ResponseScale> responseScales = responseScales(root, sharedMissing);
    Map<String, Item> items = items(root, responseScales);
    List<Scale> scales = scales(root, items.keySet());
    CalibrationSample calibration = calibration(root);
    ScaleMap scaleMap = scaleMap(root, scales);
    if (id == null || version == null || title == null || license == null || validated == null
        || !problems.isEmpty()) {
      return null;
    }
    return new Definition(id, version, language, title, description,
        new Provenance(citation, doi, url, license, validated, validationNote), divergence,
        List.copyOf(responseScales.values()), List.copyOf(items.values()), scales, scaleMap,
        calibration);
  }

  /**
   * Reads the description of a calibration sample; requires one when some reference data says it
   * came from a calibration sample (scales are read first).
   */
  private @Nullable CalibrationSample calibration(Obj root) {
    Obj obj = optionalObject(root, "calibration", "a calibration sample");
    if (obj == null) {
      if (firstCalibrated != null && !root.members().containsKey("calibration")) {
        problem(firstCalibrated, "origin 'calibration-sample' needs the questionnaire's "
            + "'calibration' object describing the sample; expected it at the top level "
            + "(dyadscore calibrate writes it), or origin 'published'");
      }
      return null;
    }
    checkKeys(obj, CALIBRATION_KEYS, "a calibration sample");
    String description = string(obj, "description", true);
    String file = string(obj, "file", false);
    String sha256 = string(obj, "sha256", false);
    if (sha256 != null && !SHA256.matcher(sha256).matches()) {
      problem(value(obj, "sha256"), "found " + JsonTree.quote(sha256)
          + "; expected 64 lower-case hexadecimal digits");
      sha256 = null;
    }
    Integer persons = integer(obj, "persons", true);
    Integer couples = integer(obj, "couples", true);
    String roles = string(obj, "roles", true);
    if (roles != null && !List.of("A", "B", "both").contains(roles)) {
      problem(value(obj, "roles"), "found " + JsonTree.quote(roles)
          + "; expected one of [A, B, both]");
      roles = null;
    }
    String date = string(obj, "date", true);
    if (date != null && !DATE.matcher(date).matches()) {
      problem(value(obj, "date"), "found " + JsonTree.quote(date)
          + "; expected a date such as 2026-12-01");
      date = null;
    }
    String dyadscoreVersion = string(obj, "dyadscoreVersion", true);
    String basedOn = string(obj, "basedOnVersion", true);
    for (String key : List.of("persons", "couples")) {
      Integer count = key.equals("persons") ? persons : couples;
      if (count != null && count < 0) {
        problem(value(obj, key), "found " + count + "; expected a count of at least 0");
        return null;
      }
    }
    if (description == null || persons == null || couples == null || roles == null
        || date == null || dyadscoreVersion == null || basedOn == null) {
      return null;
    }
    return new CalibrationSample(description, file, sha256, persons, couples, roles, date,
        dyadscoreVersion, basedOn);
  }

  /** Reads an optional {@code origin}: published by default. */
  private @Nullable ReferenceOrigin origin(Obj obj) {
    String origin = string(obj, "origin", false);
    if (origin == null) {
      return obj.members().containsKey("origin") ? null : ReferenceOrigin.PUBLISHED;
    }
    for (ReferenceOrigin candidate : ReferenceOrigin.values()) {
      if (candidate.token().equals(origin)) {
        if (candidate == ReferenceOrigin.CALIBRATION_SAMPLE && firstCalibrated == null) {
          firstCalibrated = value(obj, "origin");
        }
        return candidate;
      }
    }
    problem(value(obj, "origin"), "found " + JsonTree.quote(origin)
        + "; expected one of [published, calibration-sample]");
    return null;
  }

  private List<MissingCode> missingCodes(Obj owner, List<MissingCode> inherited) {
    List<MissingCode> codes = new ArrayList<>(inherited);
    Arr array = array(owner, "missingCodes", false, false);
    if (array == null) {
      return codes;
    }
    for (Node node : array.elements()) {
      Obj obj = object(node, "a missing code");
      if (obj == null) {
        continue;
      }
      checkKeys(obj, MISSING_KEYS, "a missing code");
      Integer code = integer(obj, "code", true);
      String reason = string(obj, "reason", true);
      LocalizedText label = text(obj, "label", false);
      MissingReason missingReason = null;
      if (reason != null) {
        missingReason = switch (reason) {
          case "missing" -> MissingReason.MISSING;
          case "dont-know" -> MissingReason.DONT_KNOW;
          case "not-applicable" -> MissingReason.NOT_APPLICABLE;
          default -> {
            problem(value(obj, "reason"), "found " + JsonTree.quote(reason)
                + "; expected one of [missing, dont-know, not-applicable]");
            yield null;
          }
        };
      }
      if (code == null || missingReason == null) {
        continue;
      }
      int c = code;
      if (codes.stream().anyMatch(m -> m.code() == c)) {
        problem(value(obj, "code"), "missing code " + c + " is defined twice; expected each "
            + "missing code once (questionnaire-wide codes apply to every response scale)");
        continue;
      }
      codes.add(new MissingCode(c, missingReason, label));
      missingCodeNodes.put(c, value(obj, "code"));
    }
    return codes;
  }

  private @Nullable DivergenceSettings divergence(Obj owner, boolean questionnaireWide) {
    Obj obj = optionalObject(owner, "divergence", "divergence settings");
    if (obj == null) {
      return null;
    }
    checkKeys(obj, DIVERGENCE_KEYS, "divergence settings");
    Double gap = number(obj, "gap", false);
    if (gap != null && gap <= 0) {
      problem(value(obj, "gap"), "found " + format(gap) + "; expected a gap greater than 0");
    }
    Double favourable = number(obj, "favourableAtLeast", false);
    Double unfavourable = number(obj, "unfavourableAtMost", false);
    if (favourable != null && unfavourable != null && unfavourable >= favourable) {
      problem(value(obj, "unfavourableAtMost"), "unfavourableAtMost " + format(unfavourable)
          + " is not below favourableAtLeast " + format(favourable)
          + "; expected unfavourable answers below favourable ones");
    }
    Integer minimumProfileItems = integer(obj, "minimumProfileItems", false);
    if (minimumProfileItems != null && !questionnaireWide) {
      problem(value(obj, "minimumProfileItems"), "minimumProfileItems belongs to the "
          + "questionnaire-wide divergence settings; expected it in the top-level 'divergence', "
          + "because the profile is taken over all items");
      minimumProfileItems = null;
    } else if (minimumProfileItems != null && minimumProfileItems < 2) {
      problem(value(obj, "minimumProfileItems"), "found " + minimumProfileItems
          + "; expected at least 2 shared items for a profile correlation");
      minimumProfileItems = null;
    }
    return new DivergenceSettings(gap, favourable, unfavourable, minimumProfileItems);
  }

  private Map<String, ResponseScale> responseScales(Obj root, List<MissingCode> sharedMissing) {
    Map<String, ResponseScale> scales = new LinkedHashMap<>();
    Map<String, String> firstPointer = new HashMap<>();
    Arr array = array(root, "responseScales", true, true);
    if (array == null) {
      return scales;
    }
    for (Node node : array.elements()) {
      Obj obj = object(node, "a response scale");
      if (obj == null) {
        continue;
      }
      checkKeys(obj, RESPONSE_SCALE_KEYS, "a response scale");
      String id = id(obj, "id", true);
      List<ResponseOption> options = options(obj);
      List<MissingCode> missing = missingCodes(obj, sharedMissing);
      DivergenceSettings divergence = divergence(obj, false);
      if (options != null) {
        for (MissingCode code : missing) {
          if (options.stream().anyMatch(o -> o.code() == code.code())) {
            problem(missingCodeNodes.getOrDefault(code.code(), obj), "missing code "
                + code.code() + " is also an answer code of response scale "
                + JsonTree.quote(id == null ? "?" : id)
                + "; expected missing codes that no answer can have, such as -99");
          }
        }
      }
      if (id != null && unique(id, value(obj, "id"), "response scale", firstPointer)
          && options != null) {
        scales.put(id, new ResponseScale(id, options, missing, divergence));
      }
    }
    return scales;
  }

  private @Nullable List<ResponseOption> options(Obj obj) {
    boolean shortForm = obj.members().containsKey("min") || obj.members().containsKey("max");
    boolean explicit = obj.members().containsKey("options");
    if (shortForm == explicit) {
      problem(obj, "the response scale has " + (shortForm ? "both 'min'/'max' and 'options'"
          : "neither 'min'/'max' nor 'options'")
          + "; expected either 'min' and 'max' (a Likert range) or an 'options' array");
      return null;
    }
    if (shortForm) {
      Integer min = integer(obj, "min", true);
      Integer max = integer(obj, "max", true);
      if (min == null || max == null) {
        return null;
      }
      if (min >= max) {
        problem(value(obj, "max"), "max " + max + " is not above min " + min
            + "; expected min < max (write reverse keying on the item, not as an inverted range)");
        return null;
      }
      if ((long) max - min + 1 > MAX_SHORT_FORM_CODES) {
        problem(value(obj, "max"), "the range " + min + ".." + max + " spans more than "
            + MAX_SHORT_FORM_CODES + " codes; expected a rating scale (use 'options' for "
            + "anything else)");
        return null;
      }
      Map<String, List<String>> labels = labels(obj, max - min + 1);
      List<ResponseOption> options = new ArrayList<>();
      for (int code = min; code <= max; code++) {
        LocalizedText label = null;
        if (!labels.isEmpty()) {
          Map<String, String> byLanguage = new LinkedHashMap<>();
          for (Map.Entry<String, List<String>> language : labels.entrySet()) {
            byLanguage.put(language.getKey(), language.getValue().get(code - min));
          }
          label = new LocalizedText(byLanguage);
        }
        options.add(new ResponseOption(code, code, label));
      }
      return options;
    }
    if (obj.members().containsKey("labels")) {
      problem(value(obj, "labels"), "'labels' belongs to the min/max form; expected each "
          + "option's own 'label' in the 'options' form");
    }
    Arr array = array(obj, "options", true, false);
    if (array == null) {
      return null;
    }
    if (array.elements().size() < 2) {
      problem(array, "found " + array.elements().size() + (array.elements().size() == 1
          ? " option" : " options") + "; expected at least 2");
      return null;
    }
    List<ResponseOption> options = new ArrayList<>();
    Set<Integer> codes = new HashSet<>();
    boolean complete = true;
    for (Node node : array.elements()) {
      Obj option = object(node, "an option");
      if (option == null) {
        complete = false;
        continue;
      }
      checkKeys(option, OPTION_KEYS, "an option");
      Integer code = integer(option, "code", true);
      Double value = bounded(option, "value", number(option, "value", true));
      LocalizedText label = text(option, "label", false);
      if (code == null || value == null) {
        complete = false;
        continue;
      }
      if (!codes.add(code)) {
        problem(value(option, "code"), "option code " + code + " appears twice; expected "
            + "each code once");
        complete = false;
        continue;
      }
      options.add(new ResponseOption(code, value, label));
    }
    return complete ? options : null;
  }

  /** Reads the short form's labels: per language, one label for each code from min to max. */
  private Map<String, List<String>> labels(Obj obj, int count) {
    Obj labelsObj = optionalObject(obj, "labels", "labels by language");
    if (labelsObj == null) {
      return Map.of();
    }
    if (labelsObj.members().isEmpty()) {
      problem(labelsObj, "found no languages; expected labels such as {\"" + language
          + "\": [\"...\"]}, or no 'labels' at all");
      return Map.of();
    }
    Map<String, List<String>> labels = new LinkedHashMap<>();
    for (Map.Entry<String, Member> entry : labelsObj.members().entrySet()) {
      Node node = entry.getValue().value();
      if (!LANGUAGE.matcher(entry.getKey()).matches()) {
        problem(node, "found the key " + JsonTree.quote(entry.getKey())
            + "; expected a language tag such as 'en'");
        continue;
      }
      if (!(node instanceof Arr arr)) {
        problem(node, "found " + node.describe() + "; expected an array of " + count
            + " labels, one per code");
        continue;
      }
      if (arr.elements().size() != count) {
        problem(arr, "found " + arr.elements().size() + " labels; expected " + count
            + ", one per code from min to max");
        continue;
      }
      List<String> strings = new ArrayList<>();
      for (Node label : arr.elements()) {
        String text = nonEmptyString(label);
        strings.add(text == null ? "" : text);
      }
      labels.put(entry.getKey(), strings);
    }
    if (!labels.isEmpty() && !labels.containsKey(language)) {
      problem(labelsObj, "labels have no " + JsonTree.quote(language) + " version; expected "
          + "every text in the questionnaire's language " + JsonTree.quote(language));
    }
    return labels;
  }

  private Map<String, Item> items(Obj root, Map<String, ResponseScale> responseScales) {
    Map<String, Item> items = new LinkedHashMap<>();
    Map<String, String> firstPointer = new HashMap<>();
    Arr array = array(root, "items", true, true);
    if (array == null) {
      itemIdsIncomplete = true;
      return items;
    }
    List<String> knownScales = List.copyOf(responseScales.keySet());
    // Read once: the response scales are read before the items (the check per item was
    // quadratic in a file with many items and problems).
    boolean responseScalesValid = problemsAbout("/responseScales").isEmpty();
    Map<String, Obj> predictionNodes = new LinkedHashMap<>();
    for (Node node : array.elements()) {
      Obj obj = object(node, "an item");
      if (obj == null) {
        itemIdsIncomplete = true;
        continue;
      }
      checkKeys(obj, ITEM_KEYS, "an item");
      String id = id(obj, "id", true);
      LocalizedText text = text(obj, "text", false);
      String responseScale = string(obj, "responseScale", true);
      Boolean reversed = bool(obj, "reversed", false);
      Double weight = bounded(obj, "weight", number(obj, "weight", false));
      if (weight != null && weight <= 0) {
        problem(value(obj, "weight"), "found " + format(weight)
            + "; expected a weight greater than 0");
        weight = null;
      }
      if (responseScale != null && !responseScales.containsKey(responseScale)
          && responseScalesValid) {
        problem(value(obj, "responseScale"), "unknown response scale "
            + JsonTree.quote(responseScale) + "; expected one of " + knownScales);
      }
      if (id == null || responseScale == null) {
        itemIdsIncomplete = true;
      }
      String predicts = id(obj, "predicts", false);
      if (id != null && unique(id, value(obj, "id"), "item", firstPointer)
          && responseScale != null) {
        items.put(id, new Item(id, text, responseScale, Boolean.TRUE.equals(reversed),
            weight == null ? 1.0 : weight, predicts));
        if (predicts != null) {
          predictionNodes.put(id, obj);
        }
      }
    }
    predictions(items, predictionNodes);
    return items;
  }

  /**
   * Checks each prediction item against its self item (which may come later in the file) and
   * gives it the self item's keying. See {@link Item} for why they must match.
   */
  private void predictions(Map<String, Item> items, Map<String, Obj> nodes) {
    Map<String, String> predictedBy = new HashMap<>();
    List<String> selfItems =
        items.values().stream().filter(i -> !i.isPrediction()).map(Item::id).toList();
    for (Map.Entry<String, Obj> entry : nodes.entrySet()) {
      String id = entry.getKey();
      Obj obj = entry.getValue();
      Item item = items.get(id);
      predictionItemIds.add(id);
      Item self = items.get(item.predicts());
      Node at = value(obj, "predicts");
      if (self == null) {
        if (!itemIdsIncomplete) {
          problem(at, "prediction item " + JsonTree.quote(id) + " predicts the unknown item "
              + JsonTree.quote(item.predicts()) + "; expected the id of a self item, one of "
              + abbreviate(selfItems));
        }
      } else if (self.isPrediction()) {
        problem(at, "prediction item " + JsonTree.quote(id) + " predicts " + (self.id().equals(id)
            ? "itself" : JsonTree.quote(self.id()) + ", which is a prediction item itself")
            + "; expected the id of a self item, one of " + abbreviate(selfItems));
      } else if (!self.responseScale().equals(item.responseScale())) {
        problem(value(obj, "responseScale"), "prediction item " + JsonTree.quote(id)
            + " is on response scale " + JsonTree.quote(item.responseScale())
            + " but its self item " + JsonTree.quote(self.id()) + " is on "
            + JsonTree.quote(self.responseScale()) + "; expected "
            + JsonTree.quote(self.responseScale())
            + ", so that a prediction and the partner's answer are on the same values");
      } else if (obj.members().containsKey("reversed") && item.reversed() != self.reversed()) {
        problem(value(obj, "reversed"), "prediction item " + JsonTree.quote(id) + " says "
            + "reversed " + item.reversed() + " but its self item " + JsonTree.quote(self.id())
            + " is " + (self.reversed() ? "" : "not ") + "reversed; expected the self item's "
            + "keying (leave 'reversed' out to take it over)");
      } else if (obj.members().containsKey("weight")) {
        problem(value(obj, "weight"), "prediction item " + JsonTree.quote(id) + " has a "
            + "weight; expected none, since a prediction item belongs to no scale");
      } else if (predictedBy.containsKey(self.id())) {
        problem(at, "self item " + JsonTree.quote(self.id()) + " already has the prediction "
            + "item " + JsonTree.quote(predictedBy.get(self.id())) + "; expected at most one "
            + "prediction item per self item");
      } else {
        predictedBy.put(self.id(), id);
        items.put(id, new Item(id, item.text(), item.responseScale(), self.reversed(), 1.0,
            self.id()));
      }
    }
  }

  private List<Scale> scales(Obj root, Set<String> itemIds) {
    Arr array = array(root, "scales", true, true);
    if (array == null) {
      return List.of();
    }
    Map<String, String> firstPointer = new HashMap<>();
    Map<String, Obj> scaleNodes = new LinkedHashMap<>();
    for (Node node : array.elements()) {
      Obj obj = object(node, "a scale");
      if (obj != null) {
        String id = id(obj, "id", true);
        if (id != null && unique(id, value(obj, "id"), "scale", firstPointer)) {
          scaleNodes.put(id, obj);
        }
      }
    }
    // Output columns made of the ids must be unique, even case-folded and as R names them.
    OutputColumns.scaleClashes(List.copyOf(scaleNodes.keySet())).forEach((id, message) ->
        problem(value(scaleNodes.get(id), "id"), message));
    List<Scale> scales = new ArrayList<>();
    for (Map.Entry<String, Obj> entry : scaleNodes.entrySet()) {
      Scale scale = scale(entry.getKey(), entry.getValue(), itemIds, scaleNodes.keySet());
      if (scale != null) {
        scales.add(scale);
      }
    }
    checkCycles(scales, scaleNodes);
    checkDirections(scales, scaleNodes);
    return scales;
  }

  /**
   * Checks that directions agree: an item that two item scales list is favourable at one end only,
   * and a composite (which cannot turn a component around) has its components' direction.
   */
  private void checkDirections(List<Scale> scales, Map<String, Obj> nodes) {
    Map<String, Scale> firstScaleOfItem = new HashMap<>();
    Map<String, Scale> byId = new HashMap<>();
    for (Scale scale : scales) {
      byId.put(scale.id(), scale);
    }
    for (Scale scale : scales) {
      Obj obj = nodes.get(scale.id());
      Node at = obj.members().containsKey("direction") ? value(obj, "direction") : obj;
      for (String item : scale.items()) {
        Scale first = firstScaleOfItem.putIfAbsent(item, scale);
        if (first != null && first.direction() != scale.direction()) {
          problem(at, "item " + JsonTree.quote(item) + " is in scale " + JsonTree.quote(
              first.id()) + " (" + first.direction().token() + ") and in scale "
              + JsonTree.quote(scale.id()) + " (" + scale.direction().token() + "); expected "
              + "one direction for all scales that share an item, since it decides which of "
              + "the item's answers are favourable");
          break;
        }
      }
      for (String component : scale.components()) {
        Scale part = byId.get(component);
        if (part != null && part.direction() != scale.direction()) {
          problem(at, "composite " + JsonTree.quote(scale.id()) + " is "
              + scale.direction().token() + " but its component " + JsonTree.quote(part.id())
              + " is " + part.direction().token() + "; expected \"direction\": "
              + "\"" + part.direction().token() + "\" on "
              + JsonTree.quote(scale.id()) + " (a composite cannot turn a component around, so "
              + "all its components need one direction)");
          break;
        }
      }
    }
  }

  private @Nullable Scale scale(String id, Obj obj, Set<String> itemIds, Set<String> scaleIds) {
    checkKeys(obj, SCALE_KEYS, "a scale");
    LocalizedText name = text(obj, "name", true);
    LocalizedText description = text(obj, "description", false);
    boolean hasItems = obj.members().containsKey("items");
    boolean hasScales = obj.members().containsKey("scales");
    if (hasItems == hasScales) {
      problem(obj, "scale " + JsonTree.quote(id) + (hasItems ? " has both 'items' and 'scales'"
          : " has neither 'items' nor 'scales'")
          + "; expected 'items' (an item scale) or 'scales' (a composite)");
      return null;
    }
    String key = hasItems ? "items" : "scales";
    List<String> members = references(obj, key, hasItems ? "item" : "scale",
        hasItems ? itemIds : scaleIds, id);
    ScoringMethod method = ScoringMethod.MEAN;
    String methodName = string(obj, "method", false);
    if (methodName != null) {
      switch (methodName) {
        case "mean" -> method = ScoringMethod.MEAN;
        case "sum" -> method = ScoringMethod.SUM;
        case "prorated-sum" -> method = ScoringMethod.PRORATED_SUM;
        default -> problem(value(obj, "method"), "found " + JsonTree.quote(methodName)
            + "; expected one of [mean, sum, prorated-sum]");
      }
    }
    MinimumAnswered minimum = minimumAnswered(obj, members == null ? 0 : members.size(),
        hasItems ? "items" : "component scales");
    if (minimum == null) {
      // The documented defaults: a mean (or prorated sum) needs one answer, as R psych scores
      // it; a plain sum is only comparable when complete, and so is a composite.
      boolean needsAll = !hasItems || method == ScoringMethod.SUM;
      minimum = new MinimumAnswered.Count(
          needsAll && members != null ? Math.max(1, members.size()) : 1);
    }
    ReferenceData reference = reference(obj);
    Direction direction = Direction.HIGHER_IS_BETTER;
    String directionName = string(obj, "direction", false);
    if (directionName != null) {
      direction = null;
      for (Direction candidate : Direction.values()) {
        if (candidate.token().equals(directionName)) {
          direction = candidate;
        }
      }
      if (direction == null) {
        problem(value(obj, "direction"), "found " + JsonTree.quote(directionName)
            + "; expected one of [higher-is-better, lower-is-better] (which end of the scale "
            + "is favourable)");
      }
    }
    if (name == null || members == null || direction == null) {
      return null;
    }
    return new Scale(id, name, description, hasItems ? members : List.of(),
        hasItems ? List.of() : members, method, minimum, reference, direction);
  }

  /**
   * The ids a scale lists. {@code known} must answer {@code contains} in constant time (a set):
   * a scale may list 100,000 items.
   */
  private @Nullable List<String> references(
      Obj obj, String key, String kind, Set<String> known, String scaleId) {
    Arr array = array(obj, key, true, false);
    if (array == null) {
      return null;
    }
    if (array.elements().isEmpty()) {
      problem(array, "scale " + JsonTree.quote(scaleId) + " is empty; expected at least one "
          + kind);
      return null;
    }
    Set<String> ids = new LinkedHashSet<>();
    boolean complete = true;
    for (Node node : array.elements()) {
      String ref = nonEmptyString(node);
      if (ref == null) {
        complete = false;
      } else if (kind.equals("scale") && ref.equals(scaleId)) {
        problem(node, "composite " + JsonTree.quote(scaleId) + " lists itself; expected other "
            + "scales");
        complete = false;
      } else if (!known.contains(ref)) {
        // An item that could not be read is already reported; do not call it unknown as well.
        if (!(kind.equals("item") && itemIdsIncomplete)) {
          problem(node, "unknown " + kind + " " + JsonTree.quote(ref) + "; expected one of "
              + abbreviate(known, scaleId));
        }
        complete = false;
      } else if (kind.equals("item") && predictionItemIds.contains(ref)) {
        problem(node, "item " + JsonTree.quote(ref) + " is a prediction item; expected only "
            + "self items in scale " + JsonTree.quote(scaleId) + " (a scale scores a person's "
            + "own answers)");
        complete = false;
      } else if (ids.contains(ref)) {
        problem(node, kind + " " + JsonTree.quote(ref) + " is listed twice in scale "
            + JsonTree.quote(scaleId) + "; expected each " + kind + " once");
        complete = false;
      } else {
        ids.add(ref);
      }
    }
    return complete ? List.copyOf(ids) : null;
  }

  private @Nullable MinimumAnswered minimumAnswered(Obj obj, int size, String what) {
    Obj min = optionalObject(obj, "minAnswered", "a minimum such as {\"fraction\": 0.75}");
    if (min == null) {
      return null;
    }
    checkKeys(min, MIN_ANSWERED_KEYS, "a minimum");
    boolean hasCount = min.members().containsKey("count");
    if (hasCount == min.members().containsKey("fraction")) {
      problem(min, "found " + (hasCount ? "both 'count' and 'fraction'" : "neither 'count' nor "
          + "'fraction'") + "; expected exactly one of them");
      return null;
    }
    if (hasCount) {
      Integer count = integer(min, "count", true);
      if (count == null) {
        return null;
      }
      if (count < 1 || (size > 0 && count > size)) {
        problem(value(min, "count"), "found " + count + "; expected a count from 1 to the "
            + "scale's " + size + " " + what);
        return null;
      }
      return new MinimumAnswered.Count(count);
    }
    Double fraction = number(min, "fraction", true);
    if (fraction == null) {
      return null;
    }
    if (!(fraction > 0 && fraction <= 1)) {
      problem(value(min, "fraction"), "found " + format(fraction)
          + "; expected a fraction greater than 0 and at most 1");
      return null;
    }
    return new MinimumAnswered.Fraction(fraction);
  }

  private @Nullable ReferenceData reference(Obj scale) {
    Obj obj = optionalObject(scale, "reference", "reference data");
    if (obj == null) {
      return null;
    }
    checkKeys(obj, REFERENCE_KEYS, "reference data");
    Reliability reliability = null;
    Obj rel = optionalObject(obj, "reliability", "a reliability");
    if (rel != null) {
      checkKeys(rel, RELIABILITY_KEYS, "a reliability");
      Double alpha = number(rel, "alpha", true);
      String source = string(rel, "source", true);
      ReferenceOrigin origin = origin(rel);
      Integer n = integer(rel, "n", false);
      double[] ci = interval(rel);
      if (alpha != null && !(alpha > 0 && alpha < 1)) {
        problem(value(rel, "alpha"), "found " + format(alpha)
            + "; expected a reliability between 0 and 1 (exclusive)");
      } else if (n != null && n < 2) {
        problem(value(rel, "n"), "found " + n + "; expected a sample size of at least 2");
      } else if (alpha != null && source != null && origin != null
          && (ci != null || !rel.members().containsKey("ci95"))) {
        reliability = new Reliability(alpha, source, origin, n, ci == null ? null : ci[0],
            ci == null ? null : ci[1]);
      }
    }
    Norms norms = null;
    Obj normsObj = optionalObject(obj, "norms", "norms");
    if (normsObj != null) {
      checkKeys(normsObj, NORMS_KEYS, "norms");
      Double mean = number(normsObj, "mean", true);
      Double sd = number(normsObj, "sd", true);
      Integer n = integer(normsObj, "n", false);
      String sample = string(normsObj, "sample", true);
      String citation = string(normsObj, "citation", true);
      ReferenceOrigin origin = origin(normsObj);
      if (sd != null && sd <= 0) {
        problem(value(normsObj, "sd"), "found " + format(sd)
            + "; expected a standard deviation greater than 0");
      } else if (n != null && n < 2) {
        problem(value(normsObj, "n"), "found " + n + "; expected a sample size of at least 2");
      } else if (mean != null && sd != null && sample != null && citation != null
          && origin != null) {
        norms = new Norms(mean, sd, n, sample, citation, origin);
      }
    }
    Bands bands = bands(obj);
    return new ReferenceData(reliability, norms, bands);
  }

  /** Reads an optional {@code ci95: [lower, upper]}; null when absent or after a problem. */
  private double @Nullable [] interval(Obj obj) {
    Arr array = array(obj, "ci95", false, false);
    if (array == null) {
      return null;
    }
    List<Node> bounds = array.elements();
    if (bounds.size() != 2 || !(bounds.get(0) instanceof Num lo)
        || !(bounds.get(1) instanceof Num hi)) {
      problem(array, "found " + array.describe() + "; expected [lower, upper], two numbers");
      return null;
    }
    double lower = Double.parseDouble(lo.text());
    double upper = Double.parseDouble(hi.text());
    if (!(lower <= upper) || !Double.isFinite(lower) || !Double.isFinite(upper)) {
      problem(array, "found [" + lo.text() + ", " + hi.text() + "]; expected a finite lower "
          + "bound not above the upper bound");
      return null;
    }
    return new double[] {lower, upper};
  }

  private @Nullable Bands bands(Obj reference) {
    Obj obj = optionalObject(reference, "bands", "interpretation bands");
    if (obj == null) {
      return null;
    }
    checkKeys(obj, BANDS_KEYS, "interpretation bands");
    String source = string(obj, "source", true);
    Arr array = array(obj, "bands", true, true);
    if (array == null) {
      return null;
    }
    List<Band> bands = new ArrayList<>();
    Obj previous = null;
    for (Node node : array.elements()) {
      Obj band = object(node, "a band");
      if (band == null) {
        return null;
      }
      checkKeys(band, BAND_KEYS, "a band");
      LocalizedText label = text(band, "label", true);
      // Each end is written with the word that says on which side the value lies.
      String lowKey = boundKey(band, "from", "above", "lower");
      String highKey = boundKey(band, "below", "atMost", "upper");
      Double low = lowKey == null || lowKey.isEmpty() ? null : number(band, lowKey, true);
      Double high = highKey == null || highKey.isEmpty() ? null : number(band, highKey, true);
      if (label == null || "".equals(lowKey) || "".equals(highKey)
          || (lowKey != null && low == null) || (highKey != null && high == null)) {
        return null;
      }
      double lo = low == null ? Double.NEGATIVE_INFINITY : low;
      double hi = high == null ? Double.POSITIVE_INFINITY : high;
      boolean includesLow = "from".equals(lowKey);
      boolean includesHigh = "atMost".equals(highKey);
      if (!(lo < hi)) {
        problem(highKey == null ? band : value(band, highKey), "band " + bandWording(lowKey, lo,
            highKey, hi) + " is empty; expected the lower bound below the upper bound");
        return null;
      }
      if (previous != null) {
        Band before = bands.get(bands.size() - 1);
        if (!before.hasUpper()) {
          problem(previous, "band has no upper bound ('below' or 'atMost') but another band "
              + "follows it (at " + band.pointer() + "); expected bands sorted ascending, only "
              + "the last one open upwards");
          return null;
        }
        String end = format(before.upper());
        if (lowKey == null) {
          problem(band, "band has no lower bound ('from' or 'above') but is not the first band; "
              + "expected " + (before.includesUpper() ? "'above' " : "'from' ") + end
              + " or higher, where the band before it ends");
          return null;
        }
        if (lo < before.upper() || (lo == before.upper() && includesLow
            && before.includesUpper())) {
          problem(value(band, lowKey), "band " + bandWording(lowKey, lo, highKey, hi)
              + " overlaps the band before it (at " + previous.pointer() + "), which ends "
              + (before.includesUpper() ? "at " : "below ") + end + "; expected bands sorted "
              + "ascending without overlap" + (lo == before.upper() ? " (after 'atMost " + end
              + "' write 'above " + end + "')" : ""));
          return null;
        }
      }
      bands.add(new Band(label, lo, includesLow, hi, includesHigh));
      previous = band;
    }
    return source == null ? null : new Bands(source, bands);
  }

  /**
   * Which of the two keys for one end of a band is present: null when neither, "" (after a
   * problem) when both.
   */
  private @Nullable String boundKey(Obj band, String inclusive, String exclusive, String end) {
    boolean first = band.members().containsKey(inclusive);
    boolean second = band.members().containsKey(exclusive);
    if (first && second) {
      problem(value(band, exclusive), "band has both '" + inclusive + "' and '" + exclusive
          + "'; expected one " + end + " bound, written with the word that says on which side "
          + "the value lies");
      return "";
    }
    return first ? inclusive : second ? exclusive : null;
  }

  private static String bandWording(@Nullable String lowKey, double lo, @Nullable String highKey,
      double hi) {
    String low = lowKey == null ? "" : lowKey + " " + format(lo);
    String high = highKey == null ? "" : highKey + " " + format(hi);
    return (low + " " + high).trim();
  }

  // The two-scale map of reports: two different scales, named by id.
  private @Nullable ScaleMap scaleMap(Obj root, List<Scale> scales) {
    Obj obj = optionalObject(root, "scaleMap", "a two-scale map");
    if (obj == null) {
      return null;
    }
    checkKeys(obj, SCALE_MAP_KEYS, "a two-scale map");
    List<String> scaleIds = scales.stream().map(Scale::id).toList();
    String across = scaleMapAxis(obj, "across", scaleIds);
    String up = scaleMapAxis(obj, "up", scaleIds);
    if (across == null || up == null) {
      return null;
    }
    if (across.equals(up)) {
      problem(value(obj, "up"), "found scale " + JsonTree.quote(up) + " on both axes; expected "
          + "two different scales, one across and one up");
      return null;
    }
    return new ScaleMap(across, up);
  }

  private @Nullable String scaleMapAxis(Obj obj, String key, List<String> scaleIds) {
    String id = string(obj, key, true);
    if (id != null && !scaleIds.contains(id)) {
      if (problemsAbout("/scales").isEmpty()) {
        problem(value(obj, key), "unknown scale " + JsonTree.quote(id) + "; expected one of "
            + abbreviate(scaleIds));
      }
      return null;
    }
    return id;
  }

  /** Every cycle of composites is one problem, at the first scale's reference to the next. */
  private void checkCycles(List<Scale> scales, Map<String, Obj> nodes) {
    for (List<String> cycle : CompositeGraph.of(scales).cycles()) {
      Node components = value(nodes.get(cycle.get(0)), "scales");
      Node at = components instanceof Arr arr ? arr.elements().stream()
          .filter(e -> e instanceof Str str && str.value().equals(cycle.get(1)))
          .findFirst().orElse(arr) : components;
      List<String> shown = cycle.size() <= 12 ? cycle
          : List.of(String.join(" -> ", cycle.subList(0, 5)), "... (" + (cycle.size() - 7)
              + " more)", String.join(" -> ", cycle.subList(cycle.size() - 2, cycle.size())));
      problem(at, "composite scales form a cycle " + String.join(" -> ", shown)
          + "; expected composites that end in item scales");
    }
  }

  // ---------------------------------------------------------------- typed access with problems

  private void problem(Node at, String message) {
    problems.add(new DefinitionProblem(source, at.line(), at.column(), at.pointer(), message));
  }

  private List<DefinitionProblem> problemsAbout(String pointerPrefix) {
    return problems.stream().filter(p -> p.pointer().startsWith(pointerPrefix)).toList();
  }

  private boolean unique(String id, Node at, String kind, Map<String, String> firstPointer) {
    String first = firstPointer.putIfAbsent(id, at.pointer());
    if (first != null) {
      problem(at, "duplicate " + kind + " id " + JsonTree.quote(id) + " (first at " + first
          + "); expected each " + kind + " id once");
      return false;
    }
    return true;
  }

  private void checkKeys(Obj obj, List<String> allowed, String what) {
    for (Map.Entry<String, Member> entry : obj.members().entrySet()) {
      if (!allowed.contains(entry.getKey())) {
        Member member = entry.getValue();
        problems.add(new DefinitionProblem(source, member.keyLine(), member.keyColumn(),
            member.value().pointer(), "unknown property " + JsonTree.quote(entry.getKey())
                + " in " + what + "; expected one of " + allowed));
      }
    }
  }

  /** The value of a member known to exist. */
  private static Node value(Obj obj, String key) {
    Member member = obj.members().get(key);
    return member == null ? obj : member.value();
  }

  private @Nullable Node member(Obj obj, String key, boolean required, String expected) {
    Member member = obj.members().get(key);
    if (member == null) {
      if (required) {
        problem(obj, "missing property " + JsonTree.quote(key) + "; expected " + expected);
      }
      return null;
    }
    return member.value();
  }

  private @Nullable Obj object(Node node, String expected) {
    if (node instanceof Obj obj) {
      return obj;
    }
    problem(node, "found " + node.describe() + "; expected " + expected + " (a JSON object)");
    return null;
  }

  private @Nullable Obj optionalObject(Obj owner, String key, String expected) {
    Node node = member(owner, key, false, expected);
    return node == null ? null : object(node, expected);
  }

  private @Nullable Arr array(Obj obj, String key, boolean required, boolean nonEmpty) {
    Node node = member(obj, key, required, "an array");
    if (node == null) {
      return null;
    }
    if (!(node instanceof Arr arr)) {
      problem(node, "found " + node.describe() + "; expected an array");
      return null;
    }
    if (nonEmpty && arr.elements().isEmpty()) {
      problem(arr, "found an empty array; expected at least one element");
      return null;
    }
    return arr;
  }

  private @Nullable String string(Obj obj, String key, boolean required) {
    Node node = member(obj, key, required, "a string");
    return node == null ? null : nonEmptyString(node);
  }

  private @Nullable String nonEmptyString(Node node) {
    if (!(node instanceof Str str)) {
      problem(node, "found " + node.describe() + "; expected a string");
      return null;
    }
    if (str.value().isBlank()) {
      problem(node, "found an empty string; expected text");
      return null;
    }
    return str.value();
  }

  private @Nullable String id(Obj obj, String key, boolean required) {
    String id = string(obj, key, required);
    if (id != null && !ID.matcher(id).matches()) {
      problem(value(obj, key), "found the id " + JsonTree.quote(id) + "; expected a letter "
          + "followed by at most 63 letters, digits, '_', '.' or '-'");
      return null;
    }
    return id;
  }

  private @Nullable Integer integer(Obj obj, String key, boolean required) {
    Node node = member(obj, key, required, "an integer");
    if (node == null) {
      return null;
    }
    if (!(node instanceof Num num) || !num.integral()) {
      problem(node, "found " + node.describe() + "; expected an integer" + unquoteHint(node));
      return null;
    }
    BigDecimal value = new BigDecimal(num.text());
    if (value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0
        || value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
      problem(node, "found " + node.describe() + "; expected an integer from "
          + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE);
      return null;
    }
    return value.intValueExact();
  }

  private @Nullable Double number(Obj obj, String key, boolean required) {
    Node node = member(obj, key, required, "a number");
    if (node == null) {
      return null;
    }
    if (!(node instanceof Num num)) {
      problem(node, "found " + node.describe() + "; expected a number" + unquoteHint(node));
      return null;
    }
    double value = Double.parseDouble(num.text());
    if (!Double.isFinite(value)) {
      problem(node, "found " + node.describe() + "; expected a finite number");
      return null;
    }
    return value;
  }

  /**
   * Rejects a point value or weight so large that sums of them could overflow to infinity, which
   * would turn a scored scale into NaN or infinity without a word.
   */
  private @Nullable Double bounded(Obj obj, String key, @Nullable Double value) {
    if (value != null && Math.abs(value) > MAX_MAGNITUDE) {
      problem(value(obj, key), "found " + format(value) + "; expected "
          + (key.equals("weight") ? "a weight greater than 0 and at most 1e12"
              : "a " + key + " from -1e12 to 1e12"));
      return null;
    }
    return value;
  }

  private @Nullable Boolean bool(Obj obj, String key, boolean required) {
    Node node = member(obj, key, required, "true or false");
    if (node == null) {
      return null;
    }
    if (!(node instanceof Bool bool)) {
      problem(node, "found " + node.describe() + "; expected true or false");
      return null;
    }
    return bool.value();
  }

  private @Nullable LocalizedText text(Obj obj, String key, boolean required) {
    Node node = member(obj, key, required,
        "a text by language, such as {\"" + language + "\": \"...\"}");
    if (node == null) {
      return null;
    }
    if (!(node instanceof Obj textObj)) {
      problem(node, "found " + node.describe() + "; expected a text by language, such as {\""
          + language + "\": \"...\"}");
      return null;
    }
    Map<String, String> byLanguage = new LinkedHashMap<>();
    for (Map.Entry<String, Member> entry : textObj.members().entrySet()) {
      String tag = entry.getKey();
      if (!LANGUAGE.matcher(tag).matches()) {
        problem(entry.getValue().value(), "found the key " + JsonTree.quote(tag)
            + "; expected a language tag such as 'en'");
        return null;
      }
      String text = nonEmptyString(entry.getValue().value());
      if (text == null) {
        return null;
      }
      byLanguage.put(tag, text);
    }
    if (!byLanguage.containsKey(language)) {
      problem(node, "the text has no " + JsonTree.quote(language) + " version; expected every "
          + "text in the questionnaire's language " + JsonTree.quote(language));
      return null;
    }
    return new LocalizedText(byLanguage);
  }

  /** For a number written in quotes, how to write it instead; otherwise nothing. */
  private static String unquoteHint(Node node) {
    if (node instanceof Str str && NUMBER.matcher(str.value()).matches()) {
      return " (write " + str.value() + " without quotes)";
    }
    return "";
  }

  private static String abbreviate(List<String> ids) {
    return abbreviate(new LinkedHashSet<>(ids), "");
  }

  /** The known ids but {@code self}, as a message lists them: at most 12, else 10 and a count. */
  private static String abbreviate(Set<String> known, String self) {
    int size = known.size() - (known.contains(self) ? 1 : 0);
    List<String> shown = known.stream().filter(id -> !id.equals(self))
        .limit(size <= 12 ? 12 : 10).toList();
    if (size <= 12) {
      return shown.toString();
    }
    return "[" + String.join(", ", shown) + ", ... (" + size + " in all)]";
  }

  static String format(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.format(Locale.ROOT, "%d", (long) value);
    }
    return Double.toString(value);
  }
}
