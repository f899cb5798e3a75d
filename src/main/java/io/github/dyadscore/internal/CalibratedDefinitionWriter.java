package io.github.dyadscore.internal;

import io.github.dyadscore.definition.CalibrationSample;
import io.github.dyadscore.definition.Norms;
import io.github.dyadscore.definition.Reliability;
import io.github.dyadscore.internal.JsonTree.Arr;
import io.github.dyadscore.internal.JsonTree.Bool;
import io.github.dyadscore.internal.JsonTree.Member;
import io.github.dyadscore.internal.JsonTree.Node;
import io.github.dyadscore.internal.JsonTree.Num;
import io.github.dyadscore.internal.JsonTree.Obj;
import io.github.dyadscore.internal.JsonTree.Str;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes a definition file again with calibrated reference data: everything the original says is
 * kept as written (numbers in their original text, every text and language, the order of
 * properties), except the version, the format version (raised to the current one, which has the
 * calibration fields), each calibrated scale's reliability and norms, and the
 * top-level {@code calibration} object, which are replaced or added. Writing from the original
 * text rather than from the model keeps what the model does not hold (the {@code $schema} hint,
 * the short form of a response scale).
 */
public final class CalibratedDefinitionWriter {

  /** What to put into one scale's reference data; a null part is left as the original has it. */
  public record ScaleUpdate(@Nullable Reliability reliability, @Nullable Norms norms) {}

  private final StringBuilder out = new StringBuilder();

  private CalibratedDefinitionWriter() {}

  /**
   * Rewrites a definition.
   *
   * @param json the original definition, valid
   * @param version the new version string
   * @param updates the new reliability and norms by scale id
   * @param sample the calibration sample
   * @return the new definition text, UTF-8 JSON ending in a newline
   */
  public static String write(String json, String version, Map<String, ScaleUpdate> updates,
      CalibrationSample sample) {
    Node root = JsonTree.parse("<definition>", new StringReader(json), new ArrayList<>());
    CalibratedDefinitionWriter w = new CalibratedDefinitionWriter();
    w.root((Obj) root, version, updates, sample);
    return w.out.append('\n').toString();
  }

  private void root(Obj root, String version, Map<String, ScaleUpdate> updates,
      CalibrationSample sample) {
    List<Runnable> members = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    for (Map.Entry<String, Member> e : root.members().entrySet()) {
      String key = e.getKey();
      Node value = e.getValue().value();
      if (key.equals("calibration")) {
        continue; // replaced below
      }
      keys.add(key);
      if (key.equals("version")) {
        members.add(() -> string(version));
      } else if (key.equals("formatVersion")) {
        // The calibration object and reference-data origins are format 2.
        members.add(() -> out.append(DefinitionReader.FORMAT_VERSION));
      } else if (key.equals("scales") && value instanceof Arr scales) {
        members.add(() -> scales(scales, updates, 1));
      } else {
        members.add(() -> node(value, 1));
      }
    }
    keys.add("calibration");
    members.add(() -> calibration(sample, 1));
    object(keys, members, 0);
  }

  private void scales(Arr scales, Map<String, ScaleUpdate> updates, int depth) {
    out.append('[');
    for (int i = 0; i < scales.elements().size(); i++) {
      Obj scale = (Obj) scales.elements().get(i);
      out.append(i == 0 ? "" : ",").append('\n');
      indent(depth + 1);
      Member idMember = scale.members().get("id");
      ScaleUpdate update = idMember != null && idMember.value() instanceof Str id
          ? updates.get(id.value()) : null;
      if (update == null) {
        node(scale, depth + 1);
      } else {
        scale(scale, update, depth + 1);
      }
    }
    out.append('\n');
    indent(depth);
    out.append(']');
  }

  private void scale(Obj scale, ScaleUpdate update, int depth) {
    List<String> keys = new ArrayList<>();
    List<Runnable> members = new ArrayList<>();
    boolean hasReference = false;
    for (Map.Entry<String, Member> e : scale.members().entrySet()) {
      keys.add(e.getKey());
      Node value = e.getValue().value();
      if (e.getKey().equals("reference") && value instanceof Obj reference) {
        hasReference = true;
        members.add(() -> reference(reference, update, depth + 1));
      } else {
        members.add(() -> node(value, depth + 1));
      }
    }
    if (!hasReference) {
      keys.add("reference");
      members.add(() -> reference(null, update, depth + 1));
    }
    object(keys, members, depth);
  }

  private void reference(@Nullable Obj original, ScaleUpdate update, int depth) {
    List<String> keys = new ArrayList<>();
    List<Runnable> members = new ArrayList<>();
    Reliability reliability = update.reliability();
    Norms norms = update.norms();
    if (original != null) {
      for (Map.Entry<String, Member> e : original.members().entrySet()) {
        String key = e.getKey();
        if ((key.equals("reliability") && reliability != null)
            || (key.equals("norms") && norms != null)) {
          continue;
        }
        keys.add(key);
        Node value = e.getValue().value();
        members.add(() -> node(value, depth + 1));
      }
    }
    if (reliability != null) {
      keys.add("reliability");
      members.add(() -> reliability(reliability, depth + 1));
    }
    if (norms != null) {
      keys.add("norms");
      members.add(() -> norms(norms, depth + 1));
    }
    object(keys, members, depth);
  }

