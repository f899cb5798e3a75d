package io.github.dyadscore.report.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Maps a scale's possible range onto a chart axis, and picks tick values a reader can follow. */
final class Geometry {

  private final double lo;
  private final double hi;
  private final double from;
  private final double to;

  /**
   * @param lo the lowest possible score
   * @param hi the highest possible score
   * @param from the axis position of lo
   * @param to the axis position of hi (below from for a vertical axis that grows upwards)
   */
  Geometry(double lo, double hi, double from, double to) {
    this.lo = lo;
    this.hi = hi;
    this.from = from;
    this.to = to;
  }

  double at(double value) {
    double clamped = Math.max(lo, Math.min(hi, value));
    return hi == lo ? (from + to) / 2 : from + (clamped - lo) / (hi - lo) * (to - from);
  }

  /** Tick values: every whole number on short ranges, else a 1-2-5 step giving 4 to 10 ticks. */
  List<Double> ticks() {
    double span = hi - lo;
    double step = 1;
    if (span > 10 || span <= 0) {
      double raw = Math.max(span, 1e-9) / 6;
      double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
      double[] nice = {1, 2, 2.5, 5, 10};
      step = magnitude * 10;
      for (double n : nice) {
        if (n * magnitude >= raw) {
          step = n * magnitude;
          break;
        }
      }
    } else if (span < 2) {
      step = span / 4;
    }
    List<Double> ticks = new ArrayList<>();
    double first = Math.ceil(lo / step - 1e-9) * step;
    for (double v = first; v <= hi + step * 1e-9; v += step) {
      ticks.add(Math.abs(v) < step * 1e-9 ? 0 : v);
    }
    if (ticks.isEmpty() || ticks.get(0) > lo + step * 1e-6) {
      ticks.add(0, lo);
    }
    if (ticks.get(ticks.size() - 1) < hi - step * 1e-6) {
      ticks.add(hi);
    }
    return ticks;
  }

  /** An SVG coordinate: at most one decimal, a point as decimal separator. */
  static String coordinate(double value) {
    double rounded = Math.round(value * 10) / 10.0;
    if (rounded == Math.rint(rounded)) {
      return Long.toString((long) rounded);
    }
    return String.format(Locale.ROOT, "%.1f", rounded);
  }

  /** The points of a diamond centred on (x, y). */
  static String diamond(double x, double y, double r) {
    return coordinate(x) + "," + coordinate(y - r) + " " + coordinate(x + r) + "," + coordinate(y)
        + " " + coordinate(x) + "," + coordinate(y + r) + " " + coordinate(x - r) + ","
        + coordinate(y);
  }

  /** The points of a plus sign (the couple mean) centred on (x, y). */
  static String plus(double x, double y, double r) {
    double t = r / 3;
    double[][] p = {{-t, -r}, {t, -r}, {t, -t}, {r, -t}, {r, t}, {t, t}, {t, r}, {-t, r},
        {-t, t}, {-r, t}, {-r, -t}, {-t, -t}};
    StringBuilder s = new StringBuilder();
    for (double[] d : p) {
      if (s.length() > 0) {
        s.append(' ');
      }
      s.append(coordinate(x + d[0])).append(',').append(coordinate(y + d[1]));
    }
    return s.toString();
  }
}
