package io.github.dyadscore.definition;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A text in one or more languages, keyed by BCP 47 language tag such as {@code en} or {@code de-CH}.
 *
 * @param byLanguage the text per language tag, never empty
 * @since 0.1.0
 */
public record LocalizedText(Map<String, String> byLanguage) {

  /**
   * Creates a text; the map is copied and sorted by language tag, so that output is stable.
   *
   * @param byLanguage the text per language tag, never empty
   * @throws IllegalArgumentException if the map is empty
   */
  public LocalizedText {
    if (byLanguage.isEmpty()) {
      throw new IllegalArgumentException("a localized text needs at least one language");
    }
    byLanguage = java.util.Collections.unmodifiableMap(new TreeMap<>(byLanguage));
  }

  /**
   * Creates a text in one language.
   *
   * @param language the language tag
   * @param text the text
   * @return the localized text
   */
  public static LocalizedText of(String language, String text) {
    return new LocalizedText(Map.of(language, text));
  }

  /**
   * Returns the text in a language.
   *
   * @param language the language tag, matched exactly
   * @return the text, or empty when the text has no such language
   */
  public Optional<String> in(String language) {
    return Optional.ofNullable(byLanguage.get(language));
  }
}
