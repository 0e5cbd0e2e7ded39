package org.paperscope.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which days carry an issue. The newspaper appears on Tuesdays and Fridays except in the Spring
 * Festival and National Day breaks; the broadcast on Mondays, Wednesdays and Fridays and on New
 * Year's Day, so that the corpus starts on 2023-01-01.
 */
final class DemoCalendar {

  static final LocalDate FIRST_DAY = LocalDate.of(2023, 1, 1);
  static final LocalDate LAST_DAY = LocalDate.of(2025, 12, 31);

  /** Spring Festival breaks of the newspaper (first and last day without an issue). */
  private static final List<LocalDate[]> BREAKS = List.of(
      new LocalDate[] {LocalDate.of(2023, 1, 21), LocalDate.of(2023, 1, 27)},
      new LocalDate[] {LocalDate.of(2024, 2, 10), LocalDate.of(2024, 2, 17)},
      new LocalDate[] {LocalDate.of(2025, 1, 28), LocalDate.of(2025, 2, 4)});

  private DemoCalendar() {}

  static List<LocalDate> newspaperDays() {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = FIRST_DAY; !d.isAfter(LAST_DAY); d = d.plusDays(1)) {
      DayOfWeek dow = d.getDayOfWeek();
      if ((dow == DayOfWeek.TUESDAY || dow == DayOfWeek.FRIDAY) && !onBreak(d)) {
        days.add(d);
      }
    }
    return days;
  }

  /** The feed publication: the day after each Tuesday issue of the newspaper (weekly, Wednesdays). */
  static List<LocalDate> feedDays() {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d : newspaperDays()) {
      if (d.getDayOfWeek() == DayOfWeek.TUESDAY) {
        days.add(d.plusDays(1));
      }
    }
    return days;
  }

  static List<LocalDate> broadcastDays() {
    List<LocalDate> days = new ArrayList<>();
    for (LocalDate d = FIRST_DAY; !d.isAfter(LAST_DAY); d = d.plusDays(1)) {
      DayOfWeek dow = d.getDayOfWeek();
      boolean newYear = d.getDayOfYear() == 1;
      if (newYear || dow == DayOfWeek.MONDAY || dow == DayOfWeek.WEDNESDAY
          || dow == DayOfWeek.FRIDAY) {
        days.add(d);
      }
    }
    return days;
  }

  private static boolean onBreak(LocalDate day) {
    if (day.getMonthValue() == 10 && day.getDayOfMonth() <= 7) {
      return true;
    }
    for (LocalDate[] range : BREAKS) {
      if (!day.isBefore(range[0]) && !day.isAfter(range[1])) {
        return true;
      }
    }
    return false;
  }
}
