package com.sroworkflow.emergency;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo does not wait for tomorrow's 6 AM: at start-up it runs the morning check of bpmn/school-year.bpmn once
 * (its timer's job, which then waits for the next morning as usual), so this week's meeting, the year's plan review
 * and the term's drills are in Tasklist at once. Opening is idempotent, so a restart opens nothing twice. Not in
 * production, and not in the tests, which run the morning themselves.
 */
@Component
@Profile("!prod & !test")
@Order(90)
class SchoolYearDemoStart implements ApplicationRunner {

  private final ManagementService management;

  SchoolYearDemoStart(ManagementService management) {
    this.management = management;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Job timer : management.createJobQuery().processDefinitionKey("schoolYear").timers().list()) {
      management.executeJob(timer.getId());
    }
  }
}
