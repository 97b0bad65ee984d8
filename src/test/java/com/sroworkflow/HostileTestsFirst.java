package com.sroworkflow;

import java.util.Comparator;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;

/**
 * The order of test classes (src/test/resources/junit-platform.properties): as found, except that the hostile
 * tests ({@code *HostileTest}) run first. They read every row of every table around each of their probes
 * (security/Hostile), and the application's tests share one database that fills as the run goes on: read last,
 * the tables held the cases of every test before and the hostile tests took minutes; read first, seconds.
 * Hand-written so that every hostile test, a new one too, comes first by its name, with no @Order to remember.
 */
public class HostileTestsFirst implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    // a stable sort: the other classes keep their order
    context.getClassDescriptors().sort(Comparator.comparingInt(descriptor -> rank(descriptor.getTestClass())));
  }

  /**
   * The hostile tests first, with HostileStateTest, the test of their reading of every table (some 30 readings:
   * 95 s of a loaded run behind the other classes).
   */
  private static int rank(Class<?> test) {
    String name = test.getSimpleName();
    return name.endsWith("HostileTest") || name.equals("HostileStateTest") ? 0 : 1;
  }
}
