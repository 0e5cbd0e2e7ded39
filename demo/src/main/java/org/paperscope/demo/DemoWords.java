package org.paperscope.demo;

import java.util.List;
import java.util.SplittableRandom;

/** Word lists that fill the placeholders of demo templates. All names are invented. */
final class DemoWords {

  private DemoWords() {}

  static final List<String> PROVINCES = List.of(
      "江苏", "浙江", "广东", "山东", "四川", "湖北", "安徽", "福建", "河南", "湖南", "陕西", "江西",
      "辽宁", "河北", "贵州", "广西", "吉林", "山西");

  static final List<String> CITIES = List.of(
      "深圳", "杭州", "苏州", "合肥", "成都", "武汉", "西安", "青岛", "宁波", "东莞", "长沙", "无锡",
      "厦门", "郑州", "南京", "天津", "重庆", "佛山", "常州", "烟台");

  static final List<String> COMPANIES = List.of(
      "星衡机器人", "北辰微电子", "蓝湾新能源", "云岫数据", "恒远智能装备", "青禾新材料", "启明智造",
      "远帆汽车", "澄川电池", "嘉岭通信", "翼航科技", "松原精密", "锦程物流", "泓石钢铁", "明湖光电",
      "九章云链", "朔风航空", "禾丰农机", "天衡检测", "沐阳光伏");

  static final List<String> INDUSTRIES = List.of(
      "光伏", "锂电池", "新能源汽车", "钢铁", "水泥", "外卖平台", "家电", "工程机械");

  /** Staff reporters, two or three characters. */
  static final List<String> REPORTERS = List.of(
      "林晓峰", "周文静", "陈立言", "宋雨桐", "许嘉禾", "梁书远", "何沛然", "赵一帆", "孟芷若",
      "韩卓", "邵明川", "杜若溪");

  /** Correspondents who appear in pairs under **本报通讯员 X Y**. */
  static final List<String> CORRESPONDENTS = List.of(
      "吴青山", "郑楠", "钱亦舒", "冯振宇", "蒋小满", "沈知秋", "曹子墨", "彭越");

  /** Two-character tags closing a short news item, like (耀文). */
  static final List<String> AUTHOR_TAGS = List.of(
      "晓岚", "文川", "立言", "苏禾", "明远", "清和", "一舟", "若水", "思齐", "景行");

  static String pick(List<String> words, SplittableRandom random) {
    return words.get(random.nextInt(words.size()));
  }
}
