package com.sroworkflow.training;

import com.sroworkflow.selection.SelectionSettings;
import com.sroworkflow.selection.Training;
import com.sroworkflow.selection.TrainingRecords;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Whether an officer holds the training and certification every SRO must hold
 * ({@code sro.selection.required-training}), read from the selection's training records: the
 * initial course of a new SRO counts while it is not yet due; otherwise only a completed, unexpired
 * record counts.
 */
@Service
public class TrainingCheck {

  private final TrainingRecords trainings;
  private final SelectionSettings settings;

  TrainingCheck(TrainingRecords trainings, SelectionSettings settings) {
    this.trainings = trainings;
    this.settings = settings;
  }

  public List<TrainingStatus> statusOn(String officer, LocalDate day) {
    List<Training> records = trainings.of(officer);
    return settings.getRequiredTraining().stream().map(required -> {
      List<Training> ofKind = records.stream().filter(t -> t.getKind().equals(required.getKind())).toList();
      Optional<Training> valid = ofKind.stream().filter(t -> t.isValidOn(day))
          .max(Comparator.comparing(t -> t.getValidUntil() == null ? LocalDate.MAX : t.getValidUntil()));
      if (valid.isPresent()) {
        LocalDate until = valid.get().getValidUntil();
        return new TrainingStatus(required.getKind(), required.getTitle(), TrainingStatus.State.VALID, until, null,
            until == null ? "valid" : "valid until " + until);
      }
      Optional<Training> initial = ofKind.stream()
          .filter(t -> t.getStatus() == Training.Status.REQUIRED && t.getApplicationId() != null
              && !t.getDueOn().isBefore(day))
          .findFirst();
      if (initial.isPresent()) {
        return new TrainingStatus(required.getKind(), required.getTitle(), TrainingStatus.State.IN_TRAINING, null,
            initial.get().getDueOn(), "initial training due by " + initial.get().getDueOn());
      }
      Optional<LocalDate> expired = ofKind.stream().filter(t -> t.getStatus() == Training.Status.COMPLETED)
          .map(Training::getValidUntil).filter(d -> d != null).max(Comparator.naturalOrder());
      Optional<LocalDate> overdue = ofKind.stream().filter(t -> t.getStatus() == Training.Status.REQUIRED)
          .map(Training::getDueOn).filter(d -> d.isBefore(day)).max(Comparator.naturalOrder());
      String reason = expired.map(d -> "expired on " + d)
          .or(() -> overdue.map(d -> "overdue since " + d))
          .orElse("not completed");
      return new TrainingStatus(required.getKind(), required.getTitle(), TrainingStatus.State.LAPSED,
          expired.orElse(null), overdue.orElse(null), reason);
    }).toList();
  }

  public List<TrainingStatus> lapsedOn(String officer, LocalDate day) {
    return statusOn(officer, day).stream().filter(TrainingStatus::lapsed).toList();
  }
}
