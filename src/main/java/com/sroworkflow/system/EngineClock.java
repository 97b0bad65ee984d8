package com.sroworkflow.system;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;

/**
 * The one source of "now" (bean {@code clock}): the process engine's clock (Camunda reads time only from its
 * internal ClockUtil, which {@link EnginePlugin} wraps), so a record, the history
 * of the step that wrote it, its timers and its deadlines agree, and a test sets the time in one
 * place ({@link #set}) for the engine and the application alike. Beans take it as a
 * {@link java.time.Clock} (the school calendar, and through it every deadline); entities, which JPA
 * builds outside Spring, and static helpers read the same time with {@link #now()}.
 */
@Component("clock")
public class EngineClock extends Clock {

  private final ZoneId zone;

  public EngineClock() {
    this(ZoneOffset.UTC);
  }

  private EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  public static Instant now() {
    return EnginePlugin.engineTime();
  }

  /** Stops the clock at the given moment, for the engine too (tests and the benchmark). */
  public static void set(Instant at) {
    EnginePlugin.setEngineTime(at);
  }

  /** Lets the clock run with the system's time again. */
  public static void reset() {
    EnginePlugin.resetEngineTime();
  }

  @Override
  public Instant instant() {
    return now();
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new EngineClock(zone);
  }
}
