package io.github.dyadscore.report;

import io.github.dyadscore.report.html.Phrases;
import java.util.List;
import java.util.Map;

/**
 * The report's own words in each language it has, for the text report and the HTML page (keys
 * {@code html.*}). A key missing in a language is a bug caught by a test (every language has every
 * key); item texts and labels come from the definition.
 */
final class Words implements Phrases {

  /** The languages, sorted. */
  static final List<String> TAGS = List.of("de", "en");

  private static final Map<String, Map<String, String>> WORDS = Map.of(
      "en", English.WORDS,
      "de", German.WORDS);

  private final Map<String, String> words;

  Words(String language) {
    Map<String, String> w = WORDS.get(language);
    if (w == null) {
      throw new IllegalArgumentException("no report language '" + language + "'; available: "
          + String.join(", ", TAGS));
    }
    this.words = w;
  }

  /** The phrase of a key, with {@code {0}}, {@code {1}}, ... replaced by the arguments. */
  @Override
  public String get(String key, Object... args) {
    String phrase = words.get(key);
    if (phrase == null) {
      throw new IllegalStateException("no phrase '" + key + "'");
    }
    for (int i = 0; i < args.length; i++) {
      phrase = phrase.replace("{" + i + "}", String.valueOf(args[i]));
    }
    return phrase;
  }

  static Map<String, Map<String, String>> all() {
    return WORDS;
  }
}
