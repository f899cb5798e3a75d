package io.github.dyadscore.report;

import io.github.dyadscore.couple.ItemComparison;
import io.github.dyadscore.couple.ProfileSimilarity;
import io.github.dyadscore.couple.ScaleComparison;
import io.github.dyadscore.definition.Band;
import io.github.dyadscore.definition.Definition;
import io.github.dyadscore.definition.ReferenceData;
import io.github.dyadscore.definition.ReferenceOrigin;
import io.github.dyadscore.score.ScaleScore;
import io.github.dyadscore.score.Standing;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes a {@link ReportView} as JSON: the contract between dyadscore and an app's front end, and
 * the format of the batch's {@code reports.jsonl}, both written here so they cannot drift apart.
 * The document follows the JSON Schema {@code schema/report.schema.json} in the repository
 * ({@value #SCHEMA_ID}); {@value #FORMAT_VERSION} is its version, raised only when a field is
 * removed or changes meaning.
 *
 * <ul>
 *   <li>Every field is always present, in a fixed order; what the audience may not see is an
 *       empty array or {@code null}, never a missing field.
 *   <li>A number that is undefined or withheld is {@code null}, never the string "NaN"; the
 *       {@code ...Withheld} fields tell the two apart.
 *   <li>Enum values are lower case with underscores ({@code within_error}); audiences use their
 *       tags ({@code partner-a}).
 *   <li>Texts (scale names, band labels) are in the report's language where the definition has
 *       it, else in English; {@code questionnaire.textLanguageFallback} is true then.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReportJson {

  /**
   * The version of the report format, the {@code reportFormat} field of every report. Version 2:
   * a band's bounds became {@code lower}/{@code includesLower}/{@code upper}/{@code
   * includesUpper}/{@code bounds} (version 1 had {@code from} and {@code below}); each scale
   * gained {@code direction}, {@code referenceOrigin} and {@code referenceSource}.
   */
  public static final int FORMAT_VERSION = 2;

  /** The {@code $id} of the JSON Schema the reports follow. */
  public static final String SCHEMA_ID =
      "https://raw.githubusercontent.com/dyadscore/dyadscore/main/schema/report.schema.json";

  private static final JsonFactory JSON = JsonFactory.builder().build();

  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      return new DefaultPrettyPrinter()
          .withSeparators(Separators.createDefaultInstance()
              .withObjectNameValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private ReportJson() {}

  /**
   * The report as one line of JSON, without a line end.
   *
   * @param view the view
   * @return the JSON text
   */
  public static String toJson(ReportView view) {
    return write(view, null, false);
  }

  /**
   * The report as one line of JSON with the couple's id first, as a line of {@code reports.jsonl}.
   *
   * @param view the view
   * @param couple the couple's id in the caller's data
   * @return the JSON text, without a line end
   */
  public static String toJson(ReportView view, String couple) {
    return write(view, couple, false);
  }

  /**
   * The report as indented JSON with LF line ends, for reading.
   *
   * @param view the view
   * @return the JSON text, without a final line end
   */
  public static String toPrettyJson(ReportView view) {
    return write(view, null, true);
  }

  /**
   * Writes the report as one line of JSON.
   *
   * @param view the view
   * @param out where to write; not closed
   * @throws IOException when the writer fails
   */
  public static void write(ReportView view, Writer out) throws IOException {
    out.write(toJson(view));
  }

  private static String write(ReportView view, @Nullable String couple, boolean pretty) {
    StringWriter text = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(pretty ? PRETTY : ObjectWriteContext.empty(),
        text)) {
      document(g, view, couple);
    } catch (JacksonException e) {
      throw new UncheckedIOException(new IOException("cannot write a report as JSON", e));
    }
    return text.toString();
  }

  private static void document(JsonGenerator g, ReportView view, @Nullable String couple) {
    Definition d = view.definition();
    g.writeStartObject();
    if (couple != null) {
      g.writeStringProperty("couple", couple);
    }
    g.writeNumberProperty("reportFormat", FORMAT_VERSION);
    g.writeStringProperty("dyadscore", ReportView.dyadscoreVersion());
    g.writeName("questionnaire");
    g.writeStartObject();
    g.writeStringProperty("id", d.id());
    g.writeStringProperty("version", d.version());
    ReportView.Text title = view.text(d.title());
    g.writeStringProperty("title", title.value());
    g.writeBooleanProperty("validated", d.provenance().validated());
    g.writeStringProperty("validationNote", d.provenance().validationNote() == null ? null
        : view.text(d.provenance().validationNote()).value());
    g.writeBooleanProperty("textLanguageFallback", usesFallback(view));
    g.writeEndObject();
    g.writeStringProperty("audience", view.audience().tag());
    g.writeStringProperty("language", view.language());
    g.writeStringProperty("date", view.options().date().map(Object::toString).orElse(null));
    g.writeName("partners");
    g.writeStartObject();
    g.writeName("a");
    g.writeStartObject();
    g.writeStringProperty("name", view.nameA());
    g.writeEndObject();
    g.writeName("b");
    g.writeStartObject();
    g.writeStringProperty("name", view.nameB());
    g.writeEndObject();
    g.writeEndObject();
    g.writeStringProperty("privacy", lower(view.privacy().name()));
    g.writeStringProperty("itemDetail", lower(view.itemDetail().name()));
    g.writeName("scales");
    g.writeStartArray();
    for (ScaleResult r : view.scales()) {
      scale(g, view, r);
    }
    g.writeEndArray();
    ProfileSimilarity p = view.profile();
    g.writeName("profile");
    g.writeStartObject();
    g.writeNumberProperty("itemsUsed", p.itemsUsed());
    number(g, "correlation", p.correlation());
    number(g, "meanAbsoluteDifference", p.meanAbsoluteDifference());
    g.writeBooleanProperty("withheld", view.profileWithheld());
    g.writeEndObject();
    g.writeName("answers");
    g.writeStartObject();
    answers(g, "a", view.answersA());
    answers(g, "b", view.answersB());
    g.writeEndObject();
    g.writeName("items");
    g.writeStartArray();
    for (ItemComparison item : view.items()) {
      g.writeStartObject();
      g.writeStringProperty("item", item.item());
      g.writeNumberProperty("codeA", item.codeA());
      g.writeNumberProperty("codeB", item.codeB());
      number(g, "valueA", item.valueA());
      number(g, "valueB", item.valueB());
      number(g, "difference", item.difference());
      g.writeStringProperty("agreement", lower(item.agreement().name()));
      g.writeBooleanProperty("divergent", item.divergent());
      g.writeName("scales");
      g.writeStartArray();
      for (String s : item.scales()) {
        g.writeString(s);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeName("divergentItems");
    g.writeStartArray();
    for (ItemComparison item : view.divergentItems()) {
      g.writeString(item.item());
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void scale(JsonGenerator g, ReportView view, ScaleResult r) {
    ScaleComparison c = r.comparison();
    g.writeStartObject();
    g.writeStringProperty("id", r.scale().id());
    g.writeStringProperty("name", view.text(r.scale().name()).value());
    g.writeBooleanProperty("composite", r.scale().isComposite());
    g.writeStringProperty("direction", lower(r.scale().direction().name()));
    number(g, "minimum", r.minimum());
    number(g, "maximum", r.maximum());
    g.writeName("a");
    score(g, view, r.a());
    g.writeName("b");
    score(g, view, r.b());
    number(g, "difference", c.difference());
    number(g, "absoluteDifference", c.absoluteDifference());
    number(g, "mean", c.mean());
    number(g, "seDiff", c.seDiff());
    number(g, "criticalDifference", c.criticalDifference());
    g.writeStringProperty("verdict", lower(c.verdict().name()));
    // Where the reliability and norms behind the verdict and the standings came from.
    ReferenceData reference = r.scale().reference();
    Optional<ReferenceOrigin> origin = reference == null ? Optional.empty() : reference.origin();
    if (origin.isPresent()) {
      g.writeStringProperty("referenceOrigin", lower(origin.get().name()));
      g.writeStringProperty("referenceSource",
          view.definition().referenceSource(r.scale().id()).orElseThrow());
    } else {
      g.writeNullProperty("referenceOrigin");
      g.writeNullProperty("referenceSource");
    }
    number(g, "positiveAgreement", c.positiveAgreement());
    g.writeBooleanProperty("positiveAgreementWithheld", r.agreementWithheld());
    g.writeNumberProperty("itemsCompared", c.itemsCompared());
    g.writeEndObject();
  }

  private static void score(JsonGenerator g, ReportView view, ScaleScore s) {
    g.writeStartObject();
    g.writeStringProperty("status", lower(s.status().name()));
    number(g, "value", s.value());
    g.writeNumberProperty("answered", s.answered());
    g.writeNumberProperty("missing", s.missing());
    Standing standing = s.standing();
    number(g, "z", standing == null ? Double.NaN : standing.z());
    number(g, "t", standing == null ? Double.NaN : standing.t());
    number(g, "percentile", standing == null ? Double.NaN : standing.percentile());
    Band band = s.band();
    if (band == null) {
      g.writeNullProperty("band");
    } else {
      g.writeName("band");
      g.writeStartObject();
      g.writeStringProperty("label", view.text(band.label()).value());
      // Each bound with the side its value lies on, and in words ("at or below 17").
      number(g, "lower", band.hasLower() ? band.lower() : Double.NaN);
      g.writeBooleanProperty("includesLower", band.includesLower());
      number(g, "upper", band.hasUpper() ? band.upper() : Double.NaN);
      g.writeBooleanProperty("includesUpper", band.includesUpper());
      g.writeStringProperty("bounds", band.boundsWording());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void answers(JsonGenerator g, String name, List<OwnAnswer> answers) {
    g.writeName(name);
    g.writeStartArray();
    for (OwnAnswer a : answers) {
      g.writeStartObject();
      g.writeStringProperty("item", a.item());
      g.writeNumberProperty("code", a.code());
      number(g, "value", a.value());
      g.writeBooleanProperty("missingCode", a.missingCode());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** Whether a definition text this document shows is not in the report's language. */
  private static boolean usesFallback(ReportView view) {
    Definition d = view.definition();
    if (view.text(d.title()).fallback()) {
      return true;
    }
    for (ScaleResult r : view.scales()) {
      if (view.text(r.scale().name()).fallback()) {
        return true;
      }
    }
    return false;
  }

  private static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }

  /** A finite number, or null for NaN and the infinities (JSON has neither). */
  private static void number(JsonGenerator g, String name, double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      g.writeNullProperty(name);
    } else {
      g.writeNumberProperty(name, value);
    }
  }
}
