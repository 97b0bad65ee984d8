package com.sroworkflow.threat;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What a district may set for threat assessment ({@code sro.threat.*}).
 *
 * @param screeningSchoolDays        0: screening is due by the end of the school day the report came in
 *                                   (after hours, the next school day); n: n school days later
 * @param protectiveActionsDue       how soon after a substantive classification the parents, the principal
 *                                   and the SRO's decision are due (ISO 8601 duration)
 * @param safetyEvaluationSchoolDays school days after a very serious classification by which the
 *                                   law-enforcement consultation, the mental-health referral and the
 *                                   written safety plan are due
 * @param policeReportSchoolDays     school days the SRO has to write a police report they decided on
 * @param reviewInterval             time between follow-up reviews, by level of concern (ISO 8601 periods)
 * @param reviewDueSchoolDays        school days the team has to complete a review once it is due
 */
@ConfigurationProperties("sro.threat")
public record ThreatSettings(
    Integer screeningSchoolDays,
    Duration protectiveActionsDue,
    Integer safetyEvaluationSchoolDays,
    Integer policeReportSchoolDays,
    ReviewInterval reviewInterval,
    Integer reviewDueSchoolDays) {

  public record ReviewInterval(Period high, Period medium, Period low) {
    public ReviewInterval {
      high = positive("high", high == null ? Period.ofDays(7) : high);
      medium = positive("medium", medium == null ? Period.ofDays(30) : medium);
      low = positive("low", low == null ? Period.ofDays(60) : low);
    }

    public Period of(LevelOfConcern level) {
      return switch (level) {
        case HIGH -> high;
        case MEDIUM -> medium;
        case LOW -> low;
      };
    }

    private static Period positive(String name, Period p) {
      if (p.isNegative() || p.isZero()) {
        throw new IllegalArgumentException("sro.threat.review-interval." + name + " must be a positive period such as P7D");
      }
      return p;
    }
  }

  public ThreatSettings {
    screeningSchoolDays = atLeast("screening-school-days", screeningSchoolDays, 0, 0);
    protectiveActionsDue = protectiveActionsDue == null ? Duration.ofHours(4) : protectiveActionsDue;
    if (protectiveActionsDue.isNegative() || protectiveActionsDue.isZero()) {
      throw new IllegalArgumentException("sro.threat.protective-actions-due must be a positive duration such as PT4H");
    }
    safetyEvaluationSchoolDays = atLeast("safety-evaluation-school-days", safetyEvaluationSchoolDays, 2, 1);
    policeReportSchoolDays = atLeast("police-report-school-days", policeReportSchoolDays, 1, 1);
    reviewInterval = reviewInterval == null ? new ReviewInterval(null, null, null) : reviewInterval;
    reviewDueSchoolDays = atLeast("review-due-school-days", reviewDueSchoolDays, 2, 1);
  }

  private static int atLeast(String name, Integer value, int fallback, int minimum) {
    int v = value == null ? fallback : value;
    if (v < minimum) {
      throw new IllegalArgumentException("sro.threat." + name + " must be at least " + minimum);
    }
    return v;
  }
}
