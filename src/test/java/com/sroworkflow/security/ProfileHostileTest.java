package com.sroworkflow.security;

import static com.sroworkflow.security.Hostile.MOUNTS;
import static org.assertj.core.api.Assertions.assertThat;

import com.sroworkflow.IntegrationTest;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * People's names and e-mail come from the directory (issue 14, item 6): nobody renames themselves or anyone
 * else, creates accounts or changes groups, schools or authorizations; each changes only their own password,
 * under the password policy. Refused with the database exactly as before, through both mounts and /api.
 */
@IntegrationTest
class ProfileHostileTest {

  private static final String PROBE = "profileprobe";
  private static final String STRONG = "Kx7#mT9$vQ2!wL";

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired IdentityService identity;

  private Hostile hostile;

  @BeforeEach
  void setUp() {
    hostile = new Hostile(port, jdbc);
    removeProbe();
    User probe = identity.newUser(PROBE);
    probe.setFirstName("Probe");
    probe.setLastName("User");
    probe.setPassword(STRONG);
    identity.saveUser(probe);
    identity.createMembership(PROBE, "sro");
    identity.createTenantUserMembership("WMS", PROBE);
  }

  @AfterEach
  void removeProbe() {
    if (identity.createUserQuery().userId(PROBE).count() > 0) {
      identity.deleteUser(PROBE);
    }
  }

  @Test
  void nobodyRenamesThemselvesOrOthers() {
    for (String mount : MOUNTS) {
      for (String target : List.of("steve", "paula")) {
        hostile.refused("steve renames " + target + " " + mount, () -> hostile.call("steve", "PUT",
            mount + "/user/" + target + "/profile",
            "{\"id\": \"" + target + "\", \"firstName\": \"Paula\", \"lastName\": \"Principal\", \"email\": \"x@x\"}"),
            403);
      }
      hostile.refused("steve creates a user " + mount, () -> hostile.post("steve", mount + "/user/create",
          "{\"profile\": {\"id\": \"mallory\"}, \"credentials\": {\"password\": \"" + STRONG + "\"}}"), 403);
      hostile.refused("steve joins camunda-admin " + mount, () -> hostile.call("steve", "PUT",
          mount + "/group/camunda-admin/members/steve", null), 403);
      hostile.refused("steve joins LHS " + mount, () -> hostile.call("steve", "PUT",
          mount + "/tenant/LHS/user-members/steve", null), 403);
      hostile.refused("steve grants himself " + mount, () -> hostile.post("steve", mount + "/authorization/create",
          "{\"type\": 1, \"permissions\": [\"ALL\"], \"userId\": \"steve\", \"resourceType\": 0,"
              + " \"resourceId\": \"*\"}"), 403);
      hostile.refused("steve unlocks " + mount, () -> hostile.post("steve", mount + "/user/paula/unlock", null), 403);
      hostile.refused("steve changes paula's password " + mount, () -> hostile.call("steve", "PUT",
          mount + "/user/paula/credentials", "{\"password\": \"" + STRONG + "\", \"authenticatedUserPassword\": \"demo\"}"),
          403);
    }
    hostile.refused("steve edits his record in /api", () -> hostile.call("steve", "PUT", "/api/people/steve",
        "{\"title\": \"Chief\"}"), 403);
    assertThat(identity.createUserQuery().userId("steve").singleResult().getFirstName()).isNotEqualTo("Paula");
  }

  @Test
  void peopleChangeTheirOwnPasswordUnderThePolicy() {
    String newPassword = "Zq8!rT4#pL6@nW";
    org.springframework.boot.test.web.client.TestRestTemplate rest = new org.springframework.boot.test.web.client
        .TestRestTemplate(PROBE, STRONG);
    var refused = rest.exchange("http://localhost:" + port + "/engine-rest/user/" + PROBE + "/credentials",
        org.springframework.http.HttpMethod.PUT, json("{\"password\": \"password1\", \"authenticatedUserPassword\": \""
            + STRONG + "\"}"), String.class);
    assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
    assertThat(refused.getBody()).contains("policy");
    var changed = rest.exchange("http://localhost:" + port + "/engine-rest/user/" + PROBE + "/credentials",
        org.springframework.http.HttpMethod.PUT, json("{\"password\": \"" + newPassword
            + "\", \"authenticatedUserPassword\": \"" + STRONG + "\"}"), String.class);
    assertThat(changed.getStatusCode().value()).as(changed.getBody()).isEqualTo(204);
    assertThat(identity.checkPassword(PROBE, newPassword)).isTrue();
  }

  private static org.springframework.http.HttpEntity<String> json(String body) {
    org.springframework.http.HttpHeaders headers = new org.springframework.http.HttpHeaders();
    headers.setContentType(org.springframework.http.MediaType.APPLICATION_JSON);
    return new org.springframework.http.HttpEntity<>(body, headers);
  }
}
