package io.github.dyadscore.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The language tags a definition may use: well-formed BCP 47 tags (RFC 5646, section 2.1) with a
 * two- or three-letter language, written in their usual case (language lower case, script title
 * case, region upper case, the rest lower case: {@code en}, {@code de-CH}, {@code zh-Hant-TW},
 * {@code sr-Latn}). Tags are case-insensitive in BCP 47; asking for one spelling makes {@code "de"}
 * and {@code "DE"} in one text impossible (they would be the same language twice) and lets the
 * JSON Schema check exactly what the loader checks: {@link #PATTERN} is the schema's
 * {@code languageTag} pattern.
 */
final class LanguageTags {

  /** The schema's pattern, without the anchors a JSON Schema pattern needs. */
  static final String PATTERN = "[a-z]{2,3}(-[a-z]{3}){0,3}(-[A-Z][a-z]{3})?(-([A-Z]{2}|[0-9]{3}))?"
      + "(-([a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*(-[0-9a-wy-z](-[a-z0-9]{2,8})+)*"
      + "(-x(-[a-z0-9]{1,8})+)?";

  private static final Pattern TAG = Pattern.compile(PATTERN);

  private LanguageTags() {}

  static boolean isValid(String tag) {
    return TAG.matcher(tag).matches();
  }

  /** What a message says is expected instead of {@code tag}. */
  static String expected(String tag) {
    String usual = usualCase(tag);
    String hint = !usual.equals(tag) && isValid(usual)
        ? " (" + JsonTree.quote(tag) + " is written " + JsonTree.quote(usual) + ")" : "";
    return "expected a BCP 47 language tag in its usual case, such as 'en', 'de-CH' or "
        + "'zh-Hant'" + hint;
  }

  /** The tag in BCP 47's usual case, subtag by subtag, whether or not it is well-formed. */
  static String usualCase(String tag) {
    String[] parts = tag.split("-", -1);
    StringBuilder out = new StringBuilder(parts[0].toLowerCase(Locale.ROOT));
    boolean extension = false;
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i];
      extension |= part.length() == 1;
      String cased;
      if (!extension && part.length() == 4 && part.chars().allMatch(Character::isLetter)) {
        cased = part.substring(0, 1).toUpperCase(Locale.ROOT)
            + part.substring(1).toLowerCase(Locale.ROOT);
      } else if (!extension && part.length() == 2) {
        cased = part.toUpperCase(Locale.ROOT);
      } else {
        cased = part.toLowerCase(Locale.ROOT);
      }
      out.append('-').append(cased);
    }
    return out.toString();
  }
}
