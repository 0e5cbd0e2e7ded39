package org.paperscope.analyst;

/**
 * CSV cells for spreadsheet users: RFC 4180 quoting, and a text cell that starts with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading {@code '} so that Excel or
 * LibreOffice shows it instead of evaluating it as a formula (OWASP "CSV injection"). Numbers are
 * written as they are. The report's page script applies the same rule to its downloads.
 */
public final class CsvCells {

  private CsvCells() {}

  /** One cell: null is empty, numbers and booleans as is, text guarded and quoted when needed. */
  public static String cell(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value.toString();
    }
    String text = value.toString();
    if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
        || text.indexOf('\r') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
