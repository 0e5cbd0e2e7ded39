package org.paperscope.common.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Paperscope configuration: the bundled defaults ({@code conf/paperscope.properties}, packed into
 * the jar as {@code paperscope-conf/paperscope.properties}) overlaid with an optional user file.
 * Keys are kebab-case with dots for grouping ({@code trends.thin-period-articles}).
 *
 * <p>The bundled file is the one place where keys and their defaults are written: a key it does
 * not have is refused wherever it comes from (a user file, {@link #of}, {@link #with}), naming
 * the nearest known key, so a typo never silently leaves a default in force. An empty value is
 * an empty value: {@link #list} gives an empty list, never the defaults back.
 *
 * <p>Values that name files ({@code terms.file}, {@code gazetteer.file}) are read with
 * {@link #text(String)}: {@code classpath:paperscope-conf/...} reads the bundled copy, anything
 * else is a local path, resolved against the folder of the file that set it. The settings are read
 * on the driver; executors get the parsed, serializable values, never this object's files.
 */
public final class Settings implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Classpath folder that holds the bundled copy of {@code conf/}. */
  public static final String BUNDLED_CONF = "paperscope-conf/";
  private static final String DEFAULTS_RESOURCE = BUNDLED_CONF + "paperscope.properties";
  private static final String CLASSPATH_PREFIX = "classpath:";

  private final Map<String, String> values;
  /** For each key, the folder its value is relative to ({@code classpath:} for bundled keys). */
  private final Map<String, String> origins;

  private Settings(Map<String, String> values, Map<String, String> origins) {
    this.values = Collections.unmodifiableMap(new TreeMap<>(values));
    this.origins = Collections.unmodifiableMap(new TreeMap<>(origins));
  }

  /**
   * Loads the bundled defaults, then {@code userFile} on top of them when it is not null.
   *
   * @throws ConfigException when the user file is missing or unreadable, naming it
   */
  public static Settings load(Path userFile) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, String> origins = new LinkedHashMap<>();
    Properties defaults = readBundled();
    for (String key : defaults.stringPropertyNames()) {
      values.put(key, defaults.getProperty(key).trim());
      origins.put(key, CLASSPATH_PREFIX + BUNDLED_CONF);
    }
    if (userFile != null) {
      if (!Files.isRegularFile(userFile) || !Files.isReadable(userFile)) {
        throw new ConfigException("Cannot read config file " + userFile
            + ": it does not exist or is not a readable file");
      }
      Properties user = new Properties();
      try (Reader reader = Files.newBufferedReader(userFile, StandardCharsets.UTF_8)) {
        user.load(reader);
      } catch (IOException | IllegalArgumentException e) {
        throw new ConfigException("Cannot read config file " + userFile + ": " + e.getMessage(), e);
      }
      Path folder = userFile.toAbsolutePath().getParent();
      requireKnown(user.stringPropertyNames(), values.keySet(), "in config file " + userFile);
      for (String key : user.stringPropertyNames()) {
        values.put(key, user.getProperty(key).trim());
        origins.put(key, folder.toString());
      }
    }
    return new Settings(values, origins);
  }

  /** The bundled defaults alone (read once per JVM; the value is immutable). */
  public static Settings defaults() {
    return BundledHolder.DEFAULTS;
  }

  private static final class BundledHolder {
    static final Settings DEFAULTS = load(null);
  }

  /**
   * The bundled defaults with {@code overrides} on top (tests, embedding programs); file values
   * they set resolve against the working directory.
   *
   * @throws ConfigException when an override is not a known key
   */
  public static Settings of(Map<String, String> overrides) {
    Settings base = defaults();
    requireKnown(overrides.keySet(), base.values.keySet(), "in the overrides");
    Map<String, String> values = new LinkedHashMap<>(base.values);
    Map<String, String> origins = new LinkedHashMap<>(base.origins);
    overrides.forEach((key, value) -> {
      values.put(key, value);
      origins.put(key, Path.of("").toAbsolutePath().toString());
    });
    return new Settings(values, origins);
  }

  /** A copy with one more override, e.g. from a command-line option. */
  public Settings with(String key, String value) {
    requireKnown(java.util.Set.of(key), this.values.keySet(), "in an override");
    Map<String, String> values = new LinkedHashMap<>(this.values);
    Map<String, String> origins = new LinkedHashMap<>(this.origins);
    values.put(key, value);
    origins.put(key, Path.of("").toAbsolutePath().toString());
    return new Settings(values, origins);
  }

  /**
   * Fails on the first keys of {@code given} that are not {@code known}, naming each with the
   * nearest known key.
   */
  private static void requireKnown(java.util.Set<String> given, java.util.Set<String> known, String where) {
    List<String> problems = new ArrayList<>();
    for (String key : new java.util.TreeSet<>(given)) {
      if (!known.contains(key)) {
        problems.add("'" + key + "'" + Suggestions.nearest(key, new java.util.TreeSet<>(known))
            .map(near -> " (did you mean '" + near + "'?)").orElse(" (no known key is close)"));
      }
    }
    if (!problems.isEmpty()) {
      throw new ConfigException("Unknown config key" + (problems.size() > 1 ? "s " : " ")
          + String.join(", ", problems) + " " + where
          + "; the known keys and their defaults are in conf/paperscope.properties");
    }
  }

  private static Properties readBundled() {
    Properties properties = new Properties();
    try (InputStream in = Settings.class.getClassLoader().getResourceAsStream(DEFAULTS_RESOURCE)) {
      if (in == null) {
        throw new ConfigException("Bundled defaults " + DEFAULTS_RESOURCE
            + " are missing from the classpath: the build did not pack conf/");
      }
      properties.load(new StringReader(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new ConfigException("Cannot read bundled defaults " + DEFAULTS_RESOURCE, e);
    }
    return properties;
  }

  public boolean has(String key) {
    String value = values.get(key);
    return value != null && !value.isEmpty();
  }

  /** The value of {@code key}; fails naming the key when it is not set. */
  public String string(String key) {
    String value = values.get(key);
    if (value == null) {
      throw new ConfigException("Missing config key '" + key + "'");
    }
    return value;
  }

  /** The value of {@code key}, or {@code fallback} when it is empty (an optional setting). */
  public String string(String key, String fallback) {
    return has(key) ? values.get(key) : fallback;
  }

  public int integer(String key) {
    String value = string(key);
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new ConfigException("Config key '" + key + "' must be a whole number, got '" + value + "'");
    }
  }

  /** A whole number of bytes, e.g. {@code 67108864}; units such as {@code 64MB} are refused. */
  public long bytes(String key) {
    String value = string(key);
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new ConfigException("Config key '" + key + "' must be a whole number of bytes (e.g. 67108864 for"
          + " 64 MiB; no units), got '" + value + "'");
    }
  }

  /** The value of {@code key}, which must be one of {@code allowed} (exactly, case-sensitive). */
  public String oneOf(String key, List<String> allowed) {
    String value = string(key);
    if (!allowed.contains(value)) {
      throw new ConfigException("Config key '" + key + "' must be one of " + String.join(", ", allowed)
          + ", got '" + value + "'" + Suggestions.didYouMean(value, allowed));
    }
    return value;
  }

  public double decimal(String key) {
    String value = string(key);
    try {
      return Double.parseDouble(value);
    } catch (NumberFormatException e) {
      throw new ConfigException("Config key '" + key + "' must be a number, got '" + value + "'");
    }
  }

  public boolean bool(String key) {
    String value = string(key).toLowerCase(java.util.Locale.ROOT);
    return switch (value) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw new ConfigException(
          "Config key '" + key + "' must be true or false, got '" + value + "'");
    };
  }

  /** A comma-separated list, items trimmed, empty items dropped; an empty value is an empty list. */
  public List<String> list(String key) {
    List<String> items = new ArrayList<>();
    if (!has(key)) {
      return items;
    }
    for (String item : values.get(key).split(",")) {
      if (!item.isBlank()) {
        items.add(item.trim());
      }
    }
    return items;
  }

  /**
   * The UTF-8 content of the file {@code key} names ({@code classpath:...} or a path relative to
   * the config file that set the key).
   */
  public String text(String key) {
    String location = string(key);
    if (location.startsWith(CLASSPATH_PREFIX)) {
      return readResource(key, location.substring(CLASSPATH_PREFIX.length()));
    }
    String origin = origins.getOrDefault(key, "");
    if (origin.startsWith(CLASSPATH_PREFIX)) {
      return readResource(key, origin.substring(CLASSPATH_PREFIX.length()) + location);
    }
    Path path = Path.of(origin).resolve(location);
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException("Cannot read file '" + path + "' named by config key '" + key
          + "': " + e.getClass().getSimpleName() + " " + e.getMessage(), e);
    }
  }

  private static String readResource(String key, String resource) {
    try (InputStream in = Settings.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new ConfigException("Cannot read classpath resource '" + resource
            + "' named by config key '" + key + "': not found");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException("Cannot read classpath resource '" + resource + "'", e);
    }
  }

  /** Every key the bundled defaults define, sorted. */
  public java.util.Set<String> knownKeys() {
    return values.keySet();
  }

  /** All effective values, sorted by key (for the run manifest). */
  public Map<String, String> asMap() {
    return values;
  }

  /** SHA-256 of the effective key=value pairs: changes when any setting changes. */
  public String hash() {
    StringBuilder all = new StringBuilder();
    values.forEach((key, value) -> all.append(key).append('=').append(value).append('\n'));
    return sha256(all.toString());
  }

  /** Hex SHA-256 of a UTF-8 string. */
  public static String sha256(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }
}
