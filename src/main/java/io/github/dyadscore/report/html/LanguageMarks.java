package io.github.dyadscore.report.html;

import java.security.SecureRandom;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HexFormat;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a text of the definition shown in another language than the page's (a German page
 * showing an item the definition has only in English) a {@code lang} attribute, so that screen
 * readers speak it and browsers hyphenate it in its own language.
 *
 * <p>Why marks and a pass over the finished page: such a text is often part of a sentence of the
 * page's own words ("Beide liegen im Bereich high"), and the page model holds plain strings that
 * the template escapes. So {@link PageBuilder} wraps each such text in marks, the template escapes
 * it like any text, and {@link #apply} then turns the marks into markup: a {@code lang} attribute
 * on the element when the text is its whole content ({@code <h3 lang="en">}), else a {@code
 * <span lang="en">} ({@code <tspan>} inside SVG text); in an attribute, or in an element that
 * holds plain text only ({@code <title>}, {@code <desc>}) among other words, the marks are simply
 * removed. The marks carry a random number drawn per page, so no text of a definition or caller
 * can pose as one, and consist of characters the escaping leaves as they are. Every {@code <} in
 * the escaped page is the template's, whose markup is well formed, so a simple scan follows the
 * elements.
 *
 * <p>Not thread-safe; one instance per page.
 */
final class LanguageMarks {

  /** A language tag as it may stand in an attribute unescaped. */
  private static final Pattern TAG = Pattern.compile("[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");
  private static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr",
      "img", "input", "link", "meta", "source", "track", "wbr");
  /** Elements whose content is plain text only: a mark among other words there is removed. */
  private static final Set<String> TEXT_ONLY = Set.of("title", "desc", "option", "textarea");
  private static final Set<String> SVG_TEXT = Set.of("text", "tspan");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final String open;
  private final String close;
  private final Pattern start;

  LanguageMarks() {
    String nonce = HexFormat.of().toHexDigits(RANDOM.nextLong());
    this.open = "[[" + nonce + " ";
    this.close = "[[" + nonce + "/]]";
    this.start = Pattern.compile(Pattern.quote(open) + "(" + TAG.pattern() + ")\\]\\]");
  }

  /**
   * The text marked as being in {@code language}.
   *
   * @return the text with marks, or as it is when empty or the tag cannot stand in an attribute
   */
  String mark(String text, String language) {
    if (text.isEmpty() || !TAG.matcher(language).matches()) {
      return text;
    }
    return open + language + "]]" + text + close;
  }

  /** The rendered page with every mark turned into markup, as the class comment describes. */
  String apply(String html) {
    if (!html.contains(open)) {
      return html;
    }
    StringBuilder out = new StringBuilder(html.length() + 1024);
    Deque<String> elements = new ArrayDeque<>();
    int openTagEnd = -1; // out's length right after the last start tag
    Matcher m = start.matcher(html);
    int i = 0;
    while (i < html.length()) {
      char c = html.charAt(i);
      if (c == '<') {
        int end = html.indexOf('>', i);
        String tag = unmarked(html.substring(i, end + 1));
        String name = name(tag);
        if (tag.startsWith("</")) {
          while (!elements.isEmpty() && !elements.pop().equals(name)) {
            // an element closed implicitly; the template writes none, but do not get lost
          }
        } else if (!tag.startsWith("<!") && !tag.endsWith("/>") && !VOID.contains(name)) {
          elements.push(name);
        }
        out.append(tag);
        openTagEnd = tag.startsWith("</") ? -1 : out.length();
        i = end + 1;
        continue;
      }
      if (c == '[' && m.region(i, html.length()).lookingAt()) {
        String language = m.group(1);
        int textEnd = html.indexOf(close, m.end());
        String text = html.substring(m.end(), textEnd);
        int after = textEnd + close.length();
        String element = elements.isEmpty() ? "" : elements.peek();
        if (openTagEnd == out.length() && html.startsWith("</" + element + ">", after)) {
          out.insert(out.length() - 1, " lang=\"" + language + "\"").append(text);
        } else if (TEXT_ONLY.contains(element)) {
          out.append(text);
        } else {
          String wrapper = SVG_TEXT.contains(element) ? "tspan" : "span";
          out.append('<').append(wrapper).append(" lang=\"").append(language).append("\">")
              .append(text).append("</").append(wrapper).append('>');
        }
        openTagEnd = -1;
        i = after;
        continue;
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  private String unmarked(String tag) {
    return start.matcher(tag).replaceAll("").replace(close, "");
  }

  private static String name(String tag) {
    int from = tag.startsWith("</") ? 2 : 1;
    int to = from;
    while (to < tag.length() && !Character.isWhitespace(tag.charAt(to))
        && tag.charAt(to) != '>' && tag.charAt(to) != '/') {
      to++;
    }
    return tag.substring(from, to);
  }
}
