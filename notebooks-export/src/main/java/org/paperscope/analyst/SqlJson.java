package org.paperscope.analyst;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Runs a query and returns its result as compact JSON: {@code {"cols": [...], "rows": [[...], ...]}}
 * (column names once, rows as arrays), dates as ISO strings, decimals to six significant digits, NaN
 * and infinities as null.
 */
final class SqlJson {

  static final int SIGNIFICANT_DIGITS = 6;

  private SqlJson() {}

  static JsonObject table(Connection connection, String sql, List<?> parameters) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.size(); i++) {
        statement.setObject(i + 1, parameters.get(i));
      }
      try (ResultSet result = statement.executeQuery()) {
        ResultSetMetaData meta = result.getMetaData();
        JsonArray cols = new JsonArray();
        for (int c = 1; c <= meta.getColumnCount(); c++) {
          cols.add(meta.getColumnLabel(c));
        }
        JsonArray rows = new JsonArray();
        while (result.next()) {
          JsonArray row = new JsonArray();
          for (int c = 1; c <= meta.getColumnCount(); c++) {
            row.add(value(result, c, meta.getColumnType(c)));
          }
          rows.add(row);
        }
        JsonObject table = new JsonObject();
        table.add("cols", cols);
        table.add("rows", rows);
        return table;
      } catch (SQLException e) {
        throw new SQLException("Query failed: " + e.getMessage() + "\n" + sql, e);
      }
    }
  }

  private static JsonElement value(ResultSet result, int column, int type) throws SQLException {
    Object value = result.getObject(column);
    if (value == null) {
      return JsonNull.INSTANCE;
    }
    return switch (type) {
      case Types.BOOLEAN, Types.BIT -> new JsonPrimitive(result.getBoolean(column));
      case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> new JsonPrimitive(result.getLong(column));
      case Types.FLOAT, Types.REAL, Types.DOUBLE, Types.DECIMAL, Types.NUMERIC -> number(result.getDouble(column));
      default -> new JsonPrimitive(value.toString());
    };
  }

  /** Rounded to {@value #SIGNIFICANT_DIGITS} significant digits: more than any chart shows, far fewer bytes. */
  private static JsonElement number(double value) {
    if (!Double.isFinite(value)) {
      return JsonNull.INSTANCE;
    }
    return new JsonPrimitive(new BigDecimal(value).round(new MathContext(SIGNIFICANT_DIGITS)).doubleValue());
  }
}
