package org.paperscope.demo;

import java.util.List;
import org.paperscope.demo.Theme.Kind;

/**
 * Everyday news without tracked industry terms (farming, floods, travel, trade, jobs). They keep
 * the denominators honest: a trend share is mentions over all articles, not over industry ones.
 * Several seasonal lines only run in their months.
 */
final class BackgroundThemes {

  private BackgroundThemes() {}

  static final Theme FARMING = Theme.of("farming", Kind.BACKGROUND,
      Curve.flat(1.0),
      """
      @M3-5 各地抢抓农时推进春耕春播|田间地头一派繁忙
      @M5-6 夏粮收获进度过半|麦收有序推进
      @M9-11 秋粮收获全面展开|丰收图景徐徐铺开
      高标准农田建设加快推进|
      """,
      """
      @M3-5 连日来，{省}各地农民抢抓晴好天气整地播种，田间地头一派繁忙景象。
      @M5-6 在{省}的麦田里，一台台联合收割机来回穿梭，金色的麦浪翻滚起伏。
      @M9-11 眼下，{省}秋粮进入收获高峰，农机手们正加紧抢收，确保颗粒归仓。
      {m:MOA}数据显示，全国高标准农田建设任务有序推进，农田基础设施条件持续改善。
      农技人员走进田间，现场指导农户做好病虫害防治和水肥管理。
      植保无人机在田间往返作业，一天可以完成数百亩农田的喷洒任务。
      {省}加大良种推广力度，主要农作物良种覆盖率保持在较高水平。
      种粮大户告诉记者，今年的农资供应充足，粮食收购价格也比较稳定。
      """,
      """
      农机手在{省}田间驾驶收割机作业
      """);

  static final Theme WEATHER = Theme.of("weather", Kind.BACKGROUND,
      Curve.flat(0.8),
      """
      @M6-9 多地强降雨持续|各方全力做好防汛工作
      @M11-2 寒潮来袭|各地加强保暖保供
      应急管理部部署安全生产重点工作|
      """,
      """
      @M6-9 受强降雨影响，{省}部分河流出现超警戒水位，当地及时转移受威胁群众。
      @M6-9 {m:MEM}启动防汛四级应急响应，派出工作组赴一线指导防汛救灾工作。
      @M6-9 {m:NFRS}调派消防救援力量，携带舟艇、排涝等装备驰援受灾地区。
      @M11-2 受寒潮影响，{省}多地气温大幅下降，有关部门提醒群众注意防寒保暖。
      {m:MEM}要求各地扎实开展安全生产隐患排查，坚决遏制重大事故发生。
      各地消防救援队伍深入社区、企业开展消防安全宣传，提升群众自防自救能力。
      气象部门提醒，公众要密切关注天气预报预警信息，合理安排出行。
      """,
      "");

  static final Theme TRAVEL = Theme.of("travel", Kind.BACKGROUND,
      Curve.flat(0.8),
      """
      @M1-2 春运大幕开启|旅客出行平稳有序
      @M7-8 暑期文旅消费持续升温|
      @M10-10 假期国内旅游市场火热|
      交通基础设施建设加快推进|
      """,
      """
      @M1-2 春运期间，铁路部门加开旅客列车，全力满足旅客返乡出行需求。
      @M1-2 {m:MOT}表示，将加强运输组织和安全监管，确保春运期间旅客走得了、走得好。
      @M7-8 暑期以来，{市}各大景区客流明显增加，博物馆、科技馆成为亲子游热门目的地。
      @M7-8 各地教育部门提醒家长，暑假期间要加强对孩子的安全教育，防范溺水等事故。
      @M10-10 假期期间，各地公安部门加强重点路段巡逻管控，保障道路交通安全畅通。
      {m:MCT}数据显示，国内旅游人次和出游花费均保持增长，文旅消费活力持续释放。
      {省}一批重大交通项目加快建设，综合立体交通网络不断完善。
      {市}地铁新线开通运营，沿线市民出行更加便捷。
      """,
      """
      旅客在{市}火车站有序进站乘车
      """);

  static final Theme TRADE = Theme.of("trade", Kind.BACKGROUND,
      Curve.flat(0.7),
      """
      我国外贸进出口保持平稳增长|
      跨境电商新业态蓬勃发展|
      {市}港口集装箱吞吐量创新高|
      """,
      """
      {m:GACC}数据显示，前{月}个月我国货物贸易进出口总值同比增长{p}%，外贸展现较强韧性。
      {m:MOFCOM}有关负责人表示，将进一步稳外贸稳外资，支持企业开拓多元化市场。
      各地商务部门组织企业参加境外展会，帮助企业拿订单、拓市场。
      跨境电商综合试验区建设持续推进，{市}跨境电商进出口额同比增长{P}%。
      在{市}港集装箱码头，桥吊起起落落，货轮装卸作业繁忙有序。
      机电产品出口占比保持在较高水平，“新三样”产品出口表现亮眼。
      """,
      """
      {市}港集装箱码头一派繁忙
      """);

  static final Theme JOBS = Theme.of("jobs", Kind.BACKGROUND,
      Curve.flat(0.6),
      """
      @M4-7 多措并举促进高校毕业生就业|
      职业技能培训惠及更多劳动者|
      """,
      """
      @M4-7 {m:MOHRSS}部署开展高校毕业生就业服务专项行动，集中推送岗位信息。
      @M4-7 各地教育部门、人力资源社会保障部门联合举办校园招聘会，为毕业生搭建求职平台。
      {省}开展职业技能提升行动，年内计划培训技能人才{N}万人次。
      {m:MOHRSS}有关负责人表示，将持续加强就业公共服务，做好重点群体就业帮扶。
      新职业不断涌现，为劳动者提供了更多选择。
      """,
      "");

  static final List<Theme> ALL = List.of(FARMING, WEATHER, TRAVEL, TRADE, JOBS);
}
