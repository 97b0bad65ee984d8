package com.sroworkflow.referral;

/**
 * The referrals other capabilities ask for from their cases (a threat case's mental-health evaluation):
 * each keeps what it asked for as a record of its own, binds the record's id to its case under
 * {@link #VARIABLE} (system.CaseRecords) and calls {@code studentReferral} through {@link RequestedReferral},
 * which asks it here for the request by that id. The referral never reads the asking capability's tables.
 */
public interface ReferralRequests {

  /** The variable of the calling case that carries the request's id. */
  String VARIABLE = "referralRequestId";

  /** What the referral starts with, for a request id already checked to be the calling case's own. */
  NewReferral request(Long requestId);
}
