package com.sroworkflow.policereport;

import com.sroworkflow.identity.ProcessAccess;
import com.sroworkflow.identity.Roles;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Who starts and reads police reports and their disclosures: SROs only. */
// named apart from its bean of the same name
@Configuration("policeReportAccessConfiguration")
class PoliceReportAccess {

  static final String POLICE_REPORT_PROCESS = "policeReport";
  static final String DISCLOSURE_PROCESS = "policeReportDisclosure";

  /**
   * A police report is the SRO's law-enforcement record (FERPA): only SROs read it. It is started by
   * the case, never on its own, and the team's case shows only that a report was filed.
   */
  @Bean
  ProcessAccess policeReportAccess() {
    return new ProcessAccess(POLICE_REPORT_PROCESS, List.of(), List.of(Roles.SRO));
  }

  /** An SRO of the school discloses a police report; only SROs follow the disclosures. */
  @Bean
  ProcessAccess policeReportDisclosureAccess() {
    return new ProcessAccess(DISCLOSURE_PROCESS, List.of(Roles.SRO), List.of(Roles.SRO));
  }
}
