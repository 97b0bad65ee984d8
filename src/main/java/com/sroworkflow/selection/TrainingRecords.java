package com.sroworkflow.selection;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Selection's training records as other capabilities read and add to them: the training package
 * checks an officer's training against them and schedules refreshers in them; no other package
 * reads the table.
 */
@Service
@Transactional
public class TrainingRecords {

  private final TrainingRepository trainings;

  TrainingRecords(TrainingRepository trainings) {
    this.trainings = trainings;
  }

  /** The officer's training and certification records, oldest first. */
  @Transactional(readOnly = true)
  public List<Training> of(String officer) {
    return trainings.findByOfficerUsernameOrderByIdAsc(officer);
  }

  /** A training the officer is to complete by the day given (a refresher); its id. */
  public Long schedule(String officer, String kind, String title, LocalDate dueOn) {
    return trainings.save(new Training(officer, null, kind, title, dueOn)).getId();
  }

  /** A training the officer completed on the day given (the demo SROs' record). */
  public void completed(String officer, String kind, String title, LocalDate completedOn, String provider,
      BigDecimal hours, String certificateNumber, LocalDate validUntil) {
    Training training = new Training(officer, null, kind, title, completedOn);
    training.complete(completedOn, provider, hours, certificateNumber, validUntil);
    trainings.save(training);
  }
}
