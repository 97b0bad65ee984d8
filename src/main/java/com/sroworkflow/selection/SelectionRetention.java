package com.sroworkflow.selection;

import com.sroworkflow.system.RecordRetention;
import java.time.Instant;
import java.time.ZoneOffset;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Selection records are personnel records, kept {@code sro.selection.records-kept-for} (ten years)
 * after the application closes, the same as the models' history. Then the eligibility findings, the
 * recommendation, the board and its scores go; the application itself goes too, unless it led to an
 * appointment, which keeps referring to it: then only its personal details (statement, notes,
 * certification number) are erased. A vacancy goes once none of its applications is left.
 */
@Component
class SelectionRetention implements RecordRetention {

  private final ApplicationRepository applications;
  private final EligibilityFindingRepository findings;
  private final RecommendationRepository recommendations;
  private final InterviewBoardRepository boards;
  private final BoardScoreRepository scores;
  private final AppointmentRepository appointments;
  private final VacancyRepository vacancies;
  private final SelectionSettings settings;

  SelectionRetention(ApplicationRepository applications, EligibilityFindingRepository findings,
      RecommendationRepository recommendations, InterviewBoardRepository boards, BoardScoreRepository scores,
      AppointmentRepository appointments, VacancyRepository vacancies, SelectionSettings settings) {
    this.applications = applications;
    this.findings = findings;
    this.recommendations = recommendations;
    this.boards = boards;
    this.scores = scores;
    this.appointments = appointments;
    this.vacancies = vacancies;
    this.settings = settings;
  }

  @Override
  public String records() {
    return "SRO selection records";
  }

  @Override
  @Transactional
  public int removeExpired(Instant now) {
    Instant cutoff = now.atOffset(ZoneOffset.UTC).minus(settings.getRecordsKeptFor()).toInstant();
    int removed = 0;
    for (Application application : applications.findByClosedAtBefore(cutoff)) {
      Long id = application.getId();
      findings.deleteByApplicationId(id);
      recommendations.deleteByApplicationId(id);
      scores.deleteByApplicationId(id);
      boards.deleteByApplicationId(id);
      if (appointments.findByApplicationId(id).isPresent()) {
        if (application.hasPersonalDetails()) {
          application.forgetPersonalDetails();
          removed++;
        }
      } else {
        applications.delete(application);
        removed++;
      }
    }
    applications.flush();
    for (Vacancy vacancy : vacancies.findByClosedAtBefore(cutoff)) {
      if (applications.findByVacancyIdOrderByIdAsc(vacancy.getId()).isEmpty()) {
        vacancies.delete(vacancy);
        removed++;
      }
    }
    return removed;
  }
}
