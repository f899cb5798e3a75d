package io.github.dyadscore.hardening;

import io.github.dyadscore.Answers;
import io.github.dyadscore.Questionnaire;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Random questionnaire definitions, written as JSON and loaded through the public loader, with
 * random answers that fit them. Everything comes from one seed, so a failing property names the
 * seed that reproduces it.
 */
final class RandomDefinitions {

  private RandomDefinitions() {}

  /** A response scale: its codes, their point values, and its own missing codes. */
  record ResponseSpec(String id, boolean likert, int[] codes, double[] values, int[] missing) {
    double lo() {
      double lo = Double.POSITIVE_INFINITY;
      for (double v : values) {
        lo = Math.min(lo, v);
      }
      return lo;
    }

    double hi() {
      double hi = Double.NEGATIVE_INFINITY;
      for (double v : values) {
        hi = Math.max(hi, v);
      }
      return hi;
    }

    String json() {
      StringBuilder json = new StringBuilder("{\"id\": \"").append(id).append('"');
      if (likert) {
        json.append(", \"min\": ").append(codes[0]).append(", \"max\": ")
            .append(codes[codes.length - 1]);
      } else {
        json.append(", \"options\": [");
        for (int o = 0; o < codes.length; o++) {
          json.append(o == 0 ? "" : ", ").append("{\"code\": ").append(codes[o])
              .append(", \"value\": ").append(number(values[o])).append('}');
        }
        json.append(']');
      }
      if (missing.length > 0) {
        json.append(", \"missingCodes\": [");
        for (int m = 0; m < missing.length; m++) {
          json.append(m == 0 ? "" : ", ").append("{\"code\": ").append(missing[m])
              .append(", \"reason\": \"missing\"}");
        }
        json.append(']');
      }
      return json.append('}').toString();
    }
  }

  record ItemSpec(String id, ResponseSpec scale, boolean reversed, double weight) {
    double keyed(double value) {
      return reversed ? scale.lo() + scale.hi() - value : value;
    }
  }

  /** An item scale (components empty) or a composite of item scales (items empty). */
  record ScaleSpec(String id, List<ItemSpec> items, List<String> components, String method,
      String minAnswered) {}

  record Spec(List<ResponseSpec> responseScales, List<ItemSpec> items, List<ScaleSpec> scales) {

    String json() {
      StringBuilder json = new StringBuilder("{\"formatVersion\": 1, \"id\": \"random\", "
          + "\"version\": \"1\", \"title\": {\"en\": \"Random\"}, \"license\": \"CC0-1.0\", "
          + "\"validated\": false, \"validationNote\": {\"en\": \"A test fixture.\"},\n");
      json.append("\"responseScales\": [");
      for (int r = 0; r < responseScales.size(); r++) {
        json.append(r == 0 ? "" : ",\n  ").append(responseScales.get(r).json());
      }
      json.append("],\n\"items\": [");
      for (int i = 0; i < items.size(); i++) {
        ItemSpec item = items.get(i);
        json.append(i == 0 ? "" : ",\n  ").append("{\"id\": \"").append(item.id())
            .append("\", \"responseScale\": \"").append(item.scale().id()).append("\", ")
            .append("\"reversed\": ").append(item.reversed()).append(", \"weight\": ")
            .append(number(item.weight())).append('}');
      }
      json.append("],\n\"scales\": [");
      for (int s = 0; s < scales.size(); s++) {
        ScaleSpec scale = scales.get(s);
        List<String> members = scale.components().isEmpty()
            ? scale.items().stream().map(ItemSpec::id).toList() : scale.components();
        json.append(s == 0 ? "" : ",\n  ").append("{\"id\": \"").append(scale.id())
            .append("\", \"name\": {\"en\": \"").append(scale.id()).append("\"}, \"")
            .append(scale.components().isEmpty() ? "items" : "scales").append("\": [\"")
            .append(String.join("\", \"", members)).append("\"], \"method\": \"")
            .append(scale.method()).append('"');
        if (scale.minAnswered() != null) {
          json.append(", \"minAnswered\": ").append(scale.minAnswered());
        }
        json.append('}');
      }
      return json.append("]}").toString();
    }

    Questionnaire load() {
      return Questionnaire.parse(json());
    }

    ItemSpec item(String id) {
      return items.stream().filter(i -> i.id().equals(id)).findFirst().orElseThrow();
    }

    ScaleSpec scale(String id) {
      return scales.stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    /** Random answers: some items left out, some given a missing code, the rest an option. */
    Answers answers(Random random) {
      Answers.Builder answers = Answers.builder();
      double leaveOut = random.nextDouble() * 0.6;
      for (ItemSpec item : items) {
        double roll = random.nextDouble();
        if (roll < leaveOut) {
          continue;
        }
        int[] missing = item.scale().missing();
        if (missing.length > 0 && roll < leaveOut + 0.1) {
          answers.put(item.id(), missing[random.nextInt(missing.length)]);
        } else {
          int[] codes = item.scale().codes();
          answers.put(item.id(), codes[random.nextInt(codes.length)]);
        }
      }
      return answers.build();
    }
  }

