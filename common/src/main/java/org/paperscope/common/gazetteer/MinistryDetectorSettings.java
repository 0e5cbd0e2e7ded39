package org.paperscope.common.gazetteer;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.paperscope.common.token.TokenizerSettings.Segmenter;

/**
 * Everything a {@link MinistryDetector} is built from: small immutable values, read on the driver
 * and shipped to executors, and the key of the per-JVM detector cache.
 *
 * @param gazetteerSource   where the gazetteer came from (for messages)
 * @param gazetteerText     the gazetteer TSV content
 * @param segmenter         the HanLP segmenter that confirms candidates
 * @param blockingPrefixes  tokens that, right before a name, make it a foreign body and not a
 *                          central Chinese one (美, 俄, 以, 土, 该国, 等国, 联邦 …)
 * @param localPrefixes     tokens that, right before a name, make it a local body (省, 市, 各地 …)
 * @param placeTags         part-of-speech tags of place names (ns, nsf): a place-name token right
 *                          before a name blocks it too (北京市发改委, 以色列卫生部) …
 * @param allowedPlaces     … except these (中国外交部, 我国, 中华人民共和国)
 * @param prefixGlue        tokens looked through on the way left to that prefix: 巴基斯坦副总理兼外交部长,
 *                          黎巴嫩公共卫生部, 美国前财政部长, 法国经济与财政部长 are foreign too
 * @param unitSuffixes      endings of a sub-unit name after a body (司, 局, 中心, 办公室 …)
 * @param unitMaxChars      longest sub-unit name looked for, in chars
 * @param sharedNames       names that foreign states also give their own bodies (外交部, 国防部,
 *                          财政部 …): a mention of one is checked against its sentence's context
 * @param foreignCues       strings that make a sentence about a foreign state (以色列, 北约, 访华的有 …)
 * @param chineseAnchors    strings that make a sentence about the Chinese body even when it has a
 *                          foreign cue (中国, 中方, 国务委员 …)
 * @param titleWords        tokens right after a name that make the mention a title (部长, 委员长,
 *                          主席 …): {@code mention_kind = title}
 * @param transliterationChars the chars transliterated foreign names are written with: an office
 *                          holder after a shared title written only with these (国防部长加兰特) is
 *                          foreign
 */
