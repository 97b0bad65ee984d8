package com.sroworkflow.tip;

import static org.assertj.core.api.Assertions.assertThat;

import com.sroworkflow.IntegrationTest;
import com.sroworkflow.school.SchoolCalendar;
import java.time.Instant;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A tip is removed with its threat case: when the case's retention period has passed, not before. */
@IntegrationTest
class TipRetentionTest {

  @Autowired Tips service;
  @Autowired TipRepository tips;
  @Autowired TipRetention retention;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired SchoolCalendar calendar;
  @Autowired TipCases cases;

  @BeforeEach
  void prepare() {
    cases.prepare();
  }


  private Tip tip(String what) {
    return service.submit(new NewTip("WMS", what, calendar.today().toString(), null, null, null, null, null, null));
  }

  @Test
  void aTipGoesWhenItsEndedCaseIsPastItsRetentionPeriodAndARunningCaseKeepsItsTip() {
    Tip ended = tip("Wrote a hit list in his notebook.");
    Tip running = tip("Said she would bring a bat to the bus stop.");
    runtime.deleteProcessInstance(ended.getProcessInstanceId(), "test: the case has ended");
    Instant removal = history.createHistoricProcessInstanceQuery().processInstanceId(ended.getProcessInstanceId())
        .singleResult().getRemovalTime().toInstant();
    assertThat(removal).as("counted from the end of the case").isAfter(Instant.now().plusSeconds(86_400L * 365 * 6));

    retention.removeExpired(removal.minusSeconds(1));
    assertThat(tips.findById(ended.getId())).isPresent();

    retention.removeExpired(removal.plusSeconds(1));
    assertThat(tips.findById(ended.getId())).isEmpty();
    assertThat(tips.findById(running.getId())).as("its case is still open").isPresent();
  }
}
