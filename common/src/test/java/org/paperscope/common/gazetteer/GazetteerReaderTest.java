package org.paperscope.common.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class GazetteerReaderTest {
  private static final String HEADER =
      "ministry_id\tcanonical_name\taliases\tkind\tvalid_from\tvalid_to\tsuccessor_id\tparent_id\tnotes\n";

  static MinistryGazetteer projectGazetteer() {
    String dir = System.getProperty("paperscope.project.dir", "..");
    return GazetteerReader.read(Path.of(dir, "conf", "gazetteer", "ministries.tsv"));
  }

  @Test
  void readsTheProjectGazetteerWithItsAliases() {
    MinistryGazetteer gazetteer = projectGazetteer();

    assertThat(gazetteer.ministries()).hasSizeGreaterThan(100);
    assertThat(gazetteer.resolve("工信部", null)).get().extracting(Ministry::id).isEqualTo("miit");
    assertThat(gazetteer.resolve("发改委", null)).get().extracting(Ministry::id).isEqualTo("ndrc");
    assertThat(gazetteer.resolve("国务院国资委", null)).get().extracting(Ministry::id)
        .isEqualTo("sasac");
    assertThat(gazetteer.resolve("市场监管总局", null)).get().extracting(Ministry::id)
        .isEqualTo("samr");
    assertThat(gazetteer.resolve("中央纪委国家监委", null)).get().extracting(Ministry::kind)
        .isEqualTo("party_npc_cppcc");
    assertThat(gazetteer.names()).contains("国家消防救援局", "国家数据局", "人社部", "科技部");
  }

  @Test
  void followsSuccessorsToTheCurrentBody() {
    MinistryGazetteer gazetteer = projectGazetteer();

    assertThat(gazetteer.byId("moa").lineageId()).isEqualTo("moara");
    assertThat(gazetteer.byId("cpad").lineageId()).isEqualTo("moara");
    assertThat(gazetteer.byId("cbrc").lineageId()).isEqualTo("nfra");
    assertThat(gazetteer.byId("sarft").lineageId()).isEqualTo("nrta");
    assertThat(gazetteer.byId("mos").lineageId()).isEqualTo("ccdi_nsc");
    assertThat(gazetteer.byId("miit").lineageId()).isEqualTo("miit");
  }

  @Test
  void sharedAliasResolvesByIssueDate() {
    MinistryGazetteer gazetteer = projectGazetteer();

    assertThat(gazetteer.resolve("广电总局", LocalDate.of(2010, 5, 1))).get()
        .extracting(Ministry::id).isEqualTo("sarft");
    assertThat(gazetteer.resolve("广电总局", LocalDate.of(2024, 5, 1))).get()
        .extracting(Ministry::id).isEqualTo("nrta");
    // between the two bodies: the one that ended most recently
    assertThat(gazetteer.resolve("广电总局", LocalDate.of(2015, 5, 1))).get()
        .extracting(Ministry::id).isEqualTo("sarft");
  }

  @Test
  void predecessorMentionedAfterItsAbolitionKeepsItsOwnId() {
    MinistryGazetteer gazetteer = projectGazetteer();

    Ministry cbirc = gazetteer.resolve("银保监会", LocalDate.of(2024, 3, 1)).orElseThrow();
    assertThat(cbirc.id()).isEqualTo("cbirc");
    assertThat(cbirc.lineageId()).isEqualTo("nfra");
    assertThat(cbirc.validOn(LocalDate.of(2024, 3, 1))).isFalse();
  }

  @Test
  void unknownNameResolvesToNothing() {
    assertThat(projectGazetteer().resolve("财政部门", null)).isEmpty();
  }

  @Test
  void rejectsALineWithTheWrongNumberOfColumns() {
    String text = "# comment\n" + HEADER + "mof\t财政部\t\tstate_council_department\n";
    assertThatThrownBy(() -> GazetteerReader.parse(text))
        .hasMessage("Cannot read gazetteer line 3: expected 9 columns, got 4");
  }

  @Test
  void rejectsABadId() {
    String text = HEADER + "MOF\t财政部\t\tstate_council_department\t\t\t\t\t\n";
    assertThatThrownBy(() -> GazetteerReader.parse(text))
        .hasMessage("Cannot read gazetteer line 2: ministry_id 'MOF' must match [a-z][a-z0-9_]*");
  }

  @Test
  void rejectsAnUnknownKind() {
    String text = HEADER + "mof\t财政部\t\tministry\t\t\t\t\t\n";
    assertThatThrownBy(() -> GazetteerReader.parse(text))
        .hasMessageStartingWith("Cannot read gazetteer line 2: kind 'ministry' of mof is not one of");
  }

  @Test
  void rejectsABadDate() {
    String text = HEADER + "mof\t财政部\t\tstate_council_department\t2018-13-01\t\t\t\t\n";
    assertThatThrownBy(() -> GazetteerReader.parse(text))
        .hasMessage("Cannot read gazetteer line 2: valid_from '2018-13-01' is not a yyyy-MM-dd date");
  }

  @Test
  void rejectsAMissingSuccessor() {
    String text = HEADER + "moa\t农业部\t\tstate_council_department\t\t2018-04-03\tmoara\t\t\n";
    assertThatThrownBy(() -> GazetteerReader.parse(text))
        .hasMessage("Gazetteer body moa names successor_id 'moara', which is not in the gazetteer");
  }

  @Test
  void rejectsAnAliasClaimedTwiceWithOverlappingValidity() {
    String text = HEADER
        + "a\t甲部\t甲\tstate_council_department\t\t2020-01-01\t\t\t\n"
        + "b\t乙部\t甲\tstate_council_department\t2019-06-01\t\t\t\t\n";
    assertThatThrownBy(() -> GazetteerReader.parse(text))
        .hasMessage("Gazetteer name '甲' is claimed by a and b with overlapping validity"
            + " ([, 2020-01-01) and [2019-06-01, ))");
  }

  @Test
  void acceptsAnAliasSharedByBodiesOneAfterTheOther() {
    String text = HEADER
        + "a\t甲部\t甲\tstate_council_department\t\t2020-01-01\tb\t\t\n"
        + "b\t乙部\t甲\tstate_council_department\t2020-01-01\t\t\t\t\n";
    MinistryGazetteer gazetteer = GazetteerReader.parse(text);

    assertThat(gazetteer.resolve("甲", LocalDate.of(2019, 12, 31))).get()
        .extracting(Ministry::id).isEqualTo("a");
    assertThat(gazetteer.resolve("甲", LocalDate.of(2020, 1, 1))).get()
        .extracting(Ministry::id).isEqualTo("b");
  }

  @Test
  void rejectsASuccessorLoop() {
    String text = HEADER
        + "a\t甲部\t\tstate_council_department\t\t\tb\t\t\n"
        + "b\t乙部\t\tstate_council_department\t\t\ta\t\t\n";
    assertThatThrownBy(() -> GazetteerReader.parse(text))
        .hasMessage("Gazetteer successor chain of a loops: a -> b -> a");
  }

  @Test
  void rejectsAFileWithoutHeader() {
    assertThatThrownBy(() -> GazetteerReader.parse("# only comments\n"))
        .hasMessageStartingWith("Cannot read gazetteer: no header line");
  }
}