public record MinistryDetectorSettings(
    String gazetteerSource,
    String gazetteerText,
    Segmenter segmenter,
    List<String> blockingPrefixes,
    List<String> localPrefixes,
    List<String> placeTags,
    List<String> allowedPlaces,
    List<String> prefixGlue,
    List<String> unitSuffixes,
    int unitMaxChars,
    List<String> sharedNames,
    List<String> foreignCues,
    List<String> chineseAnchors,
    List<String> titleWords,
    String transliterationChars) implements Serializable {

  /** Default prefixes that mark a foreign body (config key ministries.blocking-prefixes). */
  public static final List<String> DEFAULT_BLOCKING_PREFIXES = List.of(
      "美", "俄", "英", "德", "韩", "朝", "乌", "欧洲", "欧盟", "欧元区", "该国", "两国", "各国", "多国",
      "他国", "外国", "本国", "别国", "全球", "世界", "黎", "叙", "巴", "伊", "成员国", "财长",
      "以", "土", "比", "哥", "法", "印", "越", "泰", "菲", "埃", "沙", "委", "芬", "澳", "匈", "波",
      "捷", "希", "荷", "葡", "墨", "阿", "塞", "蒙", "缅", "柬", "挪", "瑞", "意", "奥", "秘", "智",
      "古", "肯", "苏", "国", "等国", "三国", "四国", "五国", "六国", "七国", "八国", "九国",
      "十国", "联邦", "北约");
  /** Default prefixes that mark a local body (config key ministries.local-prefixes). */
  public static final List<String> DEFAULT_LOCAL_PREFIXES = List.of(
      "各", "省", "市", "县", "区", "州", "盟", "旗", "乡", "镇", "各省", "各地", "各级", "地方",
      "当地", "省级", "市级", "县级", "全省", "全市", "本市", "本省");
  public static final List<String> DEFAULT_PLACE_TAGS = List.of("ns", "nsf");
  public static final List<String> DEFAULT_ALLOWED_PLACES = List.of(
      "中国", "我国", "中华人民共和国", "中方", "全国", "国家", "中央", "中共中央");
  public static final List<String> DEFAULT_PREFIX_GLUE = List.of("公共", "国民", "经济", "国民经济",
      "与", "和", "前", "副总理", "总理", "第一副总理", "兼", "联邦", "政府", "临时政府", "过渡政府",
      "国库", "国土");
  public static final List<String> DEFAULT_UNIT_SUFFIXES = List.of(
      "司", "局", "厅", "分署", "中心", "办公室", "研究院", "研究所", "所", "处", "委员会", "学院");
  public static final int DEFAULT_UNIT_MAX_CHARS = 14;
  public static final List<String> DEFAULT_SHARED_NAMES = List.of("外交部", "国防部", "财政部",
      "商务部", "教育部", "司法部", "卫生部", "交通部", "交通运输部", "公安部", "国家安全部", "民政部",
      "农业部", "文化部", "水利部", "科技部", "央行", "最高法院", "最高法", "国家统计局",
      "中央组织部", "中央办公厅", "中央宣传部", "中央对外联络部");
  public static final List<String> DEFAULT_CHINESE_ANCHORS = List.of("中国", "我国", "中方",
      "中华人民共和国", "国务委员", "中央军委", "中共中央", "全国人大", "国务院", "解放军", "我军",
      "中美", "中俄", "中欧", "中日", "中韩", "中非", "中阿", "中拉", "两岸", "驻华使节");
  public static final List<String> DEFAULT_TITLE_WORDS = List.of("部长", "副部长", "部长助理",
      "主任", "副主任", "委员长", "副委员长", "主席", "副主席", "局长", "副局长", "署长", "副署长",
      "行长", "副行长", "秘书长", "副秘书长", "院长", "副院长", "检察长", "副检察长", "委员",
      "常委", "常务委员", "总局长", "司令员", "政委");

  /**
   * Chars of the usual transliteration tables (Xinhua's 译名 practice) that are rare as a whole
   * Chinese given name: 加兰特, 耶伦, 卡茨, 罗德里格斯, 奥斯汀 are written only with these; 王毅,
   * 蓝佛安, 魏凤和 are not.
   */
  public static final String DEFAULT_TRANSLITERATION_CHARS =
      "阿埃艾爱安昂奥巴拜班邦保贝本比彼毕波伯博布查达戴丹道德登迪蒂丁东杜多厄恩法菲费芬丰弗福富盖甘冈戈哥格"
      + "古瓜圭哈海汉豪赫亨胡霍基吉加贾杰金卡凯坎康考科克肯库拉莱赖兰朗劳勒雷里利莉列林琳卢鲁伦罗洛马迈麦曼"
      + "芒梅门蒙米敏莫默穆纳奈南内尼涅努诺帕派潘佩彭皮珀普奇齐恰乔切萨塞桑瑟森沙什舍斯松苏索塔泰坦汤特图托"
      + "瓦万威韦维温沃乌西希谢辛休雅亚扬耶伊因英尤于扎泽詹兹佐茨祖";

  public MinistryDetectorSettings {
    Objects.requireNonNull(gazetteerSource, "gazetteerSource");
    Objects.requireNonNull(gazetteerText, "gazetteerText");
    Objects.requireNonNull(segmenter, "segmenter");
    blockingPrefixes = List.copyOf(blockingPrefixes);
    localPrefixes = List.copyOf(localPrefixes);
    placeTags = List.copyOf(placeTags);
    allowedPlaces = List.copyOf(allowedPlaces);
    prefixGlue = List.copyOf(prefixGlue);
    unitSuffixes = List.copyOf(unitSuffixes);
    sharedNames = List.copyOf(sharedNames);
    foreignCues = List.copyOf(foreignCues);
    chineseAnchors = List.copyOf(chineseAnchors);
    titleWords = List.copyOf(titleWords);
    Objects.requireNonNull(transliterationChars, "transliterationChars");
    if (unitMaxChars < 1) {
      throw new IllegalArgumentException("unitMaxChars must be >= 1, got " + unitMaxChars);
    }
  }

  /**
   * The default rules over a gazetteer text and a foreign-cue list text
   * ({@code conf/gazetteer/foreign-cues.txt}), with the Viterbi segmenter.
   */
  public static MinistryDetectorSettings defaults(String gazetteerSource, String gazetteerText,
      String foreignCuesText) {
    return new MinistryDetectorSettings(gazetteerSource, gazetteerText, Segmenter.VITERBI,
        DEFAULT_BLOCKING_PREFIXES, DEFAULT_LOCAL_PREFIXES, DEFAULT_PLACE_TAGS,
        DEFAULT_ALLOWED_PLACES, DEFAULT_PREFIX_GLUE, DEFAULT_UNIT_SUFFIXES, DEFAULT_UNIT_MAX_CHARS,
        DEFAULT_SHARED_NAMES, parseCues(foreignCuesText), DEFAULT_CHINESE_ANCHORS,
        DEFAULT_TITLE_WORDS, DEFAULT_TRANSLITERATION_CHARS);
  }

  /**
   * The entries of a cue list text: one per line, {@code #} comments and blank lines skipped,
   * surrounding spaces trimmed. A line with a tab or an inner space fails naming its number.
   */
  public static List<String> parseCues(String text) {
    List<String> cues = new ArrayList<>();
    String[] lines = text.split("\r\n|\r|\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (i == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.contains("\t") || line.contains(" ")) {
        throw new IllegalArgumentException("Cannot read foreign cue line " + (i + 1)
            + ": expected one cue without spaces, got '" + line + "'");
      }
      cues.add(line);
    }
    return List.copyOf(cues);
  }
}