  private void reliability(Reliability r, int depth) {
    List<String> keys = new ArrayList<>(List.of("alpha", "source", "origin"));
    List<Runnable> members = new ArrayList<>(List.of(() -> number(r.alpha()),
        () -> string(r.source()), () -> string(r.origin().token())));
    if (r.n() != null) {
      keys.add("n");
      members.add(() -> out.append(r.n()));
    }
    if (r.lower95() != null && r.upper95() != null) {
      keys.add("ci95");
      members.add(() -> {
        out.append('[');
        number(r.lower95());
        out.append(", ");
        number(r.upper95());
        out.append(']');
      });
    }
    object(keys, members, depth);
  }

  private void norms(Norms n, int depth) {
    List<String> keys = new ArrayList<>(List.of("mean", "sd"));
    List<Runnable> members = new ArrayList<>(List.of(() -> number(n.mean()),
        () -> number(n.sd())));
    if (n.n() != null) {
      keys.add("n");
      members.add(() -> out.append(n.n()));
    }
    keys.addAll(List.of("sample", "citation", "origin"));
    members.addAll(List.of(() -> string(n.sample()), () -> string(n.citation()),
        () -> string(n.origin().token())));
    object(keys, members, depth);
  }

  private void calibration(CalibrationSample s, int depth) {
    List<String> keys = new ArrayList<>(List.of("description"));
    List<Runnable> members = new ArrayList<>(List.of(() -> string(s.description())));
    if (s.file() != null) {
      keys.add("file");
      members.add(() -> string(s.file()));
    }
    if (s.sha256() != null) {
      keys.add("sha256");
      members.add(() -> string(s.sha256()));
    }
    keys.addAll(List.of("persons", "couples", "roles", "date", "dyadscoreVersion",
        "basedOnVersion"));
    members.addAll(List.of(() -> out.append(s.persons()), () -> out.append(s.couples()),
        () -> string(s.roles()), () -> string(s.date()), () -> string(s.dyadscoreVersion()),
        () -> string(s.basedOnVersion())));
    object(keys, members, depth);
  }

  // ---------------------------------------------------------------- plain JSON

  private void object(List<String> keys, List<Runnable> members, int depth) {
    if (keys.isEmpty()) {
      out.append("{}");
      return;
    }
    out.append('{');
    for (int i = 0; i < keys.size(); i++) {
      out.append(i == 0 ? "" : ",").append('\n');
      indent(depth + 1);
      string(keys.get(i));
      out.append(": ");
      members.get(i).run();
    }
    out.append('\n');
    indent(depth);
    out.append('}');
  }

  private void node(Node node, int depth) {
    if (node instanceof Obj obj && inline(obj)) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<String, Member> e : obj.members().entrySet()) {
        out.append(first ? "" : ", ");
        first = false;
        string(e.getKey());
        out.append(": ");
        node(e.getValue().value(), depth + 1);
      }
      out.append('}');
    } else if (node instanceof Obj obj) {
      List<String> keys = new ArrayList<>(obj.members().keySet());
      List<Runnable> members = new ArrayList<>();
      for (String key : keys) {
        Node value = obj.members().get(key).value();
        members.add(() -> node(value, depth + 1));
      }
      object(keys, members, depth);
    } else if (node instanceof Arr arr) {
      boolean flat = arr.elements().stream().noneMatch(e -> e instanceof Obj || e instanceof Arr);
      out.append('[');
      for (int i = 0; i < arr.elements().size(); i++) {
        if (flat) {
          out.append(i == 0 ? "" : ", ");
        } else {
          out.append(i == 0 ? "" : ",").append('\n');
          indent(depth + 1);
        }
        node(arr.elements().get(i), depth + 1);
      }
      if (!flat && !arr.elements().isEmpty()) {
        out.append('\n');
        indent(depth);
      }
      out.append(']');
    } else if (node instanceof Str str) {
      string(str.value());
    } else if (node instanceof Num num) {
      out.append(num.text());
    } else if (node instanceof Bool bool) {
      out.append(bool.value());
    } else {
      out.append("null");
    }
  }

  /** A small object of scalars, such as {@code {"en": "Conflict"}}, stays on one line. */
  private static boolean inline(Obj obj) {
    int length = 0;
    for (Map.Entry<String, Member> e : obj.members().entrySet()) {
      Node value = e.getValue().value();
      if (value instanceof Obj || value instanceof Arr) {
        return false;
      }
      length += e.getKey().length() + 6 + (value instanceof Str str ? str.value().length()
          : value instanceof Num num ? num.text().length() : 5);
    }
    return !obj.members().isEmpty() && length <= 60;
  }

  private void indent(int depth) {
    out.append("  ".repeat(depth));
  }

  /** A double as Java writes it, which reads back as the very same double. */
  private void number(double value) {
    out.append(value == Math.rint(value) && Math.abs(value) < 1e15
        ? Long.toString((long) value) : Double.toString(value));
  }

  private void string(String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
