package com.sroworkflow.system;

import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The time records are stamped with: the process engine's clock, so a record and the history of the
 * step that wrote it agree, and retention counts both from the same moment.
 */
public final class EngineClock {

  private EngineClock() {}

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
