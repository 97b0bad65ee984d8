package com.sroworkflow.meeting;

import com.sroworkflow.system.RecordRetention;
import java.time.Instant;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Weekly meetings and conferences past their retention ({@code sro.meeting.kept-for}, five years). */
@Component
class MeetingRetention implements RecordRetention {

  private final PrincipalMeetingRepository meetings;
  private final ConferenceRepository conferences;

  MeetingRetention(PrincipalMeetingRepository meetings, ConferenceRepository conferences) {
    this.meetings = meetings;
    this.conferences = conferences;
  }

  @Override
  public String records() {
    return "weekly meetings and conferences";
  }

  @Override
  @Transactional
  public int removeExpired(Instant now) {
    return meetings.deleteExpired(now) + conferences.deleteExpired(now);
  }
}
