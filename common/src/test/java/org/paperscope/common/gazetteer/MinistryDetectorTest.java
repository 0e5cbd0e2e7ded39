package org.paperscope.common.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperscope.common.match.ArticleText;

class MinistryDetectorTest {
  private static final LocalDate DAY = LocalDate.of(2025, 6, 23);

  static MinistryDetector detector() {
    try {
      String dir = System.getProperty("paperscope.project.dir", "..");
      Path file = Path.of(dir, "conf", "gazetteer", "ministries.tsv");
      return MinistryDetector.cachedFor(
          MinistryDetectorSettings.defaults(file.toString(), Files.readString(file)));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static ArticleMinistries detect(String body) {
    return detector().detect(ArticleText.ofBody(body), DAY);
  }

  private static List<String> ids(String body) {
    return detect(body).mentions().stream().map(m -> m.ministry().id()).toList();
  }

  @Test
  void genericDepartmentsNameNoMinistry() {
    assertThat(ids("各地财政部门要加强资金监管。")).isEmpty();
    assertThat(ids("商务部门要做好市场保供。")).isEmpty();
    assertThat(ids("教育部门和学校要落实责任。")).isEmpty();
    assertThat(ids("公安部门依法严厉打击违法犯罪。")).isEmpty();
    assertThat(ids("科技部门要加大支持力度。")).isEmpty();
    assertThat(ids("各地工业和信息化、市场监管、消防救援等部门参加会议。")).isEmpty();
    assertThat(ids("各地工业和信息化、发展改革、财政、国资、市场监管、数据主管部门要加强指导。"))
        .isEmpty();
  }

  @Test
  void genericDepartmentsAreRecordedAsRefused() {
    assertThat(detect("各地财政部门要加强资金监管。").refused())
        .extracting(ArticleMinistries.Refusal::surface).containsExactly("财政部");
  }

  @Test
  void keepsANameWhoseLastCharTheCoreSegmentationGluesToTheNextWord() {
    // xwlb/2025-05-12/20250512-011: 国家|发展|改|革委会|同 cut 国家发展改革委; forced: …改革委|会同.
    assertThat(ids("国家发展改革委会同体育总局等多个部门印发通知。")).containsExactly("ndrc", "gasc");
    assertThat(ids("农业农村部下发通知。")).containsExactly("moara");
  }

  @Test
  void rescuesNoShortAliasInsideALongerWord() {
    assertThat(ids("全国新办涉税经营主体增长。")).isEmpty();
    assertThat(ids("维护宪法的最高法律地位。")).isEmpty();
    assertThat(ids("各地财政部门和人社部门要加强管理。")).isEmpty();
  }

  @Test
  void ministerAndJointReleaseNameTheMinistry() {
    assertThat(ids("财政部部长蓝佛安出席会议。")).containsExactly("mof");
    assertThat(ids("财政部、商务部联合发布通知。")).containsExactly("mof", "mofcom");
    assertThat(ids("财政部部署做好预算执行工作。")).containsExactly("mof");
  }

  @Test
  void contractedMinisterTitleNamesTheMinistry() {
    assertThat(ids("中国外交部长王毅会见来访客人。")).containsExactly("mfa");
  }

  @Test
  void ministryPartyGroupNamesTheMinistry() {
    // HanLP segments 工|信|部党组; the Party group is the ministry's own
    assertThat(ids("工信部党组理论学习中心组学习习近平生态文明思想。")).containsExactly("miit");
    assertThat(ids("工业和信息化部党组召开会议。")).containsExactly("miit");
  }

  @Test
  void bareMinistryPartyGroupIsOutOfScope() {
    assertThat(ids("部党组成员、副部长出席会议。")).isEmpty();
  }

  @Test
  void shortNamesResolveToTheFullBody() {
    List<MinistryMention> found = detect(
        "工业和信息化部、国家发展改革委、财政部、国务院国资委、市场监管总局、国家数据局等六部门印发通知。")
        .mentions();

    assertThat(found).extracting(m -> m.ministry().canonicalName()).containsExactly(
        "工业和信息化部", "国家发展和改革委员会", "财政部", "国务院国有资产监督管理委员会",
        "国家市场监督管理总局", "国家数据局");
    assertThat(found).extracting(MinistryMention::surface).containsExactly(
        "工业和信息化部", "国家发展改革委", "财政部", "国务院国资委", "市场监管总局", "国家数据局");
    assertThat(found).extracting(MinistryMention::unit).containsOnlyNulls();
  }

  @Test
  void subUnitsAttachToTheirParent() {
    List<MinistryMention> found = detect("工业和信息化部装备工业司、国家市场监督管理总局质量发展局、"
        + "国家消防救援局消防监督司联合召开视频会。").mentions();

    assertThat(found).extracting(m -> m.ministry().id()).containsExactly("miit", "samr", "nfrs");
    assertThat(found).extracting(MinistryMention::unit)
        .containsExactly("装备工业司", "质量发展局", "消防监督司");
  }

  @Test
  void researchCentreAttachesToTheAdministration() {
    List<MinistryMention> found = detect("国家市场监督管理总局缺陷产品召回技术中心有关负责同志参加会议。")
        .mentions();

    assertThat(found).extracting(m -> m.ministry().id()).containsExactly("samr");
    assertThat(found).extracting(MinistryMention::unit).containsExactly("缺陷产品召回技术中心");
  }

  @Test
  void actionsAfterTheNameAreNotUnits() {
    assertThat(detect("工业和信息化部召开第十次中小企业圆桌会议。").mentions())
        .extracting(MinistryMention::unit).containsOnlyNulls();
    assertThat(detect("工信部党组理论学习中心组学习习近平生态文明思想。").mentions())
        .extracting(MinistryMention::unit).containsOnlyNulls();
    assertThat(detect("外交部发言人就中东局势答记者问。").mentions())
        .extracting(MinistryMention::unit).containsOnlyNulls();
    assertThat(detect("教育部部署做好高校毕业生就业工作。").mentions())
        .extracting(MinistryMention::unit).containsOnlyNulls();
  }

  @Test
  void aBodyRightAfterAnotherIsNotItsUnit() {
    List<MinistryMention> found = detect("中共中央办公厅国务院办公厅印发意见。").mentions();

    assertThat(found).extracting(m -> m.ministry().id()).containsExactly("gocc", "gosc");
    assertThat(found).extracting(MinistryMention::unit).containsOnlyNulls();
  }

  @Test
  void foreignMinistriesAreNotCounted() {
    assertThat(ids("美国财政部宣布新一轮制裁。")).isEmpty();
    assertThat(ids("俄罗斯外交部发表声明。")).isEmpty();
    assertThat(ids("以色列卫生部说，死亡人数上升。")).isEmpty();
    assertThat(ids("欧洲央行宣布降息。")).isEmpty();
    assertThat(ids("中国人民银行宣布降准，央行有关负责人答记者问。")).containsExactly("pbc", "pbc");
  }

  @Test
  void foreignTitlesBehindGlueWordsAreNotCounted() {
    assertThat(ids("巴基斯坦副总理兼外交部长达尔当天与王毅通电话。")).isEmpty();
    assertThat(ids("黎巴嫩公共卫生部20日发表声明。")).isEmpty();
    assertThat(ids("在北京会见美国前财政部长保尔森。")).isEmpty();
    assertThat(ids("法国经济与财政部长发表讲话。")).isEmpty();
    assertThat(ids("二十国集团财长和央行行长会议举行。")).isEmpty();
    assertThat(ids("上海合作组织成员国司法部长会议今天举行。")).isEmpty();
  }

  @Test
  void chineseTitlesBehindGlueWordsAreCounted() {
    assertThat(ids("原国务委员兼国防部长李尚福受贿案。")).containsExactly("mod");
    assertThat(ids("国家发展改革委和财政部安排中央资金。")).containsExactly("ndrc", "mof");
  }

  @Test
  void localBodiesAreNotCounted() {
    assertThat(ids("北京市发改委发布通知。")).isEmpty();
    assertThat(ids("省发改委会同有关部门开展检查。")).isEmpty();
    assertThat(ids("地方国资委要加强监管。")).isEmpty();
  }

  @Test
  void partyOrganIsAMentionOfItsOwnKind() {
    List<MinistryMention> found = detect("中央纪委国家监委驻部纪检监察组有关负责同志参加会议。")
        .mentions();

    assertThat(found).extracting(m -> m.ministry().id()).containsExactly("ccdi_nsc");
    assertThat(found.get(0).ministry().kind()).isEqualTo("party_npc_cppcc");
  }

  @Test
  void predecessorAfterItsAbolitionKeepsItsIdAndRollsUp() {
    MinistryMention m = detect("原银保监会有关负责人表示。").mentions().get(0);

    assertThat(m.ministry().id()).isEqualTo("cbirc");
    assertThat(m.ministry().lineageId()).isEqualTo("nfra");
  }

  @Test
  void sharedAliasFollowsTheIssueDate() {
    MinistryDetector detector = detector();
    ArticleText text = ArticleText.ofBody("广电总局发布通知。");

    assertThat(detector.detect(text, LocalDate.of(2010, 1, 5)).mentions().get(0).ministry().id())
        .isEqualTo("sarft");
    assertThat(detector.detect(text, LocalDate.of(2024, 1, 5)).mentions().get(0).ministry().id())
        .isEqualTo("nrta");
  }

  @Test
  void numbersSentencesAcrossHeadlineAndBody() {
    ArticleText text = new ArticleText("财政部召开会议", List.of("小标题"),
        "第一句没有。商务部出席；工信部也出席！\n\n最后一句");
    ArticleMinistries found = detector().detect(text, DAY);

    assertThat(found.sentenceCount()).isEqualTo(6);
    assertThat(found.mentions()).extracting(MinistryMention::sentenceIndex)
        .containsExactly(0, 3, 4);
  }

  @Test
  void emptyArticleHasNoSentences() {
    ArticleMinistries found = detector().detect(ArticleText.ofBody(""), DAY);

    assertThat(found.mentions()).isEmpty();
    assertThat(found.sentenceCount()).isZero();
  }
}
