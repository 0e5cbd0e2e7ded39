package org.paperscope.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.paperscope.demo.Milestones.Milestone;

/**
 * Prints one transcript of the fictional 《演示新闻》 in the 新闻联播 layout: a title line, a
 * {@code ## 新闻摘要} table of contents (not an article), {@code [查看原文](…)} links, and
 * {@code ## 详细新闻} with one {@code ### } story each, led by **演示台消息**（演示新闻）： or, on some
 * stories, the real marker **央视网消息**（新闻联播）：. Some issues carry a 快讯 story made of bold
 * sub-items.
 */
final class BroadcastWriter {

  static final String PROGRAMME = "演示新闻";
  private static final String OWN_LEAD = "**演示台消息**（演示新闻）：";
  private static final String REAL_LEAD = "**央视网消息**（新闻联播）：";
  private static final double REAL_LEAD_CHANCE = 0.3;
  private static final double BRIEFS_CHANCE = 0.5;
  private static final double NBSP_CHANCE = 0.2;
  private static final String LINK_ROOT = "https://example.org/demo-broadcast/";

  private final StoryComposer composer = new StoryComposer(StoryComposer.BROADCAST);

  /** The transcript text (LF line ends) for {@code date}; milestones due lead the programme. */
  String write(LocalDate date, List<Milestone> due, SplittableRandom random) {
    String compact = String.format("%04d%02d%02d",
        date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    String linkBase = LINK_ROOT + String.format("%04d/%02d/%02d/",
        date.getYear(), date.getMonthValue(), date.getDayOfMonth());
    int count = 6 + random.nextInt(5);
    boolean briefs = random.nextDouble() < BRIEFS_CHANCE;
    List<Story> stories = new ArrayList<>();
    List<String> themes = new ArrayList<>();
    for (int i = 0; i < count - (briefs ? 1 : 0); i++) {
      Story story = i < due.size()
          ? composer.milestone(due.get(i), date, random)
          : composer.compose(date, random, themes);
      themes.add(story.themeId());
      stories.add(story);
    }
    List<Story> briefItems = new ArrayList<>();
    if (briefs) {
      int items = 3 + random.nextInt(3);
      for (int i = 0; i < items; i++) {
        briefItems.add(composer.compose(date, random, List.of()));
      }
    }
    // 2025 transcripts separate summary lines by one blank line, older ones by two.
    String gap = date.getYear() >= 2025 ? "\n\n" : "\n\n\n";

    StringBuilder out = new StringBuilder();
    out.append("# 《").append(PROGRAMME).append("》（").append(compact).append("）\n\n");
    out.append("## 新闻摘要\n\n本期节目主要内容：").append(gap);
    int number = 1;
    int total = stories.size() + (briefs ? 1 : 0);
    for (Story story : stories) {
      out.append(number).append('.').append(story.fullHeadline())
          .append(number == total ? "。" : "；").append(gap);
      number++;
    }
    if (briefs) {
      out.append(number).append(".产业快讯：").append(gap);
      for (int i = 0; i < briefItems.size(); i++) {
        boolean last = i == briefItems.size() - 1;
        out.append("（").append(i + 1).append("）").append(briefItems.get(i).headline())
            .append(last ? "。" : "；").append(last ? "\n" : gap);
      }
    } else {
      out.setLength(out.length() - gap.length());
      out.append('\n');
    }
    out.append("（《").append(PROGRAMME).append("》 ").append(compact).append(" 19:00）\n\n");
    out.append("[查看原文](").append(linkBase).append("index.shtml)\n\n");
    out.append("## 详细新闻\n\n");
    int storyNumber = 1;
    for (Story story : stories) {
      out.append("### ").append(story.fullHeadline()).append("\n\n");
      out.append(lead(random)).append(String.join("\n\n", story.paragraphs())).append("\n\n\n");
      out.append(link(linkBase, storyNumber++)).append("\n\n");
    }
    if (briefs) {
      out.append("### 产业快讯\n\n").append(lead(random)).append("\n\n");
      for (Story item : briefItems) {
        out.append("**").append(item.headline())
            .append(random.nextDouble() < NBSP_CHANCE ? "&#xA0;" : "").append("**\n\n");
        out.append(item.paragraphs().get(0)).append("\n\n");
      }
      out.append("\n").append(link(linkBase, storyNumber)).append("\n\n");
    }
    LocalDate updated = date.plusDays(1);
    out.append("\n----\n\n更新时间：").append(updated).append(String.format("T%02d:%02d:%02d.%03dZ",
        random.nextInt(12), random.nextInt(60), random.nextInt(60), random.nextInt(1000)))
        .append('\n');
    return out.toString();
  }

  private static String lead(SplittableRandom random) {
    return random.nextDouble() < REAL_LEAD_CHANCE ? REAL_LEAD : OWN_LEAD;
  }

  private static String link(String base, int story) {
    return String.format("[查看原文](%sstory-%02d.shtml)", base, story);
  }
}
