package com.sroworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sroworkflow.Http;
import com.sroworkflow.IntegrationTest;
import jakarta.servlet.ServletContext;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

/**
 * Nothing answers an anonymous caller but the login page and the health check; wrong credentials are
 * 401; passwords follow the policy; repeated failures are throttled; sessions expire. Wrong passwords
 * are only ever tried on a throwaway account: the demo accounts must not get locked.
 */
@IntegrationTest
class AuthenticationTest {

  private static final String PROBE = "probeuser";
  private static final String STRONG = "Kx7#mT9$vQ2!wL";

  @Autowired TestRestTemplate rest;
  @Autowired IdentityService identity;
  @Autowired ServletContext servletContext;

  @BeforeEach
  void throwawayAccount() {
    removeProbe();
    User probe = identity.newUser(PROBE);
    probe.setFirstName("Probe");
    probe.setLastName("User");
    probe.setPassword(STRONG);
    identity.saveUser(probe);
  }

  @AfterEach
  void removeProbe() {
    ClockUtil.reset();
    if (identity.createUserQuery().userId(PROBE).count() > 0) {
      identity.deleteUser(PROBE);
    }
  }

  @Test
  void anonymousCallersGetNothingButTheLoginPageAndTheHealthCheck() {
    Http anonymous = Http.anonymous(rest);
    for (String path : List.of("/engine-rest/task", "/engine-rest/engine", "/engine-rest/process-definition",
        "/engine-rest/process-instance", "/engine-rest/history/process-instance", "/engine-rest/filter",
        "/engine-rest/user", "/engine-rest/deployment", "/engine-rest/variable-instance", "/api/notifications",
        "/camunda/api/engine/engine/default/task", "/camunda/api/engine/engine/default/process-instance",
        "/camunda/api/cockpit/plugin/base/default/process-definition/statistics")) {
      assertThat(anonymous.get(path).getStatusCode().value()).as(path).isEqualTo(401);
    }
    assertThat(anonymous.post("/engine-rest/process-definition/key/studentReferral/start", "{}")
        .getStatusCode().value()).isEqualTo(401);
    assertThat(anonymous.get("/actuator/health").getBody()).contains("UP");
    assertThat(anonymous.get("/camunda/app/tasklist/default/").getStatusCode().value()).isEqualTo(200);
    assertThat(anonymous.get("/actuator/env").getStatusCode().value()).isEqualTo(404);
    assertThat(anonymous.get("/error").getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void wrongCredentialsAre401() {
    Http wrong = Http.as(rest, PROBE, "not-the-password");
    assertThat(wrong.get("/engine-rest/task").getStatusCode().value()).isEqualTo(401);
    assertThat(wrong.get("/api/notifications").getStatusCode().value()).isEqualTo(401);
    assertThat(Http.as(rest, "nobody-at-all", "x").get("/engine-rest/task").getStatusCode().value()).isEqualTo(401);
  }

  @Test
  void aFailedLoginDelaysTheNextAndTenInARowLockTheAccount() {
    Date start = new Date();
    ClockUtil.setCurrentTime(start);
    assertThat(identity.checkPassword(PROBE, "wrong")).isFalse();
    assertThat(identity.checkPassword(PROBE, STRONG)).as("right password during the delay").isFalse();
    ClockUtil.setCurrentTime(new Date(start.getTime() + 61_000));
    assertThat(identity.checkPassword(PROBE, STRONG)).as("right password after the delay").isTrue();

    long t = start.getTime() + 120_000;
    for (int i = 0; i < 10; i++) {
      ClockUtil.setCurrentTime(new Date(t += 61_000));
      identity.checkPassword(PROBE, "wrong");
    }
    ClockUtil.setCurrentTime(new Date(t + 3_600_000));
    assertThat(identity.checkPassword(PROBE, STRONG)).as("locked after ten failures").isFalse();
    identity.unlockUser(PROBE);
    assertThat(identity.checkPassword(PROBE, STRONG)).as("unlocked by an administrator").isTrue();
  }

  @Test
  void passwordsFollowThePolicy() {
    User weak = identity.newUser("weakling");
    weak.setPassword("demo");
    assertThatThrownBy(() -> identity.saveUser(weak)).hasMessageContaining("policy");
    assertThat(identity.createUserQuery().userId("weakling").count()).isZero();

    ResponseEntity<String> refused = Http.as(rest, "admin").post("/engine-rest/user/create",
        "{\"profile\": {\"id\": \"weakling\"}, \"credentials\": {\"password\": \"password1\"}}");
    assertThat(refused.getStatusCode().value()).isEqualTo(400);
    assertThat(refused.getBody()).contains("\"field\":\"password\"").contains("10 characters");
  }

  @Test
  void sessionsExpireAfterThirtyMinutesOfInactivity() {
    assertThat(servletContext.getSessionTimeout()).isEqualTo(30);
  }
}
