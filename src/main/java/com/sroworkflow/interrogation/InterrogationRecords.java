package com.sroworkflow.interrogation;

import com.sroworkflow.audit.AuditEntry;
import com.sroworkflow.audit.CaseAuditSource;
import com.sroworkflow.figures.RecordCount;
import com.sroworkflow.figures.RecordFigures;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.system.RecordRetention;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the interrogation record gives the shared services: its audit entries (the checklist and the
 * interrogation, by whom and when), its retention (bpmn/student-interrogation.bpmn's history time to live from
 * the close) and its count for the monthly and quarterly reports (held and not held, nothing of the content).
 */
@Configuration
class InterrogationRecords {

  @Bean
  CaseAuditSource interrogationAudit(InterrogationRepository interrogations) {
    return processInstanceId -> {
      List<AuditEntry> entries = new ArrayList<>();
      interrogations.findByProcessInstanceId(processInstanceId).ifPresent(i -> {
        entries.add(new AuditEntry(i.getOpenedAt(), i.getSroUsername(), "Opened interrogation checklist",
            i.reference(), null));
        if (i.getCheckedAt() != null) {
          entries.add(new AuditEntry(i.getCheckedAt(), i.getSroUsername(), "Recorded checks before interrogation",
              i.reference(), i.getRightsAdvised().label() + (i.getRightsWaived() ? ", waived" : ", not waived")));
        }
        if (i.getEndedAt() != null) {
          entries.add(new AuditEntry(i.getEndedAt(), i.getSroUsername(), "Recorded interrogation", i.reference(),
              i.getOutcome().name()));
        }
      });
      return entries;
    };
  }

  @Bean
  RecordRetention interrogationRetention(InterrogationRepository interrogations) {
    return new RecordRetention() {
      @Override
      public String records() {
        return "closed interrogation records";
      }

      @Override
      public int removeExpired(Instant now) {
        return interrogations.deleteExpired(now);
      }
    };
  }

  @Bean
  RecordFigures interrogationFigures(InterrogationRepository interrogations, SchoolCalendar calendar) {
    return scope -> {
      List<Interrogation> found = interrogations.findByOpenedAtGreaterThanEqualAndOpenedAtLessThan(
          scope.from().atStartOfDay(calendar.zone()).toInstant(),
          scope.to().plusDays(1).atStartOfDay(calendar.zone()).toInstant()).stream()
          .filter(i -> scope.includesSchool(i.getSchoolCode()))
          .filter(i -> scope.officer() == null || scope.officer().equals(i.getSroUsername()))
          .toList();
      return List.of(
          new RecordCount("interrogation", "Formal interrogations of students",
              found.stream().filter(i -> i.getStartedAt() != null).count()),
          new RecordCount("interrogation.not-held", "Formal interrogations not held (rights not waived)",
              found.stream().filter(i -> i.getOutcome() == Interrogation.Outcome.NOT_HELD).count()));
    };
  }
}
