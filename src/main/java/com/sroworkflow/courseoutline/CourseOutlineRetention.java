package com.sroworkflow.courseoutline;

import com.sroworkflow.system.RecordRetention;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Decided course outlines past their retention ({@code sro.program.outlines-kept-for}, five years), as
 * {@code bpmn/course-outline.bpmn}'s history time to live removes the process's history.
 */
@Component
class CourseOutlineRetention implements RecordRetention {

  private final CourseOutlineRepository records;

  CourseOutlineRetention(CourseOutlineRepository records) {
    this.records = records;
  }

  @Override
  public String records() {
    return "decided course outlines";
  }

  @Override
  @Transactional
  public int removeExpired(Instant now) {
    return records.deleteExpired(now);
  }
}
