package org.paperscope.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The government bodies the demo names, with the forms a newspaper uses for them and the dates a
 * body exists. Templates refer to a body by key ({@code {m:MIIT}}); a joint notice lists several
 * ({@code {联合:MIIT,NDRC,MOF}} → 工业和信息化部、国家发展改革委、财政部等三部门).
 *
 * <p>Renamed bodies: before 2023-05-18 the key NFRA prints 中国银行保险监督管理委员会 / 银保监会;
 * 国家数据局 (NDA) exists from 2023-10-25 and is left out of joint notices before that.
 */
final class DemoMinistries {

  /** One body: full name, the official short form, the everyday short form. */
  record Body(String key, String full, String official, String colloquial, LocalDate from,
      LocalDate until, String predecessorKey) {

    boolean existsOn(LocalDate date) {
      return (from == null || !date.isBefore(from)) && (until == null || !date.isAfter(until));
    }
  }

  private static final String[] COUNT_WORDS = {
      "", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十"};

  private static final Map<String, Body> BODIES = new LinkedHashMap<>();

  static {
    add("MIIT", "工业和信息化部", "工业和信息化部", "工信部");
    add("NDRC", "国家发展和改革委员会", "国家发展改革委", "发改委");
    add("MOF", "财政部", "财政部", "财政部");
    add("MOFCOM", "商务部", "商务部", "商务部");
    add("MOST", "科学技术部", "科技部", "科技部");
    add("SASAC", "国务院国有资产监督管理委员会", "国务院国资委", "国资委");
    add("SAMR", "国家市场监督管理总局", "市场监管总局", "市场监管总局");
    add("PBOC", "中国人民银行", "人民银行", "人民银行");
    add("CSRC", "中国证券监督管理委员会", "中国证监会", "证监会");
    add("NEA", "国家能源局", "国家能源局", "国家能源局");
    add("CAAC", "中国民用航空局", "中国民航局", "民航局");
    add("MEE", "生态环境部", "生态环境部", "生态环境部");
    add("STA", "国家税务总局", "税务总局", "税务总局");
    add("MOA", "农业农村部", "农业农村部", "农业农村部");
    add("MEM", "应急管理部", "应急管理部", "应急管理部");
    add("MOT", "交通运输部", "交通运输部", "交通运输部");
    add("MCT", "文化和旅游部", "文化和旅游部", "文化和旅游部");
    add("GACC", "海关总署", "海关总署", "海关总署");
    add("MOHRSS", "人力资源和社会保障部", "人力资源社会保障部", "人社部");
    add("MOE", "教育部", "教育部", "教育部");
    BODIES.put("CBIRC", new Body("CBIRC", "中国银行保险监督管理委员会", "银保监会", "银保监会",
        null, LocalDate.of(2023, 5, 17), null));
    BODIES.put("NFRA", new Body("NFRA", "国家金融监督管理总局", "金融监管总局", "金融监管总局",
        LocalDate.of(2023, 5, 18), null, "CBIRC"));
    BODIES.put("NDA", new Body("NDA", "国家数据局", "国家数据局", "国家数据局",
        LocalDate.of(2023, 10, 25), null, null));
    BODIES.put("FIRE_OLD", new Body("FIRE_OLD", "应急管理部消防救援局", "应急管理部消防救援局",
        "应急管理部消防救援局", null, LocalDate.of(2023, 1, 5), null));
    BODIES.put("NFRS", new Body("NFRS", "国家消防救援局", "国家消防救援局", "国家消防救援局",
        LocalDate.of(2023, 1, 6), null, "FIRE_OLD"));
  }

  private static void add(String key, String full, String official, String colloquial) {
    BODIES.put(key, new Body(key, full, official, colloquial, null, null, null));
  }

  private final LocalDate date;
  private final SplittableRandom random;
  private final Set<String> named = new HashSet<>();

  /** Naming state for one article: the first mention of a body tends to use the full name. */
  DemoMinistries(LocalDate date, SplittableRandom random) {
    this.date = date;
    this.random = random;
  }

  static Body body(String key) {
    Body body = BODIES.get(key);
    if (body == null) {
      throw new IllegalArgumentException("Unknown ministry key '" + key + "' in a demo template");
    }
    return body;
  }

  /** The body that {@code key} stands for on this date (its predecessor before a rename). */
  Body current(String key) {
    Body body = body(key);
    if (!body.existsOn(date) && body.predecessorKey() != null) {
      return body(body.predecessorKey());
    }
    return body;
  }

  /** A name for one mention, e.g. 工业和信息化部 first and 工信部 later in the same article. */
  String name(String key) {
    Body body = current(key);
    boolean first = named.add(body.key());
    double roll = random.nextDouble();
    if (first) {
      return roll < 0.75 ? body.full() : body.official();
    }
    return roll < 0.4 ? body.official() : roll < 0.7 ? body.colloquial() : body.full();
  }

  /**
   * A joint-notice subject: bodies in the given order joined by 、, followed (mostly) by
   * 等N部门 when there are three or more (两部门 sometimes after two), e.g. 工业和信息化部、国家发展改革委、财政部等三部门.
   * Bodies that do not exist yet on the date are left out.
   */
  String joint(List<String> keys) {
    List<String> names = new ArrayList<>();
    for (String key : keys) {
      Body body = current(key);
      if (body.existsOn(date)) {
        named.add(body.key());
        names.add(random.nextDouble() < 0.7 ? body.official() : body.full());
      }
    }
    String list = String.join("、", names);
    double roll = random.nextDouble();
    if (names.size() == 2 && roll < 0.3) {
      return list + "两部门";
    }
    if (names.size() >= 3 && names.size() < COUNT_WORDS.length && roll < 0.7) {
      return list + "等" + COUNT_WORDS[names.size()] + "部门";
    }
    return list;
  }
}
