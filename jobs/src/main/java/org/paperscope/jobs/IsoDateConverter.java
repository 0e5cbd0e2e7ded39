package org.paperscope.jobs;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads {@code --from}/{@code --to} as {@code YYYY-MM-DD} and says in plain words what is wrong
 * with anything else ({@code 2024-13-01}: there is no month 13), instead of a Java exception.
 */
public final class IsoDateConverter implements ITypeConverter<LocalDate> {
  private static final Pattern SHAPE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

  @Override
  public LocalDate convert(String value) {
    Matcher matcher = SHAPE.matcher(value.trim());
    if (!matcher.matches()) {
      throw new TypeConversionException("is not a date: expected YYYY-MM-DD, e.g. 2024-01-31");
    }
    int year = Integer.parseInt(matcher.group(1));
    int month = Integer.parseInt(matcher.group(2));
    int day = Integer.parseInt(matcher.group(3));
    if (month < 1 || month > 12) {
      throw new TypeConversionException("is not a date: there is no month " + month + " (months are 01 to 12)");
    }
    int length = Month.of(month).length(Year.isLeap(year));
    if (day < 1 || day > length) {
      throw new TypeConversionException("is not a date: " + Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH)
          + " " + year + " has days 01 to " + length);
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new TypeConversionException("is not a date: " + e.getMessage());
    }
  }
}
