package org.paperscope.common.issue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParserSettingsTest {
  @Test
  void defaultsDetectTheLayoutAndKnowTheSeedsAdMarkers() {
    ParserSettings defaults = ParserSettings.defaults();

    assertThat(defaults.layoutOverride()).isNull();
    assertThat(defaults.boilerplateMarkers()).contains("扫码关注", "微信号", "微信公众号", "订阅", "官方店", "微订阅");
    assertThat(defaults.captionPrefixes()).contains("图为");
    assertThat(defaults.stitchFragments()).isTrue();
  }

  @Test
  void survivesJavaSerializationForShippingToExecutors() throws IOException, ClassNotFoundException {
    ParserSettings settings = ParserSettings.defaults().withLayout(Layout.BROADCAST);

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(settings);
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertThat(in.readObject()).isEqualTo(settings);
    }
  }

  @Test
  void rejectsALimitThatIsNotPositiveNamingTheKey() {
    assertThatThrownBy(() -> new ParserSettings(null, List.of("订阅"), 60, 0, List.of("图为"), 80, 10, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parser.short-line-max-chars must be a positive number of characters, got 0");
  }

  @Test
  void rejectsAnEmptyMarker() {
    assertThatThrownBy(() -> new ParserSettings(null, List.of("订阅", " "), 60, 12, List.of("图为"), 80, 10, true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("parser.boilerplate-markers contains an empty marker: [订阅,  ]");
  }
}
