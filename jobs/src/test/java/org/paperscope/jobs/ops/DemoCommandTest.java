package org.paperscope.jobs.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.paperscope.demo.DemoCorpus;

/** The demo command finds its generator by name, since the shaded jar leaves the module out. */
class DemoCommandTest {
  @Test
  void namesTheGeneratorClassItCalls() {
    assertThat(DemoCommand.GENERATOR).isEqualTo(DemoCorpus.class.getName());
  }
}
