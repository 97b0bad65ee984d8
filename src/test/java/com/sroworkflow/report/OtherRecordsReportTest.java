package com.sroworkflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.sroworkflow.Http;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.assignment.ProgramScenario;
import com.sroworkflow.narrative.NarrativeTestData;
import com.sroworkflow.system.EngineClock;
import com.sroworkflow.truancy.TruancyTestData;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.threeten.extra.YearQuarter;

/**
 * The quarterly report's "Other records": every capability's record counts (RecordFigures beans) for the
 * quarter, and the months' narratives listed as written and read, never their words.
 */
@IntegrationTest
class OtherRecordsReportTest {

  private static final String WORDS = "Confidential words for the sergeant only";

  @Autowired QuarterlyReports reports;
  @Autowired ProgramScenario scenario;
  @Autowired TruancyTestData truancy;
  @Autowired NarrativeTestData narratives;
  @Autowired TestRestTemplate rest;

  private YearMonth lastMonth;

  @BeforeEach
  void load() {
    EngineClock.reset();
    scenario.reset();
    truancy.reset();
    narratives.reset();
    lastMonth = YearMonth.from(scenario.calendar.today()).minusMonths(1);
    EngineClock.set(lastMonth.atDay(10).atTime(12, 0).atZone(scenario.calendar.zone()).toInstant());
    truancy.opened("LHS", "a");
    truancy.opened("LHS", "b");
    truancy.opened("WMS", "c");
    narratives.written("sally", lastMonth.toString(), WORDS);
    EngineClock.reset();
  }

  @AfterEach
  void cleanUp() {
    EngineClock.reset();
    truancy.reset();
    narratives.reset();
    scenario.reset();
  }

  private static Map<String, Long> map(java.util.List<QuarterlyReport.Count> counts) {
    Map<String, Long> m = new LinkedHashMap<>();
    counts.forEach(c -> m.put(c.label(), c.count()));
    return m;
  }

  @Test
  void sallysQuarterCountsEveryCapabilitysRecordsAtHerSchoolAndListsHerNarrative() {
    YearQuarter quarter = YearQuarter.from(lastMonth.atDay(1));
    QuarterlyReport r = reports.forOfficer("sally", quarter);
    assertThat(map(r.otherRecords())).as("every record of the SRO's year (issue 18) is counted").containsKeys(
        "Incidents reported", "Suspected child abuse or neglect reported", "Emergency plans reviewed", "Drills held",
        "Weekly meetings with the principal", "Conferences held", "Extra-curricular events worked",
        "Truancy cases opened", "Truancy home visits", "Truancy board hearings attended",
        "Formal interrogations of students", "SRO absences (leave, training, court days)",
        "Monthly narratives to the Detective Sergeant");
    assertThat(map(r.otherRecords())).containsEntry("Truancy cases opened", 2L)
        .containsEntry("Monthly narratives to the Detective Sergeant", 1L)
        .containsEntry("SRO absences (leave, training, court days)", 0L);
    assertThat(r.narratives()).singleElement().satisfies(n -> {
      assertThat(n.officer()).isEqualTo("Sally Sato");
      assertThat(n.month()).isEqualTo(lastMonth.toString());
      assertThat(n.read()).isEqualTo("not yet");
    });
    assertThat(map(reports.forSchool("WMS", quarter).otherRecords())).containsEntry("Truancy cases opened", 1L);

    String page = Http.as(rest, "sam").get("/reports/quarterly/officers/sally?quarter=" + quarter).getBody();
    assertThat(page).contains("Other records").contains("Truancy cases opened").contains(lastMonth.toString())
        .doesNotContain(WORDS);
    String csv = Http.as(rest, "sam").get("/reports/quarterly/officers/sally.csv?quarter=" + quarter).getBody();
    assertThat(csv).contains("Other records,Truancy cases opened,count,2").contains("Monthly narratives")
        .doesNotContain(WORDS);
    assertThat(ReportFiles.pdf(r)).isNotEmpty();
  }
}
