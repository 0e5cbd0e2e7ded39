package org.paperscope.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A weight that changes with the issue date: straight lines between dated knots, zero before the
 * first knot and the last knot's value after it. Two knots a day apart make a step.
 *
 * <p>Example: {@code Curve.of("2024-01-01:0.5", "2024-12-31:1.2", "2025-12-31:1.6")} is absent in
 * 2023, starts at 0.5 on 1 January 2024 and climbs to 1.6 by the end of 2025.
 */
record Curve(List<LocalDate> dates, List<Double> values) {

  Curve {
    dates = List.copyOf(dates);
    values = List.copyOf(values);
  }

  /** Parses knots written as {@code yyyy-MM-dd:value}, in date order. */
  static Curve of(String... knots) {
    List<LocalDate> dates = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (String knot : knots) {
      int colon = knot.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException(
            "Bad curve knot '" + knot + "': expected yyyy-MM-dd:value");
      }
      LocalDate date = LocalDate.parse(knot.substring(0, colon));
      if (!dates.isEmpty() && !date.isAfter(dates.get(dates.size() - 1))) {
        throw new IllegalArgumentException("Curve knot '" + knot + "' is not after the one before");
      }
      dates.add(date);
      values.add(Double.parseDouble(knot.substring(colon + 1)));
    }
    if (dates.isEmpty()) {
      throw new IllegalArgumentException("A curve needs at least one knot");
    }
    return new Curve(dates, values);
  }

  /** A weight that is the same on every date from 2023 on. */
  static Curve flat(double value) {
    return of("2000-01-01:" + value);
  }

  /** The weight on {@code date}. */
  double at(LocalDate date) {
    if (date.isBefore(dates.get(0))) {
      return 0.0;
    }
    for (int i = 1; i < dates.size(); i++) {
      LocalDate right = dates.get(i);
      if (date.isBefore(right)) {
        LocalDate left = dates.get(i - 1);
        double span = right.toEpochDay() - left.toEpochDay();
        double into = date.toEpochDay() - left.toEpochDay();
        return values.get(i - 1) + (values.get(i) - values.get(i - 1)) * into / span;
      }
    }
    return values.get(values.size() - 1);
  }
}
