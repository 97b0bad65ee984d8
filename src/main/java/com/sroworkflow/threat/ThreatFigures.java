package com.sroworkflow.threat;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The threat cases of a school in a stretch of time, as the quarterly report (report) counts them:
 * each case's level of concern and outcome only, never a student's name.
 */
@Service
@Transactional(readOnly = true)
public class ThreatFigures {

  /** A case reported in the stretch: its level of concern and outcome, null while not yet decided. */
  public record Reported(LevelOfConcern level, CaseOutcome outcome) {}

  private final EntityManager em;

  ThreatFigures(EntityManager em) {
    this.em = em;
  }

  /** The cases reported at the school from {@code from} (inclusive) to {@code to} (exclusive). */
  public List<Reported> reportedAt(String schoolCode, Instant from, Instant to) {
    return em.createQuery("select c.levelOfConcern, c.outcome from ThreatCase c"
        + " where c.schoolCode = :school and c.reportedAt >= :from and c.reportedAt < :to", Object[].class)
        .setParameter("school", schoolCode).setParameter("from", from).setParameter("to", to)
        .getResultList().stream().map(t -> new Reported((LevelOfConcern) t[0], (CaseOutcome) t[1])).toList();
  }
}
