package org.paperscope.common.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Page-break joins, page-overlap duplicates, ads and captions, each on sentences of our own. */
class RepairsTest {
  private static Article parseOne(String body) {
    List<Article> articles = IssueParser.parse("## 标题\n\n" + body, ParserSettings.defaults()).articles();
    assertThat(articles).hasSize(1);
    return articles.get(0);
  }

  @Test
  void joinsAParagraphCutMidWordByAPageBreak() {
    Article article = parseOne("会议要求,深入基层一线,通过实地调研、走访座\n\n\n\n谈等方式,广泛听取意见建议。");

    assertThat(article.body()).isEqualTo("会议要求,深入基层一线,通过实地调研、走访座谈等方式,广泛听取意见建议。");
    assertThat(article.breaksRepaired()).isEqualTo(1);
  }

  @Test
  void joinsAParagraphCutBeforeAComma() {
    Article article = parseOne("会议指出。各区要开展诊断评估、现场指导等服务\n\n,帮助企业找准转型路径。");

    assertThat(article.body()).isEqualTo("会议指出。各区要开展诊断评估、现场指导等服务,帮助企业找准转型路径。");
  }

  @Test
  void joinsSeveralCutsInARow() {
    Article article = parseOne("第一句完整。第二句被切成了三\n\n段,中间这一段也没有写\n\n完。");

    assertThat(article.body()).isEqualTo("第一句完整。第二句被切成了三段,中间这一段也没有写完。");
    assertThat(article.breaksRepaired()).isEqualTo(2);
  }

  @Test
  void doesNotJoinAfterTerminalPunctuation() {
    String[] endings = {"。", "！", "？", "…", "”", "）", ")", "；"};
    for (String ending : endings) {
      Article article = parseOne("这是一个完整的句子,到此结束" + ending + "\n\n下一段另起一句。");
      assertThat(article.breaksRepaired()).as(ending).isZero();
      assertThat(article.body().lines()).as(ending).hasSize(2);
    }
  }

  @Test
  void doesNotJoinAcrossASubheading() {
    Article article = parseOne("上一部分没有写完,还差一点\n\n### 小标题\n\n接着是新的部分。");

    assertThat(article.body()).isEqualTo("上一部分没有写完,还差一点\n接着是新的部分。");
    assertThat(article.breaksRepaired()).isZero();
  }

  @Test
  void doesNotJoinAHeadingLikeLineOrAListItem() {
    Article article = parseOne("一、坚持稳中求进,推动高质量发展\n\n各地区各部门要认真落实。\n\n二、强化科技创新\n\n1.加快关键技术攻关。");

    assertThat(article.body().lines()).hasSize(4);
    assertThat(article.breaksRepaired()).isZero();
  }

  @Test
  void doesNotJoinIntoAQuoteOrBracket() {
    Article article = parseOne("记者看到,展馆里人头攒动。他表示,未来三年\n\n“我们要加快布局”。");

    assertThat(article.breaksRepaired()).isZero();
  }

  @Test
  void joinsAcrossACaptionButKeepsTheCaptionOut() {
    Article article = parseOne("记者看到,机器人正在搬运物品。它们还会与每一位路\n\n图为展出的类人形机器人\n\n过的观众互动。");

    assertThat(article.body()).isEqualTo("记者看到,机器人正在搬运物品。它们还会与每一位路过的观众互动。");
    assertThat(article.captions()).containsExactly("图为展出的类人形机器人");
  }

  @Test
  void writesACharacterDoubledAtTheJoinOnce() {
    Article article = parseOne("会议部署。先进级工厂开展建设,打造区域\n\n域行业领先的发展标杆。");

    assertThat(article.body()).isEqualTo("会议部署。先进级工厂开展建设,打造区域行业领先的发展标杆。");
    assertThat(article.breaksRepaired()).isEqualTo(1);
    assertThat(article.duplicatesRemoved()).isEqualTo(1);
  }

  @Test
  void keepsACharacterThatIsDoubledOnPurpose() {
    Article article = parseOne("会议结束。大家表示,要认认真真、常\n\n常反思。");

    assertThat(article.body()).isEqualTo("会议结束。大家表示,要认认真真、常常反思。");
    assertThat(article.duplicatesRemoved()).isZero();
  }

  @Test
  void dropsAnExactlyRepeatedParagraph() {
    Article article = parseOne("要坚持走专精特新发展道路,不断提高核心竞争力。\n\n要坚持走专精特新发展道路,不断提高核心竞争力。");

    assertThat(article.body()).isEqualTo("要坚持走专精特新发展道路,不断提高核心竞争力。");
    assertThat(article.duplicatesRemoved()).isEqualTo(1);
  }

  @Test
  void dropsAParagraphThatRepeatsTheEndOfThePreviousOne() {
    Article article = parseOne("会议要求,引导消费者正确使用车辆,不得进行夸大和虚假宣传,坚决守牢安全底线。(龚言)\n\n"
        + "得进行夸大和虚假宣传,坚决守牢安全底线。(龚言)");

    assertThat(article.body()).isEqualTo("会议要求,引导消费者正确使用车辆,不得进行夸大和虚假宣传,坚决守牢安全底线。");
    assertThat(article.authorTag()).isEqualTo("龚言");
    assertThat(article.duplicatesRemoved()).isEqualTo(1);
  }

