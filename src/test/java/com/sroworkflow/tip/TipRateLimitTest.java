package com.sroworkflow.tip;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The tip limits: per client address, and for everyone together. */
class TipRateLimitTest {

  @Test
  void aClientPastItsLimitIsRefusedWhileOthersMayStillSend() {
    TipRateLimit limit = new TipRateLimit(2, Duration.ofMinutes(10), 100, Duration.ofHours(1), 100);

    assertThat(limit.attempt("10.0.0.1")).isNull();
    assertThat(limit.attempt("10.0.0.1")).isNull();
    TipRateLimit.Refusal refused = limit.attempt("10.0.0.1");

    assertThat(refused).isNotNull();
    assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(10));
    assertThat(limit.attempt("10.0.0.2")).isNull();
  }

  @Test
  void everyoneTogetherIsRefusedPastTheCommonLimit() {
    TipRateLimit limit = new TipRateLimit(5, Duration.ofMinutes(10), 3, Duration.ofHours(1), 100);

    assertThat(limit.attempt("10.0.0.1")).isNull();
    assertThat(limit.attempt("10.0.0.2")).isNull();
    assertThat(limit.attempt("10.0.0.3")).isNull();

    assertThat(limit.attempt("10.0.0.4")).isNotNull();
    assertThat(limit.attempt("10.0.0.1")).isNotNull();
  }

  @Test
  void onlyTheMostRecentClientsAreRememberedSoManyAddressesCannotExhaustMemory() {
    TipRateLimit limit = new TipRateLimit(1, Duration.ofMinutes(10), 100, Duration.ofHours(1), 2);

    assertThat(limit.attempt("10.0.0.1")).isNull();
    assertThat(limit.attempt("10.0.0.2")).isNull();
    assertThat(limit.attempt("10.0.0.2")).as("remembered: past its limit").isNotNull();
    assertThat(limit.attempt("10.0.0.3")).isNull();

    assertThat(limit.attempt("10.0.0.1")).as("the least recently seen, forgotten").isNull();
  }
}
