package com.sroworkflow.narrative;

import com.sroworkflow.figures.RecordCount;
import com.sroworkflow.figures.RecordFigures;
import com.sroworkflow.figures.RecordScope;
import java.time.YearMonth;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Monthly narratives submitted for the months of the scope (of the officer when it names one). */
@Component
class NarrativeFigures implements RecordFigures {

  private final SroNarrativeRepository narratives;

  NarrativeFigures(SroNarrativeRepository narratives) {
    this.narratives = narratives;
  }

  @Override
  @Transactional(readOnly = true)
  public List<RecordCount> count(RecordScope scope) {
    long submitted = narratives.findByMonthBetweenOrderByMonthAscOfficerUsernameAsc(
            YearMonth.from(scope.from()).toString(), YearMonth.from(scope.to()).toString()).stream()
        .filter(n -> n.getSubmittedAt() != null)
        .filter(n -> scope.officer() == null || scope.officer().equals(n.getOfficerUsername()))
        .count();
    return List.of(new RecordCount("narrative", "Monthly narratives to the Detective Sergeant", submitted));
  }
}
