package com.sroworkflow.referral;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** The demo agency directory of the README: one agency for each common kind of need. */
@Component
@Profile("!prod")
@Order(40)
class AgencyDemoData implements ApplicationRunner {

  private final AgencyDirectory directory;

  AgencyDemoData(AgencyDirectory directory) {
    this.directory = directory;
  }

  @Override
  public void run(ApplicationArguments args) {
    directory.register(new Agency("riverbend-mental-health", "Riverbend Community Mental Health Center",
        ServiceType.MENTAL_HEALTH, "Youth intake desk", "(555) 010-4100", "intake@riverbend-mh.example"));
    directory.register(new Agency("harbor-youth-recovery", "Harbor Youth Recovery Services",
        ServiceType.SUBSTANCE_USE, "Adolescent program", "(555) 010-4200", "referrals@harbor-recovery.example"));
    directory.register(new Agency("county-family-services", "Lincoln County Family Services",
        ServiceType.FAMILY_SERVICES, "Family support line", "(555) 010-4300", "family@lincolncounty.example"));
    directory.register(new Agency("eastside-youth-club", "Eastside Boys & Girls Club",
        ServiceType.YOUTH_PROGRAMS, "Program director", "(555) 010-4400", "programs@eastside-club.example"));
  }
}
