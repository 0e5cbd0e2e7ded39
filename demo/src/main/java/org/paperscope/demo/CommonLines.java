package org.paperscope.demo;

import java.util.List;

/**
 * Lines shared by all themes: cross-cutting closing sentences ("riders") whose chance changes
 * with the date, filler sentences, sub-headings, captions and the newspaper's ads.
 */
final class CommonLines {

  private CommonLines() {}

  /** 新质生产力: never before 2023-09-08, then more likely every month. */
  static final Curve NEW_PRODUCTIVE_FORCES_CHANCE = Curve.of(
      "2023-09-08:0.08", "2023-12-31:0.14", "2024-03-05:0.22", "2024-12-31:0.32",
      "2025-12-31:0.42");

  static final List<Template> NEW_PRODUCTIVE_FORCES = Template.lines("""
      要因地制宜发展新质生产力，既改造提升传统产业，也培育壮大新兴产业和未来产业。
      企业负责人表示，将把科技创新作为发展新质生产力的核心要素，持续加大研发投入。
      以科技创新引领产业创新，加快形成新质生产力，是推动高质量发展的内在要求。
      专家认为，发展新质生产力的关键在于提高全要素生产率，而这离不开持续的科技创新。
      {省}出台支持新质生产力发展的若干措施，在资金、人才、用地等方面给予支持。
      新质生产力正在{市}的一个个车间里落地生根。
      """);

  /** 内卷式 from 2024-07-30 and 反内卷 from 2025-03, rising. */
  static final Curve INVOLUTION_CHANCE = Curve.of(
      "2024-07-30:0.03", "2024-12-31:0.08", "2025-12-31:0.16");

  static final List<Template> INVOLUTION = Template.lines("""
      要坚决防止“内卷式”恶性竞争，推动行业在良性竞争中提质升级。
      企业负责人坦言，单纯比拼价格只会越做越难，必须靠创新赢得市场，走出“内卷”困局。
      @2025-03-01 行业“反内卷”的关键在于提升技术门槛和产品质量，而不是简单限价。
      @2025-03-01 综合整治“内卷式”竞争，为企业创新发展营造了更加公平的市场环境。
      """);

  /** 人工智能 / 大模型 as an aside in any industry story, slowly more common. */
  static final Curve AI_CHANCE = Curve.of("2023-01-01:0.02", "2025-12-31:0.22");

  static final List<Template> AI = Template.lines("""
      企业还积极引入人工智能技术，提升研发、生产和管理效率。
      @2023-03-15 不少企业开始尝试用大模型辅助编写工艺文件和处理客户咨询。
      @2024-03-05 业内人士认为，“人工智能+”将为传统行业转型打开新的空间。
      """);

  /** Filler for industry and policy stories when a theme's own lines run out. */
  static final List<Template> FILLER = Template.lines("""
      下一步，{省}将持续优化营商环境，加大政策支持力度，推动产业高质量发展。
      业内人士表示，随着各项政策落地见效，行业发展前景可期。
      据了解，相关项目总投资约{N}亿元，预计明年上半年建成投产。
      与会企业代表表示，将抢抓发展机遇，加大投入力度，为行业发展贡献力量。
      专家认为，要坚持创新驱动，不断提升产业链供应链韧性和安全水平。
      数据显示，{省}规模以上工业增加值同比增长{p}%，高于全国平均水平。
      活动现场，{N}个重点项目集中签约，涵盖高端装备、新材料、生物医药等领域。
      今年以来，{市}出台一系列惠企政策，累计为企业减负{N}亿元。
      记者在采访中了解到，企业普遍对今后一个时期的发展前景充满信心。
      {企}负责人告诉记者，企业订单饱满，生产线几乎满负荷运转。
      有关部门将加强跟踪评估，及时总结推广好经验好做法。
      当地还建立了“一企一策”服务机制，帮助企业解决用工、融资等实际困难。
      """);

  /** Filler for background stories. */
  static final List<Template> BACKGROUND_FILLER = Template.lines("""
      当地干部群众表示，将继续加油干，努力把各项工作做得更好。
      有关部门表示，将持续跟踪了解情况，及时回应群众关切。
      记者在现场看到，各项工作正在有序推进。
      {省}有关方面表示，将进一步细化措施，确保各项任务落到实处。
      """);

  static final List<String> SUBHEADINGS = List.of(
      "政策协同持续发力", "应用场景加快拓展", "“链”式协同走深走实", "企业创新活力迸发",
      "补齐短板夯实基础", "从“盆景”到“风景”", "标准引领规范发展", "人才支撑更加有力",
      "新赛道上的“加速度”", "瞄准痛点精准施策", "“智”造升级见实效", "开放合作空间广阔");

  static final List<Template> CAPTIONS = Template.lines("""
      {企}研发人员正在进行产品测试
      {市}某产业园区全景
      工作人员在调试设备
      参观者在展会现场了解新产品
      项目建设现场一派繁忙
      """);

  /** Ad blocks that name the paper's WeChat account or subscription; every issue ends in one. */
  static final List<String> ADS = List.of(
      "产业观察报社  \n官方书店  \n微订阅 一键下单\n\n"
          + "扫码关注即可在线订阅《产业观察报》及旗下期刊、年鉴,享受更多优惠和服务",
      "扫码关注 微信号:cyguancha  \n微信公众号账号:产业观察报",
      "欢迎订阅《产业观察报》  \n邮发代号:80-123  \n全年订价:360元  \n订阅热线:400-000-0000",
      "订阅《产业观察报》 请到全国各地邮局办理");

  /** Short promotional lines without a marker word; printed only next to an ad block. */
  static final List<String> SLOGANS = List.of(
      "在这里  \n与产业同行  \n和时代同频",
      "产业观察 观察产业",
      "读懂产业  \n看见未来");
}
