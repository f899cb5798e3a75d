package io.github.dyadscore.internal;

import io.github.dyadscore.definition.MissingCode;
import io.github.dyadscore.definition.ResponseOption;
import io.github.dyadscore.definition.ResponseScale;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The codes of one response scale, keyed one way (as written, or reversed), looked up in constant
 * time. Dense code ranges (every rating scale) use arrays; sparse ones a hash map.
 */
final class CodeTable {

  static final byte INVALID = 0;
  static final byte OPTION = 1;
  static final byte MISSING = 2;

  /** Ranges wider than this go to the map, so that codes like 1 and 1,000,000 cost no memory. */
  private static final int MAX_DENSE_SPAN = 4096;

  private final int offset;
  private final byte[] kinds;
  private final double[] keyed;
  private final Map<Integer, Double> sparse;
  private final String expected;
  final double lo;
  final double hi;

  CodeTable(ResponseScale scale, boolean reversed) {
    lo = scale.minValue();
    hi = scale.maxValue();
    int min = Integer.MAX_VALUE;
    int max = Integer.MIN_VALUE;
    for (ResponseOption option : scale.options()) {
      min = Math.min(min, option.code());
      max = Math.max(max, option.code());
    }
    for (MissingCode code : scale.missingCodes()) {
      min = Math.min(min, code.code());
      max = Math.max(max, code.code());
    }
    long span = (long) max - min + 1;
    if (span <= MAX_DENSE_SPAN) {
      offset = min;
      kinds = new byte[(int) span];
      keyed = new double[(int) span];
      sparse = Map.of();
    } else {
      offset = 0;
      kinds = new byte[0];
      keyed = new double[0];
      sparse = new HashMap<>();
    }
    for (ResponseOption option : scale.options()) {
      double value = reversed ? reverse(option.value()) : option.value();
      put(option.code(), OPTION, value);
    }
    for (MissingCode code : scale.missingCodes()) {
      put(code.code(), MISSING, Double.NaN);
    }
    expected = "expected " + describe(scale.options().stream().map(ResponseOption::code).toList())
        + (scale.missingCodes().isEmpty() ? ""
            : " or a missing code " + scale.missingCodes().stream().map(MissingCode::code)
                .map(String::valueOf).collect(Collectors.joining(", ", "[", "]")))
        + " (response scale '" + scale.id() + "')";
  }

  /**
   * Reverse keying, lo + hi - x, computed on the decimals the values were written as. In binary
   * arithmetic 0.1 + 0.2 - 0.1 is 0.20000000000000004, above the range's top, and reversing such a
   * value again need not give it back; in decimal the reversal maps [lo, hi] onto itself exactly
   * and reversing twice is the identity.
   */
  private double reverse(double value) {
    return BigDecimal.valueOf(lo).add(BigDecimal.valueOf(hi)).subtract(BigDecimal.valueOf(value))
        .doubleValue();
  }

  private void put(int code, byte kind, double value) {
    if (kinds.length > 0) {
      kinds[code - offset] = kind;
      keyed[code - offset] = value;
    } else {
      // A missing code is stored as NaN, an option as its value.
      sparse.put(code, kind == MISSING ? Double.NaN : value);
    }
  }

  /** Whether a code is an option, a missing code, or neither. */
  byte kind(int code) {
    if (kinds.length > 0) {
      long index = (long) code - offset;
      return index >= 0 && index < kinds.length ? kinds[(int) index] : INVALID;
    }
    Double value = sparse.get(code);
    return value == null ? INVALID : value.isNaN() ? MISSING : OPTION;
  }

  /** The keyed value of an option code; NaN for a missing code. Only for valid codes. */
  double keyed(int code) {
    return kinds.length > 0 ? keyed[code - offset] : sparse.get(code);
  }

  /** What a valid code looks like, for error messages. */
  String expected() {
    return expected;
  }

  private static String describe(List<Integer> codes) {
    List<Integer> sorted = codes.stream().sorted().toList();
    boolean contiguous = sorted.get(sorted.size() - 1) - sorted.get(0) == sorted.size() - 1;
    if (contiguous && sorted.size() > 2) {
      return "a code from " + sorted.get(0) + " to " + sorted.get(sorted.size() - 1);
    }
    return "one of " + sorted;
  }
}
