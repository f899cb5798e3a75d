package io.github.dyadscore.report.html;

/**
 * The report's own words in one language, as the HTML page takes them: the same message source
 * as the text report (keys {@code html.*} for the page's own phrases), so that both formats
 * offer the same languages and a missing phrase is caught by the same test.
 */
public interface Phrases {

  /**
   * The phrase of a key with {@code {0}}, {@code {1}}, ... replaced by the arguments.
   *
   * @param key the key
   * @param args the arguments
   * @return the phrase
   * @throws IllegalStateException when the language has no such phrase
   */
  String get(String key, Object... args);
}