  @Test
  void dropsAPartialParagraphThatTheNextOneRepeatsInFull() {
    Article article = parseOne("上一页末尾露出了开头,内容\n\n上一页末尾露出了开头,内容在这一页完整出现。");

    assertThat(article.body()).isEqualTo("上一页末尾露出了开头,内容在这一页完整出现。");
    assertThat(article.duplicatesRemoved()).isEqualTo(1);
    assertThat(article.breaksRepaired()).isZero();
  }

  /**
   * The seed's order: a cut paragraph, its rest, and the rest repeated. Duplicates go first, then
   * the join, so the repeat neither survives nor gets glued on.
   */
  @Test
  void dropsTheRepeatOfAParagraphThatWasCutByABreak() {
    Article article = parseOne("他强调。希望大家打造原创技术策源地,加快产\n\n出标志性产品,形成引领性标准。\n\n出标志性产品,形成引领性标准。");

    assertThat(article.body()).isEqualTo("他强调。希望大家打造原创技术策源地,加快产出标志性产品,形成引领性标准。");
    assertThat(article.breaksRepaired()).isEqualTo(1);
    assertThat(article.duplicatesRemoved()).isEqualTo(1);
  }

  @Test
  void dropsARepeatThatOnlyTheJoinRevealed() {
    Article article = parseOne("活动为期半年。主办方表示,要解决农村用户的充电\n\n难题。去年下乡活动销量明显增长。\n\n去年下乡活动销量明显增长。");

    assertThat(article.body()).isEqualTo("活动为期半年。主办方表示,要解决农村用户的充电难题。去年下乡活动销量明显增长。");
    assertThat(article.duplicatesRemoved()).isEqualTo(1);
  }

  @Test
  void keepsShortRepeatedParagraphs() {
    Article article = parseOne("王毅参加会见。\n\n王毅参加会见。");

    assertThat(article.body()).isEqualTo("王毅参加会见。\n王毅参加会见。");
    assertThat(article.duplicatesRemoved()).isZero();
  }

  @Test
  void keepsATitleLineThatTheParagraphQuotes() {
    Article article = parseOne("他发表题为《共创中塔关系美好明天》的署名文章。全文如下：\n\n共创中塔关系美好明天\n\n"
        + "跨里海中欧班列实现常态化开行\n\n7月1日起,跨里海中欧班列实现常态化开行。");

    assertThat(article.body().lines()).hasSize(4);
    assertThat(article.duplicatesRemoved()).isZero();
  }

  @Test
  void removesAnAdBlockMarkedByMarkersAndShortLines() {
    Article article = parseOne("正文到此为止。(宗文)\n\n赛迪出版物  \n官方店  \n微订阅 更方便\n\n"
        + "扫码关注即可轻松订阅旗下报刊\n\n在这里  \n让我们一起  \n把握行业脉动\n\n扫码关注 微信号:example1984  \n微信公众号账号:某某报");

    assertThat(article.body()).isEqualTo("正文到此为止。");
    assertThat(article.authorTag()).isEqualTo("宗文");
    assertThat(article.boilerplateRemoved()).isEqualTo(9);
  }

  @Test
  void keepsProseThatMentionsAMarkerWord() {
    String prose = "数据显示,今年以来通过微信公众号订阅电子报的读者数量持续增长,付费订阅收入同比提高了百分之十二以上,其中县域读者占比超过三成。";

    Article article = parseOne(prose + "\n\n订阅");

    assertThat(article.body()).isEqualTo(prose);
    assertThat(article.boilerplateRemoved()).isEqualTo(1);
  }

  @Test
  void keepsShortLinesThatAreNotNextToAnAd() {
    Article article = parseOne("名单如下：\n\n张三\n\n李四");

    assertThat(article.body()).isEqualTo("名单如下：\n张三\n李四");
    assertThat(article.boilerplateRemoved()).isZero();
  }

  @Test
  void yieldsNoArticlesForAnIssueOfOnlyAds() {
    String ads = "扫码关注\n\n微信号:example\n\n## 欢迎订阅\n\n长按识别二维码\n在这里";

    assertThat(IssueParser.parse(ads, ParserSettings.defaults()).articles()).isEmpty();
  }

  @Test
  void readsTheAdMarkersFromTheSettings() {
    ParserSettings settings = new ParserSettings(null, List.of("本报热线"), 60, 12,
        ParserSettings.DEFAULT_CAPTION_PREFIXES, 80, 10, true);

    String keep = "扫码关注后可以参加本次活动的抽奖,中奖名单将在下周公布。";
    List<Article> articles = IssueParser.parse("## 标题\n\n正文写完了。\n\n本报热线:12345\n\n" + keep, settings).articles();

    assertThat(articles.get(0).body()).isEqualTo("正文写完了。\n" + keep);
    assertThat(articles.get(0).boilerplateRemoved()).isEqualTo(1);
  }

  @Test
  void movesCaptionsOutOfTheBody() {
    Article article = parseOne("正文第一段。\n\n图为华约展出的机器人正在搬运物品\n\n图片来源：某某网\n\n本报记者 张三 摄\n\n正文第二段。");

    assertThat(article.captions()).containsExactly("图为华约展出的机器人正在搬运物品", "图片来源：某某网", "本报记者张三摄");
    assertThat(article.body()).isEqualTo("正文第一段。\n正文第二段。");
  }

  @Test
  void keepsProseThatStartsLikeACaption() {
    String prose = "图片展由两家通讯社共同举办,生动呈现两国交往的历史。";

    assertThat(parseOne(prose).body()).isEqualTo(prose);
    assertThat(parseOne(prose).captions()).isEmpty();
  }
}
