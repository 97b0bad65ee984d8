package com.sroworkflow.tip;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * What the tip tests share: a fresh rate limit before each test. Tips start the real
 * {@code threatAssessment} model with the variables of the contract in {@link StartThreatCase}.
 */
@Component
public class TipCases {

  @Autowired TipRateLimit limit;

  /** Before each test: a fresh rate limit. */
  public void prepare() {
    freshLimit();
  }

  void freshLimit() {
    limit.reset();
  }
}
