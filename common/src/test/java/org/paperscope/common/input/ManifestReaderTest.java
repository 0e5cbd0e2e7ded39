package org.paperscope.common.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.paperscope.common.config.ConfigException;

class ManifestReaderTest {
  @Test
  void readsRowsWithOptionalColumns() {
    Map<String, ManifestEntry> entries = ManifestReader.parse(
        "path,date,publication,edition\r\nscans/a.txt,2025-06-20,中国电子报,A\n\"scans/b, c.txt\",2025-06-21,,\n",
        "manifest.csv");
    assertThat(entries).containsEntry("scans/a.txt",
        new ManifestEntry("scans/a.txt", LocalDate.of(2025, 6, 20), "中国电子报", "A"));
    assertThat(entries.get("scans/b, c.txt").publication()).isNull();
  }

  @Test
  void namesTheLineOfABadDate() {
    assertThatThrownBy(() -> ManifestReader.parse("path,date\na.txt,2025-06-20\nb.txt,20/06/2025\n", "m.csv"))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Cannot read manifest m.csv line 3: date '20/06/2025' is not yyyy-MM-dd");
  }
}
