package com.sroworkflow.selection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SelectionDeadlinesTest {

  private final SelectionDeadlines deadlines = new SelectionDeadlines();

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aStepIsDueWhenItsFirstReminderComes() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-18T09:00:00Z")));
    assertThat(deadlines.dueWithin("R3/P5D").toInstant()).isEqualTo(Instant.parse("2026-11-23T09:00:00Z"));
    assertThat(deadlines.dueWithin("R2/PT36H").toInstant()).isEqualTo(Instant.parse("2026-11-19T21:00:00Z"));
    assertThat(deadlines.dueWithin("R/P1DT2H").toInstant()).isEqualTo(Instant.parse("2026-11-19T11:00:00Z"));
    assertThat(deadlines.dueWithin("R3/2026-11-20T00:00:00Z/P3D").toInstant())
        .isEqualTo(Instant.parse("2026-11-21T09:00:00Z"));
  }
}
