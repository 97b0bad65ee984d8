package com.sroworkflow.referral;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The referrals of an SRO or a school in a stretch of time, as the quarterly report (report) counts
 * them: each referral's agency type, outcome and acknowledgement time only, never a student's name.
 */
@Service
@Transactional(readOnly = true)
public class ReferralFigures {

  /**
   * A referral made in the stretch.
   *
   * @param agencyType null while no agency is chosen
   * @param outcome null while the referral is open
   * @param acknowledgedAt null while the principal has not acknowledged it
   */
  public record Referred(ServiceType agencyType, ReferralOutcome outcome, Instant referredAt,
      Instant acknowledgedAt) {}

  private final EntityManager em;

  ReferralFigures(EntityManager em) {
    this.em = em;
  }

  /** The referrals the officer made from {@code from} (inclusive) to {@code to} (exclusive). */
  public List<Referred> referredBy(String officer, Instant from, Instant to) {
    return query("r.referredBy = :who", officer, from, to);
  }

  /** The referrals of the school made from {@code from} (inclusive) to {@code to} (exclusive). */
  public List<Referred> referredAt(String schoolCode, Instant from, Instant to) {
    return query("r.schoolCode = :who", schoolCode, from, to);
  }

  private List<Referred> query(String whose, String who, Instant from, Instant to) {
    return em.createQuery("select a.serviceType, r.outcome, r.referredAt, r.acknowledgedAt"
        + " from Referral r left join r.agency a where " + whose
        + " and r.referredAt >= :from and r.referredAt < :to", Object[].class)
        .setParameter("who", who).setParameter("from", from).setParameter("to", to)
        .getResultList().stream()
        .map(r -> new Referred((ServiceType) r[0], (ReferralOutcome) r[1], (Instant) r[2], (Instant) r[3]))
        .toList();
  }
}
