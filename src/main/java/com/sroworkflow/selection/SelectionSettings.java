package com.sroworkflow.selection;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * What a department may set differently ({@code sro.selection.*}): reminder cycles of the waiting
 * steps, how long a favourable applicant stays on the eligibility list, and the training an
 * appointed SRO must complete. The models read the reminder cycles through this bean.
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
  private String personnelCheckReminder = "R3/P5D";
  private String recommendationReminder = "R3/P5D";
  private String boardReminder = "R3/P3D";
  private String appointmentReminder = "R3/P5D";
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

  public String getPersonnelCheckReminder() {
    return personnelCheckReminder;
  }

  public void setPersonnelCheckReminder(String personnelCheckReminder) {
    this.personnelCheckReminder = personnelCheckReminder;
  }

  public String getRecommendationReminder() {
    return recommendationReminder;
  }

  public void setRecommendationReminder(String recommendationReminder) {
    this.recommendationReminder = recommendationReminder;
  }

  public String getBoardReminder() {
    return boardReminder;
  }

  public void setBoardReminder(String boardReminder) {
    this.boardReminder = boardReminder;
  }

  public String getAppointmentReminder() {
    return appointmentReminder;
  }

  public void setAppointmentReminder(String appointmentReminder) {
    this.appointmentReminder = appointmentReminder;
  }

  public List<RequiredTraining> getRequiredTraining() {
    return requiredTraining;
  }

  public void setRequiredTraining(List<RequiredTraining> requiredTraining) {
    this.requiredTraining = requiredTraining;
  }
}
