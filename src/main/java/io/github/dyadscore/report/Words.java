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
    return fill(phrase, args);
  }

  /**
   * Replaces {@code {0}}, {@code {1}}, ... in one pass over the phrase, so that an argument (a
   * partner's name, a definition's text) that itself holds {@code {1}} stays as it is instead of
   * taking a later argument. A placeholder without an argument stays too.
   */
  static String fill(String phrase, Object... args) {
    StringBuilder out = new StringBuilder(phrase.length() + 16 * args.length);
    int i = 0;
    while (i < phrase.length()) {
      char c = phrase.charAt(i);
      int close = c == '{' ? phrase.indexOf('}', i + 1) : -1;
      if (close > i + 1 && close - i <= 3 && isDigits(phrase, i + 1, close)) {
        int index = Integer.parseInt(phrase, i + 1, close, 10);
        if (index < args.length) {
          out.append(args[index]);
          i = close + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private static boolean isDigits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  static Map<String, Map<String, String>> all() {
    return WORDS;
  }
}
