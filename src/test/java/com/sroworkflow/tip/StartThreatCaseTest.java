package com.sroworkflow.tip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The start variables of a tip's threat case: the contract with the threat model, exactly. */
class StartThreatCaseTest {

  private static Tip tip(NewTip t) {
    Tip tip = new Tip("ABCDEFGH23", t, Instant.parse("2026-11-18T15:00:00Z"));
    ReflectionTestUtils.setField(tip, "id", 42L);
    return tip;
  }

  @Test
  void aTipWithoutANameStartsAnAnonymousCaseWithOnlyWhatIsKnown() {
    Tip tip = tip(new NewTip("LHS", "Said he would bring a knife tomorrow.", "2026-11-17", null, null, null, null,
        null, "555-0100"));

    assertThat(StartThreatCase.variables(tip)).containsOnly(
        entry("schoolCode", "LHS"),
        entry("threatBehaviour", "Said he would bring a knife tomorrow."),
        entry("incidentDate", "2026-11-17"),
        entry("reportSource", "TIP"),
        entry("reportAnonymously", true),
        entry("tipId", 42L));
  }

  @Test
  void aNamedTipCarriesTheReportersNameButNeverHowToReachThem() {
    Tip tip = tip(new NewTip("WMS", "Posted a picture of a gun with our school's name.", "2026-11-18", "07:05",
        "Group chat", "Riley Stone", "7", "Jamie Parent", "jamie@example.org"));

    assertThat(StartThreatCase.variables(tip)).containsOnly(
        entry("schoolCode", "WMS"),
        entry("threatBehaviour", "Posted a picture of a gun with our school's name."),
        entry("incidentDate", "2026-11-18"),
        entry("incidentTime", "07:05"),
        entry("incidentLocation", "Group chat"),
        entry("studentName", "Riley Stone"),
        entry("studentGrade", "7"),
        entry("reportSource", "TIP"),
        entry("reportAnonymously", false),
        entry("sourceName", "Jamie Parent"),
        entry("tipId", 42L));
  }
}
