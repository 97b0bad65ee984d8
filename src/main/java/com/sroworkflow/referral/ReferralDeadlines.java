package com.sroworkflow.referral;

import com.sroworkflow.school.SchoolCalendar;
import java.util.Date;
import org.springframework.stereotype.Component;

/** The deadlines of {@code studentReferral}, for its timer and due date expressions. */
@Component("referralDeadlines")
public class ReferralDeadlines {

  private final SchoolCalendar calendar;
  private final ReferralSettings settings;

  public ReferralDeadlines(SchoolCalendar calendar, ReferralSettings settings) {
    this.calendar = calendar;
    this.settings = settings;
  }

  /** When an unacknowledged referral escalates: the configured number of school days from now. */
  public Date acknowledgementDue() {
    return calendar.schoolDaysFromNow(settings.acknowledgementSchoolDays());
  }

  /** How long after linking to services the follow-up comes, as an ISO 8601 timer duration. */
  public String followUpAfter() {
    return settings.followUpAfter().toString();
  }
}
