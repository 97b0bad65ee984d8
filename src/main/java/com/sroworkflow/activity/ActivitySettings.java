package com.sroworkflow.activity;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** What a department may set differently about the activity log ({@code sro.program.*}). */
@Component
@ConfigurationProperties("sro.program")
class ActivitySettings {

  /** Activity log entries: kept this long after the day of the activity. */
  private Period activitiesKeptFor = Period.ofDays(1825);

  public Period getActivitiesKeptFor() {
    return activitiesKeptFor;
  }

  public void setActivitiesKeptFor(Period activitiesKeptFor) {
    this.activitiesKeptFor = activitiesKeptFor;
  }
}
