package io.github.dyadscore.batch;

import io.github.dyadscore.Answers;
import io.github.dyadscore.couple.CoupleReport;
import io.github.dyadscore.definition.Definition;
import io.github.dyadscore.definition.Item;
import io.github.dyadscore.internal.ScoringEngine;
import io.github.dyadscore.report.HtmlReport;
import io.github.dyadscore.report.ItemDetail;
import io.github.dyadscore.report.ReportOptions;
import io.github.dyadscore.report.ReportView;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * {@code --html-reports DIR}: one self-contained HTML page per complete couple ({@link
 * HtmlReport}, for the run's report audience), and {@code index.html} listing them in input order.
 *
 * <p>Streaming: each page goes to its own file as its chunk is written, and the index gets one
 * line per page, so memory does not grow with the number of couples. Atomic: pages and index are
 * written into a hidden staging folder inside DIR and moved into DIR only when the run succeeds;
 * a failed run deletes the staging folder and leaves DIR as it was.
 *
 * <p>File names never come from the couple id alone: page {@code n} (1-based, input order) is
 * {@code NNNNNN-ID.html}, where ID keeps only ASCII letters, digits, {@code -} and {@code _} of the
 * id (others become {@code _}, at most 40), so no id can name a path ({@code ../../x}), a device
 * ({@code CON}), a hidden file or two pages alike.
 */
final class HtmlReportsWriter implements TableWriter {

  static final String INDEX = "index.html";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Definition definition;
  private final Path folder;
  private final ReportOptions reportOptions;
  private final boolean ownAnswers;

  HtmlReportsWriter(Definition definition, BatchOptions options, Path folder) {
    this.definition = definition;
    this.folder = folder;
    this.reportOptions = ReportOptions.builder().audience(options.reportAudience())
        .privacy(options.privacy()).build();
    this.ownAnswers = reportOptions.itemDetail() == ItemDetail.ALL
        || reportOptions.itemDetail() == ItemDetail.OWN_ANSWERS;
  }

  @Override
  public String fileName() {
    return INDEX;
  }

  @Override
  public @Nullable List<String> columns() {
    return null;
  }

  /** Frames each page in the chunk as: id line, byte length line, the page's UTF-8 bytes. */
  @Override
  public void write(ScoredCouple couple, Utf8Builder out) {
    Person a = couple.a;
    Person b = couple.b;
    if (a == null || b == null) {
      return;
    }
    CoupleReport report = reportOptions.reportPrivacy() == couple.options().privacy()
        ? couple.report()
        : couple.engine().compare(a.codes, a.keyed, b.codes, b.keyed,
            reportOptions.reportPrivacy());
    ReportView view = ReportView.of(definition, report, answers(a), answers(b), reportOptions);
    byte[] page = HtmlReport.render(view).getBytes(StandardCharsets.UTF_8);
    // The id on one line: a line break in an id (possible in quoted CSV) becomes a space.
    out.append(couple.couple().replace('\n', ' ').replace('\r', ' ')).append('\n')
        .appendDigits(page.length).append('\n');
    out.append(new String(page, StandardCharsets.UTF_8));
  }

  private Answers answers(Person person) {
    if (!ownAnswers) {
      return Answers.NONE;
    }
    Answers.Builder builder = Answers.builder();
    List<Item> items = definition.items();
    for (int i = 0; i < items.size(); i++) {
      if (person.codes[i] != ScoringEngine.NO_ANSWER) {
        builder.put(items.get(i).id(), person.codes[i]);
      }
    }
    return builder.build();
  }

  @Override
  public Sink open(OutputFiles files) throws IOException {
    Files.createDirectories(folder);
    Path staging = folder.resolve(".staging-" + Long.toHexString(RANDOM.nextLong()));
    Files.createDirectory(staging);
    Writer index = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(
        staging.resolve(INDEX), StandardOpenOption.CREATE_NEW), StandardCharsets.UTF_8));
    index.write(indexStart());
    long[] pages = {0};
    files.onCommit(new OutputFiles.Staged() {
      @Override
      public void commit() throws IOException {
        index.write("</ol>\n<p>" + pages[0] + (pages[0] == 1 ? " page" : " pages")
            + ".</p>\n</main>\n</body>\n</html>\n");
        index.close();
        // Pages first, the index last, so that an index never lists a page not yet in place.
        try (DirectoryStream<Path> staged = Files.newDirectoryStream(staging)) {
          for (Path page : staged) {
            if (!page.getFileName().toString().equals(INDEX)) {
              move(page, folder.resolve(page.getFileName().toString()));
            }
          }
        }
        move(staging.resolve(INDEX), folder.resolve(INDEX));
        Files.delete(staging);
      }

      @Override
      public void abort() {
        try {
          index.close();
        } catch (IOException ignored) {
          // deleted below anyway
        }
        try (Stream<Path> all = Files.walk(staging)) {
          for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
            Files.deleteIfExists(p);
          }
        } catch (IOException ignored) {
          // best effort: a hidden staging folder is harmless
        }
      }
    });
    return chunk -> {
      byte[] bytes = chunk.toByteArray();
      int at = 0;
      while (at < bytes.length) {
        int idEnd = indexOf(bytes, at);
        String id = new String(bytes, at, idEnd - at, StandardCharsets.UTF_8);
        int lengthEnd = indexOf(bytes, idEnd + 1);
        int length = Integer.parseInt(new String(bytes, idEnd + 1, lengthEnd - idEnd - 1,
            StandardCharsets.US_ASCII));
        String name = pageName(++pages[0], id);
        try (OutputStream file = Files.newOutputStream(staging.resolve(name),
            StandardOpenOption.CREATE_NEW)) {
          file.write(bytes, lengthEnd + 1, length);
        }
        index.write("<li><a href=\"" + name + "\">" + escape(id) + "</a></li>\n");
        at = lengthEnd + 1 + length;
      }
    };
  }

  private static int indexOf(byte[] bytes, int from) {
    for (int i = from; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    throw new IllegalStateException("a framed page has no line end");
  }

  /** A file name safe on every file system, unique by its number. */
  static String pageName(long number, String coupleId) {
    StringBuilder safe = new StringBuilder();
    for (int i = 0; i < coupleId.length() && safe.length() < 40; i++) {
      char c = coupleId.charAt(i);
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_';
      safe.append(plain ? c : '_');
    }
    return String.format(Locale.ROOT, "%06d", number) + (safe.length() > 0 ? "-" + safe : "")
        + ".html";
  }

  private String indexStart() {
    String title = escape(definition.title().in(definition.language()).orElse(definition.id()));
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        + "style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'\">\n"
        + "<title>Couple reports · " + title + "</title>\n<style>\nbody { margin: 0 auto; "
        + "max-width: 52rem; padding: 1rem; font-family: system-ui, sans-serif; line-height: 1.5;"
        + " color: #1a1a1a; background: #fff; }\na { color: #1d4f91; }\n</style>\n</head>\n"
        + "<body>\n<main>\n<h1>Couple reports: " + title + " " + escape(definition.version())
        + "</h1>\n<p>One page per couple, for the " + reportOptions.audience().tag()
        + " audience, in the order of the input file.</p>\n<ol>\n";
  }

  /** HTML text escaping for the index, whose only variable parts are ids and the title. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&#34;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