  /** Writes a number as JSON: integers without a fraction, others in full precision. */
  static String number(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return String.format(Locale.ROOT, "%d", (long) value);
    }
    return Double.toString(value);
  }

  /** How option values are drawn. */
  enum Values {
    /** Integers: every sum and reversal is exact. */
    INTEGERS,
    /** Multiples of 0.25: still exact in binary floating point. */
    QUARTERS,
    /** Decimals with up to three places, such as 0.1: not exact in binary. */
    DECIMALS
  }

  static ResponseSpec likert(String id, int min, int size, int[] missing) {
    int[] codes = new int[size];
    double[] values = new double[size];
    for (int c = 0; c < size; c++) {
      codes[c] = min + c;
      values[c] = min + c;
    }
    return new ResponseSpec(id, true, codes, values, missing);
  }

  static ResponseSpec explicit(String id, Random random, Values kind, int[] missing) {
    int size = 2 + random.nextInt(7);
    Set<Integer> codes = new LinkedHashSet<>();
    while (codes.size() < size) {
      codes.add(-50 + random.nextInt(250));
    }
    double[] values = new double[size];
    for (int o = 0; o < size; o++) {
      values[o] = value(random, kind);
    }
    if (values[0] == values[size - 1]) {
      values[size - 1] = values[0] + 1; // a scale with one value is legal but dull
    }
    return new ResponseSpec(id, false, codes.stream().mapToInt(Integer::intValue).toArray(),
        values, missing);
  }

  static double value(Random random, Values kind) {
    return switch (kind) {
      case INTEGERS -> -20 + random.nextInt(41);
      case QUARTERS -> (-80 + random.nextInt(161)) / 4.0;
      case DECIMALS -> Double.parseDouble(String.format(Locale.ROOT, "%.3f",
          -20 + 40 * random.nextDouble()));
    };
  }

  static double weight(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> 1;
      case 1 -> 1 + random.nextInt(4);
      case 2 -> (1 + random.nextInt(8)) / 4.0;
      default -> Double.parseDouble(String.format(Locale.ROOT, "%.2f",
          0.01 + 5 * random.nextDouble()));
    };
  }

  /**
   * A random definition: 1 to 4 response scales (Likert or explicit options with values of the
   * given kind), 1 to 12 items with random reversal and weight, 1 to 4 item scales with random
   * method and minimum, and sometimes a composite of them. With {@code homogeneous}, each item
   * scale takes its items from one response scale only, so that its full-length range is simply
   * total weight times [lo, hi].
   */
  static Spec random(Random random, Values kind, boolean homogeneous) {
    int scaleCount = 1 + random.nextInt(4);
    List<ResponseSpec> responseScales = new ArrayList<>();
    for (int r = 0; r < scaleCount; r++) {
      int[] missing = random.nextBoolean() ? new int[0]
          : random.nextBoolean() ? new int[] {-99} : new int[] {-99, 999};
      responseScales.add(random.nextInt(3) == 0
          ? likert("rs" + r, -10 + random.nextInt(21), 2 + random.nextInt(10), missing)
          : explicit("rs" + r, random, kind, missing));
    }
    int itemCount = 1 + random.nextInt(12);
    List<ItemSpec> items = new ArrayList<>();
    for (int i = 0; i < itemCount; i++) {
      items.add(new ItemSpec("i" + i, responseScales.get(random.nextInt(scaleCount)),
          random.nextBoolean(), weight(random)));
    }
    List<ScaleSpec> scales = new ArrayList<>();
    int itemScales = 1 + random.nextInt(4);
    for (int s = 0; s < itemScales; s++) {
      List<ItemSpec> pool = new ArrayList<>(items);
      if (homogeneous) {
        ResponseSpec only = items.get(random.nextInt(itemCount)).scale();
        pool.removeIf(item -> item.scale() != only);
      }
      Collections.shuffle(pool, random);
      List<ItemSpec> members = List.copyOf(pool.subList(0, 1 + random.nextInt(pool.size())));
      String method = List.of("mean", "sum", "prorated-sum").get(random.nextInt(3));
      scales.add(new ScaleSpec("s" + s, members, List.of(), method,
          minAnswered(random, members.size())));
    }
    if (random.nextBoolean()) {
      List<String> components = new ArrayList<>();
      for (ScaleSpec scale : scales) {
        if (components.isEmpty() || random.nextBoolean()) {
          components.add(scale.id());
        }
      }
      scales.add(new ScaleSpec("composite", List.of(), components,
          List.of("mean", "sum", "prorated-sum").get(random.nextInt(3)),
          minAnswered(random, components.size())));
    }
    return new Spec(responseScales, items, scales);
  }

  private static String minAnswered(Random random, int size) {
    return switch (random.nextInt(3)) {
      case 0 -> null;
      case 1 -> "{\"count\": " + (1 + random.nextInt(size)) + "}";
      default -> "{\"fraction\": " + number((1 + random.nextInt(20)) / 20.0) + "}";
    };
  }
}
