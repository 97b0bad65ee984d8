package com.sroworkflow.training;

import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.selection.TrainingRecords;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo SROs' training: Sally and Steve hold valid training; Omar was an SRO years ago and his
 * training has lapsed. Kept in selection's training records. Loaded when missing, never twice.
 */
@Component
@Profile("!prod")
@Order(40)
class TrainingDemoData implements ApplicationRunner {

  private final TrainingRecords trainings;
  private final SchoolCalendar calendar;

  TrainingDemoData(TrainingRecords trainings, SchoolCalendar calendar) {
    this.trainings = trainings;
    this.calendar = calendar;
  }

  @Override
  @Transactional
  public void run(ApplicationArguments args) {
    LocalDate today = calendar.today();
    trained("sally", today.minusMonths(15), today.minusMonths(14));
    trained("steve", today.minusMonths(10), today.minusMonths(9));
    if (trainings.of("omar").isEmpty()) {
      trainings.completed("omar", "BASIC_SRO_COURSE", "Basic SRO course (40 hours)", today.minusYears(4),
          "State POST academy", BigDecimal.valueOf(40), "B-2019-118", today.minusYears(2));
      trainings.completed("omar", "STATE_SRO_CERTIFICATION", "State SRO certification", today.minusYears(4),
          "State POST commission", null, "SRO-55120", today.minusYears(1));
    }
  }

  private void trained(String officer, LocalDate basicOn, LocalDate certifiedOn) {
    if (!trainings.of(officer).isEmpty()) {
      return;
    }
    trainings.completed(officer, "BASIC_SRO_COURSE", "Basic SRO course (40 hours)", basicOn, "NASRO",
        BigDecimal.valueOf(40), "NASRO-" + officer.toUpperCase() + "-1", basicOn.plusYears(2));
    trainings.completed(officer, "STATE_SRO_CERTIFICATION", "State SRO certification", certifiedOn,
        "State POST commission", null, "SRO-" + officer.toUpperCase(), certifiedOn.plusYears(3));
  }
}
