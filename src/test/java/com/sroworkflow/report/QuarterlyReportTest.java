package com.sroworkflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.sroworkflow.IntegrationTest;
import com.sroworkflow.assignment.ProgramScenario;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The quarterly report's figures against a known quarter worked out by hand (see {@link ReportTestData}). */
@IntegrationTest
class QuarterlyReportTest {

  @Autowired ReportTestData data;
  @Autowired QuarterlyReports reports;
  @Autowired ProgramScenario scenario;

  @BeforeEach
  void load() {
    data.load();
  }

  @AfterEach
  void cleanUp() {
    data.remove();
    scenario.reset();
  }

  private static Map<String, Long> map(List<QuarterlyReport.Count> counts) {
    Map<String, Long> m = new LinkedHashMap<>();
    counts.forEach(c -> m.put(c.label(), c.count()));
    return m;
  }

  private static Map<String, Long> nonZero(List<QuarterlyReport.Count> counts) {
    Map<String, Long> m = map(counts);
    m.values().removeIf(v -> v == 0);
    return m;
  }

  @Test
  void sallysQuarterCountsHerSchoolsWhileSheServedThemAndHerOwnReferrals() {
    QuarterlyReport r = reports.forOfficer("sally", ReportTestData.QUARTER);
    assertThat(r.servedBy()).containsExactly("Lincoln High School", "Washington Middle School (cover)");
    // LHS all quarter (3 cases) and WMS while she covered it, 15 Feb to 10 Mar (1 case)
    assertThat(r.threatCases()).isEqualTo(4);
    assertThat(nonZero(r.threatsByLevel())).containsExactly(Map.entry("Medium", 2L), Map.entry("High", 1L),
        Map.entry("Not yet classified", 1L));
    assertThat(nonZero(r.threatsByOutcome())).containsExactly(Map.entry("Open", 2L),
        Map.entry("Dismissed at screening", 1L), Map.entry("Concern resolved", 1L));
    assertThat(r.referrals()).isEqualTo(3);
    assertThat(nonZero(r.referralsByAgencyType())).containsExactly(Map.entry("Mental health", 1L),
        Map.entry("Substance use", 1L), Map.entry("Agency not yet chosen", 1L));
    assertThat(nonZero(r.referralsByStatus())).containsExactly(Map.entry("Open", 2L),
        Map.entry("Linked to services", 1L));
    assertThat(r.acknowledgement()).isEqualTo(new QuarterlyReport.Acknowledgement(2, 1, 15.0, 26.0));
    assertThat(r.activities()).containsExactly(
        new QuarterlyReport.ActivityCount("Classes taught", 2, 2.5, 55),
        new QuarterlyReport.ActivityCount("Events attended", 1, 2.0, 100),
        new QuarterlyReport.ActivityCount("Meetings with the principal", 1, 1.0, 2),
        new QuarterlyReport.ActivityCount("Calls for service", 0, 0.0, 0));
    assertThat(r.training()).extracting(QuarterlyReport.TrainingRow::status).containsExactly("Valid", "Valid");
    assertThat(r.training()).extracting(QuarterlyReport.TrainingRow::detail)
        .containsExactly("valid until 2026-06-01", "valid until 2026-06-01");
  }

  @Test
  void stevesQuarterStopsWhileSallyCoveredAndShowsHisLapsedTraining() {
    QuarterlyReport r = reports.forOfficer("steve", ReportTestData.QUARTER);
    assertThat(r.threatCases()).as("WMS 1 Jan to 14 Feb and from 11 Mar").isEqualTo(2);
    assertThat(nonZero(r.threatsByLevel())).containsExactly(Map.entry("Low", 1L), Map.entry("High", 1L));
    assertThat(r.referrals()).isEqualTo(1);
    assertThat(r.acknowledgement()).isEqualTo(new QuarterlyReport.Acknowledgement(1, 0, 2.0, 2.0));
    assertThat(nonZero(r.referralsByStatus())).containsExactly(Map.entry("Family declined", 1L));
    assertThat(r.training()).extracting(QuarterlyReport.TrainingRow::status).containsExactly("Lapsed", "Lapsed");
    assertThat(r.training().get(0).detail()).isEqualTo("expired on 2025-03-01");
  }

  @Test
  void aSchoolsQuarterCountsEverythingOfTheSchool() {
    QuarterlyReport lhs = reports.forSchool("LHS", ReportTestData.QUARTER);
    assertThat(lhs.threatCases()).isEqualTo(3);
    assertThat(map(lhs.threatsByLevel())).containsExactly(Map.entry("Low", 0L), Map.entry("Medium", 1L),
        Map.entry("High", 1L), Map.entry("Not yet classified", 1L));
    assertThat(lhs.referrals()).isEqualTo(3);
    assertThat(lhs.activities()).extracting(QuarterlyReport.ActivityCount::count).containsExactly(2L, 0L, 1L, 0L);
    assertThat(lhs.servedBy()).containsExactly("Sally Sato");

    QuarterlyReport wms = reports.forSchool("WMS", ReportTestData.QUARTER);
    assertThat(wms.threatCases()).isEqualTo(3);
    assertThat(nonZero(wms.threatsByOutcome())).containsExactly(Map.entry("Open", 2L),
        Map.entry("Transient, resolved", 1L));
    assertThat(nonZero(wms.referralsByAgencyType())).containsExactly(Map.entry("Family services", 1L));
    assertThat(wms.activities()).extracting(QuarterlyReport.ActivityCount::count).containsExactly(0L, 1L, 0L, 1L);
    assertThat(wms.servedBy()).containsExactly("Sally Sato", "Steve Stark");
    assertThat(wms.training()).hasSize(4);
  }

  @Test
  void theNextQuarterHasOnlyItsOwnFigures() {
    QuarterlyReport r = reports.forOfficer("sally", ReportTestData.QUARTER.plusQuarters(1));
    assertThat(r.threatCases()).isEqualTo(1);
    assertThat(r.referrals()).isEqualTo(1);
    assertThat(r.activities().get(0).count()).isEqualTo(1);
  }
}
