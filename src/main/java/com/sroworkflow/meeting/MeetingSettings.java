package com.sroworkflow.meeting;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** What a department may set differently about meetings and conferences ({@code sro.meeting.*}). */
@Component
@ConfigurationProperties("sro.meeting")
class MeetingSettings {

  /** Weekly meetings and conferences: kept this long (from the week, or from the request). */
  private Period keptFor = Period.ofDays(1825);

  public Period getKeptFor() {
    return keptFor;
  }

  public void setKeptFor(Period keptFor) {
    this.keptFor = keptFor;
  }
}
