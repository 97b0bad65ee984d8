package com.sroworkflow.school;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo district: Lincoln High School and its feeder, Washington Middle School. */
@Component
@Profile("!prod")
@Order(20)
class SchoolDemoData implements ApplicationRunner {

  private final Schools schools;

  SchoolDemoData(Schools schools) {
    this.schools = schools;
  }

  @Override
  public void run(ApplicationArguments args) {
    schools.register("LHS", "Lincoln High School", "HIGH", null);
    schools.register("WMS", "Washington Middle School", "MIDDLE", "LHS");
  }
}
