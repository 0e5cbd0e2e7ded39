package org.paperscope.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * Dated events that open the first issue on or after their date in both publications, so that a
 * term's first appearance lands on a story about it (e.g. 新质生产力 on 2023-09-08).
 */
final class Milestones {

  private Milestones() {}

  record Milestone(LocalDate date, String themeId, String headline, List<Template> sentences) {}

  static final List<Milestone> ALL = List.of(
      new Milestone(LocalDate.of(2023, 5, 18), "finance", "国家金融监督管理总局揭牌|",
          Template.lines("""
              {日}，国家金融监督管理总局在北京揭牌。
              根据机构改革方案，国家金融监督管理总局在中国银行保险监督管理委员会基础上组建，统一负责除证券业之外的金融业监管。
              国家金融监督管理总局有关负责人表示，将全面加强金融监管，坚决守住不发生系统性金融风险的底线。
              业内人士认为，新机构的组建有利于消除监管空白和盲区，提升监管的一致性和有效性。
              """)),
      new Milestone(LocalDate.of(2023, 9, 8), "manufacturing", "加快形成新质生产力|增强发展新动能",
          Template.lines("""
              {日}，在一场推动区域振兴的座谈会上，与会各方提出，要集中科技创新资源，发展战略性新兴产业，提前谋划未来产业，加快形成新质生产力。
              与会专家认为，新质生产力这一提法，为推动产业转型升级指明了方向。
              {省}有关负责人表示，将在新材料、高端装备、电子信息和新能源等领域加快培育一批新的增长点。
              企业代表表示，要把更多资源投向研发创新，在新赛道上抢占先机。
              """)),
      new Milestone(LocalDate.of(2023, 9, 23), "manufacturing", "全国新型工业化推进大会在京召开|",
          Template.lines("""
              {日}，全国新型工业化推进大会在北京召开。
              会议强调，推进新型工业化是一项系统工程，既要统筹发展和安全，也要在每个环节体现高质量发展的要求。
              会议提出，要加快提升产业链供应链韧性和安全水平，推动制造业高端化、智能化、绿色化发展。
              工业和信息化部有关负责人表示，将会同有关部门抓好大会部署的各项任务落实。
              """)),
      new Milestone(LocalDate.of(2023, 10, 25), "data", "国家数据局正式揭牌|统筹推进数字中国建设",
          Template.lines("""
              {日}，国家数据局在北京正式揭牌。
              按照机构改革方案，国家数据局主要负责数据基础制度建设，以及数据资源的整合共享与开发利用等工作。
              国家数据局由国家发展和改革委员会管理。
              业内人士表示，新机构的组建将有力推动数据要素市场化配置改革，激活数据要素潜能。
              """)),
      new Milestone(LocalDate.of(2024, 3, 5), "ai", "政府工作报告部署建设现代化产业体系|新质生产力成为高频词",
          Template.lines("""
              {日}，十四届全国人大二次会议在北京开幕。政府工作报告把建设现代化产业体系、发展新质生产力摆在今年各项任务的突出位置。
              报告提出要开展“人工智能+”行动，推动大数据、人工智能研发应用走深走实。
              报告还把商业航天、低空经济、生物制造等列为需要积极打造的新增长引擎。
              报告还部署了新一轮大规模设备更新和消费品以旧换新。
              """)),
      new Milestone(LocalDate.of(2024, 7, 30), "competition", "强化行业自律|防止“内卷式”恶性竞争",
          Template.lines("""
              {日}，中共中央政治局召开会议，研究当前经济形势和下半年经济工作。
              会议要求加强行业自律，防止“内卷式”恶性竞争，让落后低效产能有序退出。
              业内人士表示，这一部署释放出规范市场竞争秩序的明确信号。
              {行业}行业协会随即发出倡议，呼吁企业加强自律，共同维护公平竞争的市场环境。
              """)));
}
