package com.sroworkflow.selection;

import com.sroworkflow.system.EngineClock;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;

/** One board member's scores of one applicant on the eight criteria of seed 003 (1 to 5 each). */
@Entity
@Table(name = "board_score")
class BoardScore {

  /** The criteria of seed 003 B.4, as form field keys, in the seed's order. */
  public static final List<String> CRITERIA = List.of("jobKnowledge", "experience", "training", "education",
      "appearance", "attitude", "communicationSkills", "bearing");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "application_id", nullable = false)
  private Long applicationId;

  @Column(name = "member_username", nullable = false, length = 64)
  private String memberUsername;

  @Column(name = "job_knowledge", nullable = false)
  private int jobKnowledge;

  @Column(nullable = false)
  private int experience;

  @Column(nullable = false)
  private int training;

  @Column(nullable = false)
  private int education;

  @Column(nullable = false)
  private int appearance;

  @Column(nullable = false)
  private int attitude;

  @Column(name = "communication_skills", nullable = false)
  private int communicationSkills;

  @Column(nullable = false)
  private int bearing;

  @Column(nullable = false)
  private boolean favourable;

  @Column(length = 5000)
  private String comments;

  @Column(name = "scored_at", nullable = false)
  private Instant scoredAt;

  protected BoardScore() {}

  /** @param scores the eight scores in the order of {@link #CRITERIA} */
  BoardScore(Long applicationId, String memberUsername, int[] scores, boolean favourable, String comments) {
    this.applicationId = applicationId;
    this.memberUsername = memberUsername;
    this.jobKnowledge = scores[0];
    this.experience = scores[1];
    this.training = scores[2];
    this.education = scores[3];
    this.appearance = scores[4];
    this.attitude = scores[5];
    this.communicationSkills = scores[6];
    this.bearing = scores[7];
    this.favourable = favourable;
    this.comments = comments;
    this.scoredAt = EngineClock.now();
  }

  /** The eight scores in the order of {@link #CRITERIA}. */
  public int[] scores() {
    return new int[] {jobKnowledge, experience, training, education, appearance, attitude, communicationSkills,
        bearing};
  }

  public int total() {
    int total = 0;
    for (int s : scores()) {
      total += s;
    }
    return total;
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public String getMemberUsername() {
    return memberUsername;
  }

  public boolean isFavourable() {
    return favourable;
  }

  public String getComments() {
    return comments;
  }
}
