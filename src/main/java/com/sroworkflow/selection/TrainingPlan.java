package com.sroworkflow.selection;

import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.system.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training and certification an appointed SRO must complete (seed 003 B.6), each due within a
 * set period of the appointment and valid for a set period once done.
 */
@Service("trainingPlan")
@Transactional
public class TrainingPlan {

  private final TrainingRepository trainings;
  private final SelectionSettings settings;
  private final SchoolCalendar calendar;

  TrainingPlan(TrainingRepository trainings, SelectionSettings settings, SchoolCalendar calendar) {
    this.trainings = trainings;
    this.settings = settings;
    this.calendar = calendar;
  }

  public List<Long> plan(Application application) {
    LocalDate today = calendar.today();
    for (SelectionSettings.RequiredTraining required : settings.getRequiredTraining()) {
      trainings.save(new Training(application.getApplicantUsername(), application.getId(), required.getKind(),
          required.getTitle(), today.plus(required.getDueWithin())));
    }
    return open(application.getId());
  }

  /** The trainings of an application still to complete: the collection the model iterates over. */
  public List<Long> open(Long applicationId) {
    return trainings.findByApplicationIdOrderByIdAsc(applicationId).stream()
        .filter(t -> t.getStatus() == Training.Status.REQUIRED)
        .map(Training::getId)
        .toList();
  }

  public Training require(Long id) {
    return trainings.findById(id).orElseThrow(() -> new IllegalStateException("training " + id + " does not exist"));
  }

  public String title(Long id) {
    return require(id).getTitle();
  }

  /** The end of the due day: when the overdue escalation fires. */
  public Date dueDate(Long id) {
    return Date.from(require(id).getDueOn().plusDays(1).atStartOfDay(calendar.zone()).toInstant());
  }

  public String dueOn(Long id) {
    return require(id).getDueOn().toString();
  }

  public void complete(Long id, String completedOn, String provider, Number hours, String certificateNumber,
      String validUntil) {
    Training training = require(id);
    LocalDate completed = Vacancies.date("completedOn", completedOn);
    if (completed.isAfter(calendar.today())) {
      throw InvalidInputException.of("completedOn", "selection.completedOn.completion-date-future");
    }
    if (provider == null || provider.isBlank()) {
      throw InvalidInputException.of("provider", "selection.provider.who-provided-training-required");
    }
    LocalDate valid = validUntil == null || validUntil.isBlank() ? defaultValidity(training, completed)
        : Vacancies.date("validUntil", validUntil);
    if (valid != null && !valid.isAfter(completed)) {
      throw InvalidInputException.of("validUntil", "selection.validUntil.valid-until-after-completion");
    }
    training.complete(completed, provider.strip(), hours == null ? null : BigDecimal.valueOf(hours.doubleValue()),
        certificateNumber, valid);
  }

  private LocalDate defaultValidity(Training training, LocalDate completed) {
    return settings.getRequiredTraining().stream()
        .filter(r -> r.getKind().equals(training.getKind()) && r.getValidFor() != null)
        .map(SelectionSettings.RequiredTraining::getValidFor)
        .findFirst()
        .map(completed::plus)
        .orElse(null);
  }

  public void followUp(Long id, String note) {
    require(id).followedUp(note);
  }

  public List<Training> of(Long applicationId) {
    return trainings.findByApplicationIdOrderByIdAsc(applicationId);
  }

}
