package org.paperscope.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperscope.demo.DemoCorpus;

/** The demo command without the generator on the classpath, as in the shaded jar. */
class DemoCommandTest {
  private static final String GENERATOR_PACKAGE = DemoCorpus.class.getPackageName() + ".";

  @Test
  void namesTheGeneratorClassItCalls() {
    assertThat(DemoCommand.GENERATOR).isEqualTo(DemoCorpus.class.getName());
  }

  /**
   * picocli reads every method and field of a command class when it builds the command line, for
   * any command: one generator class in a signature there (a lambda's parameter included) is a
   * NoClassDefFoundError for {@code run} under spark-submit.
   */
  @Test
  void mentionsNoGeneratorClassInItsSignatures() {
    List<String> types = new ArrayList<>();
    for (Method method : DemoCommand.class.getDeclaredMethods()) {
      types.add(method.getReturnType().getName());
      for (Class<?> parameter : method.getParameterTypes()) {
        types.add(parameter.getName());
      }
    }
    for (Field field : DemoCommand.class.getDeclaredFields()) {
      types.add(field.getType().getName());
    }
    assertThat(types).isNotEmpty().noneMatch(type -> type.startsWith(GENERATOR_PACKAGE));
  }
}
