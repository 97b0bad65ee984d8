package com.sroworkflow.selection;

import java.time.Duration;
import java.time.Period;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * Due dates of the selection's waiting steps, so that Tasklist shows them on each task: a step is due
 * when its first reminder comes, one period of its reminder cycle ({@code R3/P5D}: five days) after
 * the task was created.
 */
@Component("selectionDeadlines")
public class SelectionDeadlines {

  /** Now (the engine's clock) plus the period of an ISO 8601 repeating interval such as {@code R3/P5D}. */
  public Date dueWithin(String reminderCycle) {
    String period = reminderCycle.substring(reminderCycle.lastIndexOf('/') + 1).strip();
    long now = ClockUtil.getCurrentTime().getTime();
    int time = period.indexOf('T');
    String datePart = time < 0 ? period : period.substring(0, time);
    Period days = "P".equals(datePart) ? Period.ZERO : Period.parse(datePart);
    Duration hours = time < 0 ? Duration.ZERO : Duration.parse("P" + period.substring(time));
    java.time.Instant due = java.time.Instant.ofEpochMilli(now).atZone(java.time.ZoneOffset.UTC)
        .plus(days).toInstant().plus(hours);
    return Date.from(due);
  }
}
