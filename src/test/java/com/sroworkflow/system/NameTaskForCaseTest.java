package com.sroworkflow.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameTaskForCaseTest {

  @Test
  void aStudentIsShownByFirstNameAndLastInitial() {
    assertThat(NameTaskForCase.studentShortName("Jordan Mercer")).isEqualTo("Jordan M.");
    assertThat(NameTaskForCase.studentShortName("  Jordan Avery doe ")).isEqualTo("Jordan D.");
    assertThat(NameTaskForCase.studentShortName("Cher")).isEqualTo("Cher");
    assertThat(NameTaskForCase.studentShortName("Zoë Øster")).isEqualTo("Zoë Ø.");
    assertThat(NameTaskForCase.studentShortName(" ")).isEmpty();
  }

  @Test
  void thePlainNameDropsOnlyTheCasesOwnSubject() {
    String subject = "Jordan M., Lincoln High School";
    assertThat(NameTaskForCase.plainName("Acknowledge referral: " + subject, subject)).isEqualTo("Acknowledge referral");
    assertThat(NameTaskForCase.plainName("Appoint the SRO(s)", subject)).isEqualTo("Appoint the SRO(s)");
    assertThat(NameTaskForCase.plainName("Acknowledge referral: Riley S., Washington Middle School", subject))
        .isEqualTo("Acknowledge referral: Riley S., Washington Middle School");
    assertThat(NameTaskForCase.plainName("Withdraw my application", null)).isEqualTo("Withdraw my application");
  }
}
