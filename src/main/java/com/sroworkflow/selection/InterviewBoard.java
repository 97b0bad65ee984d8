package com.sroworkflow.selection;

import com.sroworkflow.system.EngineClock;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The interview board HR convenes for one application: at least one department commander and two
 * school-system representatives (seed 004), the time and the place.
 */
@Entity
@Table(name = "interview_board")
class InterviewBoard {

  public enum MemberRole { COMMANDER, SCHOOL_REPRESENTATIVE, OTHER }

  @Embeddable
  public record Member(
      @Column(name = "member_username", length = 64) String username,
      @Enumerated(EnumType.STRING) @Column(name = "member_role", length = 24) MemberRole role) {}

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false, unique = true)
  private Long applicationId;

  @Column(name = "interview_at", nullable = false)
  private Instant interviewAt;

  @Column(nullable = false, length = 200)
  private String location;

  @Column(name = "convened_by", nullable = false, length = 64)
  private String convenedBy;

  @Column(name = "convened_at", nullable = false)
  private Instant convenedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "interview_board_member", joinColumns = @JoinColumn(name = "board_id"))
  private List<Member> members = new ArrayList<>();

  protected InterviewBoard() {}

  InterviewBoard(Long applicationId, Instant interviewAt, String location, String convenedBy, List<Member> members) {
    this.applicationId = applicationId;
    this.interviewAt = interviewAt;
    this.location = location;
    this.convenedBy = convenedBy;
    this.convenedAt = EngineClock.now();
    this.members = new ArrayList<>(members);
  }

  public List<String> memberUsernames() {
    return members.stream().map(Member::username).toList();
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public Instant getInterviewAt() {
    return interviewAt;
  }

  public String getLocation() {
    return location;
  }

  public String getConvenedBy() {
    return convenedBy;
  }

  public List<Member> getMembers() {
    return List.copyOf(members);
  }
}
