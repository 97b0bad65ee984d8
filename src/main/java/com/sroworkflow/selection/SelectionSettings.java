package com.sroworkflow.selection;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * What a department may set differently ({@code sro.selection.*}): how long a favourable applicant
 * stays on the eligibility list, and the training an appointed SRO must complete. The reminder
 * cycles of the waiting steps are deadlines ({@code sro.deadlines.selection-*}, school/Deadlines).
 */
@Component("selectionSettings")
@ConfigurationProperties("sro.selection")
public class SelectionSettings {

  /** A training or certification every new SRO must complete, due within a period of appointment. */
  public static class RequiredTraining {
    private String kind;
    private String title;
    private Period dueWithin = Period.ofDays(90);
    private Period validFor;

    public String getKind() {
      return kind;
    }

    public void setKind(String kind) {
      this.kind = kind;
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public Period getDueWithin() {
      return dueWithin;
    }

    public void setDueWithin(Period dueWithin) {
      this.dueWithin = dueWithin;
    }

    public Period getValidFor() {
      return validFor;
    }

    public void setValidFor(Period validFor) {
      this.validFor = validFor;
    }
  }

  private Period recordsKeptFor = Period.ofDays(3650);
  private Period eligibilityListValidity = Period.ofYears(1);
  private List<RequiredTraining> requiredTraining = new ArrayList<>();

  public Period getRecordsKeptFor() {
    return recordsKeptFor;
  }

  public void setRecordsKeptFor(Period recordsKeptFor) {
    this.recordsKeptFor = recordsKeptFor;
  }

  public Period getEligibilityListValidity() {
    return eligibilityListValidity;
  }

  public void setEligibilityListValidity(Period eligibilityListValidity) {
    this.eligibilityListValidity = eligibilityListValidity;
  }

  public List<RequiredTraining> getRequiredTraining() {
    return requiredTraining;
  }

  public void setRequiredTraining(List<RequiredTraining> requiredTraining) {
    this.requiredTraining = requiredTraining;
  }
}
