package com.sroworkflow.threat;

import static com.sroworkflow.threat.ThreatTestData.lhsReport;
import static org.assertj.core.api.Assertions.assertThat;

import com.sroworkflow.IntegrationTest;
import com.sroworkflow.school.SchoolCalendar;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A closed case and everything recorded on it are removed once its retention period has passed. */
@IntegrationTest
class ThreatRetentionTest {

  @Autowired ThreatScenario scenario;
  @Autowired ThreatRetention retention;
  @Autowired ThreatCaseRepository cases;
  @Autowired ThreatScreeningRepository screenings;
  @Autowired SchoolCalendar calendar;

  @BeforeEach
  void fixTheClock() {
    ClockUtil.setCurrentTime(ThreatTestData.wednesdayMorning(calendar.zone()));
  }

  @AfterEach
  void resetTheClock() {
    scenario.removeStartedCases();
    ClockUtil.reset();
  }

  @Test
  void aClosedCaseIsRemovedWithItsRecordsWhenItsRetentionPeriodHasPassed() {
    ProcessInstance pi = scenario.report("maria", lhsReport());
    scenario.complete("paula", pi, "ScreenReport", Map.of("screeningDecision", "NOT_A_THREAT",
        "screeningReason", "A song lyric.", "screenedWith", ThreatTestData.list("maria")));
    ThreatCase closed = cases.findByProcessInstanceId(pi.getId()).orElseThrow();

    retention.removeExpired(closed.getRemoveAfter().minusSeconds(1));
    assertThat(cases.findById(closed.getId())).isPresent();

    retention.removeExpired(closed.getRemoveAfter().plusSeconds(1));
    assertThat(cases.findById(closed.getId())).isEmpty();
    assertThat(screenings.findByThreatCaseId(closed.getId())).isEmpty();
  }
}
