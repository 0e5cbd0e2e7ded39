package org.paperscope.common.issue;

/** Image captions: {@code 图为…}, {@code 图片来源：…}, and photo credits ending in 摄. */
final class Captions {
  private static final int CREDIT_NAME_WINDOW = 8;

  private Captions() {}

  static boolean isCaption(String text, ParserSettings settings) {
    if (text.codePointCount(0, text.length()) > settings.captionMaxChars()) {
      return false;
    }
    for (String prefix : settings.captionPrefixes()) {
      if (text.startsWith(prefix)) {
        return true;
      }
    }
    return isPhotoCredit(text);
  }

  /** 本报记者 张三 摄 / （新华社记者 李四摄）: ends with 摄 after a name. */
  private static boolean isPhotoCredit(String text) {
    String t = text.strip();
    if (t.endsWith(")") || t.endsWith("）")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    if (!t.endsWith("摄")) {
      return false;
    }
    String tail = t.substring(Math.max(0, t.length() - CREDIT_NAME_WINDOW));
    return t.contains("记者") || tail.indexOf(' ') >= 0 || tail.indexOf('\u3000') >= 0;
  }
}
