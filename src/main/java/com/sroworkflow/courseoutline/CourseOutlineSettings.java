package com.sroworkflow.courseoutline;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** What a department may set differently about course outlines ({@code sro.program.*}). */
@Component
@ConfigurationProperties("sro.program")
class CourseOutlineSettings {

  /** Course outlines: kept this long after the decision. */
  private Period outlinesKeptFor = Period.ofDays(1825);

  public Period getOutlinesKeptFor() {
    return outlinesKeptFor;
  }

  public void setOutlinesKeptFor(Period outlinesKeptFor) {
    this.outlinesKeptFor = outlinesKeptFor;
  }
}
