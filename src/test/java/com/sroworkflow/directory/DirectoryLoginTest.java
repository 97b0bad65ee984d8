package com.sroworkflow.directory;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sroworkflow.identity.Roles;
import com.sroworkflow.referral.ReferralTestData;
import com.unboundid.ldap.sdk.Attribute;
import com.unboundid.ldap.sdk.Modification;
import com.unboundid.ldap.sdk.ModificationType;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * People, roles and schools from a real LDAP server (the embedded demo directory): logins to REST and
 * Tasklist check the directory's passwords, roles and schools follow the directory's groups and
 * attributes from the next request on, and an unreachable directory is a clear 503 that changes
 * nothing. Wrong passwords and removals are tried only on throwaway directory entries.
 */
@DirectoryApp
class DirectoryLoginTest {

  private static final String PROBE = "uid=probe,ou=people," + DemoDirectory.BASE_DN;
  private static final String PROBE_PASSWORD = "Probe-Pass-9931!";

  @LocalServerPort int port;
  @Autowired DemoDirectory directory;
  @Autowired IdentityService identity;
  @Autowired RuntimeService runtime;
  @Autowired TaskService tasks;
  @Autowired HistoryService history;
  @Autowired ObjectMapper json;
  @Autowired DirectoryLoginRepository failedLogins;

  private final HttpClient anonymous = HttpClient.newHttpClient();

  @BeforeEach
  void throwawayPerson() throws Exception {
    removeProbe();
    failedLogins.deleteAll();
    directory.server().add("dn: " + PROBE, "objectClass: inetOrgPerson", "uid: probe", "cn: Probe Person",
        "givenName: Probe", "sn: Person", "userPassword: " + PROBE_PASSWORD, "departmentNumber: 0101");
    directory.server().modify("cn=School Counselors,ou=groups," + DemoDirectory.BASE_DN,
        new Modification(ModificationType.ADD, "member", PROBE));
    runtime.createProcessInstanceQuery().list()
        .forEach(pi -> runtime.deleteProcessInstance(pi.getId(), "test reset", true, true));
  }

  @AfterEach
  void removeProbe() throws Exception {
    ClockUtil.reset();
    directory.restart();
    String counselors = "cn=School Counselors,ou=groups," + DemoDirectory.BASE_DN;
    if (directory.server().getEntry(counselors).hasAttributeValue("member", PROBE)) {
      directory.server().modify(counselors, new Modification(ModificationType.DELETE, "member", PROBE));
    }
    if (directory.server().getEntry(PROBE) != null) {
      directory.server().delete(PROBE);
    }
    directory.server().modify("uid=paula,ou=people," + DemoDirectory.BASE_DN,
        new Modification(ModificationType.REPLACE, "departmentNumber", "0101"));
  }

  // REST ////////////////////////////////////////////////////////////////////////////////////////

  private HttpResponse<String> rest(String user, String password, String path) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return anonymous.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private List<String> taskNames(String user) throws Exception {
    HttpResponse<String> response = rest(user, "demo", "/engine-rest/task");
    assertThat(response.statusCode()).as(user + ": " + response.body()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    json.readTree(response.body()).forEach(t -> names.add(t.path("name").asText()));
    return names;
  }

  // Tasklist ////////////////////////////////////////////////////////////////////////////////////

  /** A browser's session of Tasklist: the page, then the login with the CSRF token the page set. */
  private final class Browser {
    final CookieManager cookies = new CookieManager();
    final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies).build();

    HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
      return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
      return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)));
    }

    HttpResponse<String> logIn(String user, String password) throws Exception {
      get("/camunda/app/tasklist/default/");
      String token = cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
          .findFirst().orElseThrow().getValue();
      return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
              + "/camunda/api/admin/auth/user/default/login/tasklist"))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .header("X-XSRF-TOKEN", token)
          .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
              + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8))));
    }

    List<String> taskNames() throws Exception {
      HttpResponse<String> response = get("/camunda/api/engine/engine/default/task");
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      List<String> names = new ArrayList<>();
      json.readTree(response.body()).forEach(t -> names.add(t.path("name").asText()));
      return names;
    }
  }

  private void referralsForBothSchools() {
    asPerson("sally", List.of(Roles.SRO, Roles.THREAT_TEAM), List.of("LHS"),
        () -> runtime.startProcessInstanceByKey("studentReferral", ReferralTestData.lhsReferral()));
    asPerson("steve", List.of(Roles.SRO, Roles.THREAT_TEAM), List.of("WMS"),
        () -> runtime.startProcessInstanceByKey("studentReferral", ReferralTestData.wmsReferral()));
  }

  private void asPerson(String user, List<String> groups, List<String> schools, Runnable action) {
    identity.setAuthentication(user, groups, schools);
    try {
      action.run();
    } finally {
      identity.clearAuthentication();
    }
  }

  // Tests ///////////////////////////////////////////////////////////////////////////////////////

  @Test
  void theIdentityServiceIsTheDirectoryReadOnly() {
    assertThat(identity.isReadOnly()).isTrue();
    User paula = identity.createUserQuery().userId("paula").singleResult();
    assertThat(paula.getFirstName() + " " + paula.getLastName()).isEqualTo("Paula Park");
    assertThat(paula.getEmail()).isEqualTo("paula@sro.example");
    assertThat(paula.getPassword()).as("no password leaves the directory").isNull();
    // the same people as the built-in demo users, with the same ids
    assertThat(identity.createUserQuery().list().stream().map(User::getId))
        .contains("hana", "sam", "chief", "carl", "rita", "raj", "olivia", "omar", "sally", "steve", "paula",
            "peter", "maria", "dana", "tina", "walt", "mona", "mark", "admin");
  }

  @Test
  void rolesAndSchoolsAreMappedFromTheDirectory() {
    assertThat(groups("sally")).containsExactlyInAnyOrder(Roles.SRO, Roles.THREAT_TEAM);
    assertThat(groups("carl")).containsExactlyInAnyOrder(Roles.INTERVIEW_BOARD, Roles.COMMANDER);
    assertThat(groups("rita")).containsExactlyInAnyOrder(Roles.INTERVIEW_BOARD, Roles.SCHOOL_REPRESENTATIVE);
    assertThat(groups("admin")).containsExactly(Roles.ADMIN);
    assertThat(groups("dana")).containsExactly(Roles.DISTRICT_ADMIN);
    assertThat(groups("tina")).containsExactly(Roles.STAFF);
    assertThat(groups("mark")).containsExactlyInAnyOrder(Roles.MENTAL_HEALTH, Roles.STAFF);
    // schools from the attribute (0101 -> LHS) and from a group (Washington Middle School Staff -> WMS)
    assertThat(schools("sally")).containsExactly("LHS");
    assertThat(schools("steve")).containsExactly("WMS");
    assertThat(schools("dana")).containsExactlyInAnyOrder("LHS", "WMS");
    assertThat(schools("mona")).containsExactly("LHS");
    assertThat(schools("walt")).containsExactly("WMS");
    assertThat(schools("hana")).isEmpty();
    // the product's queries, as identity.People asks them
    assertThat(identity.createUserQuery().memberOfGroup(Roles.PRINCIPAL).memberOfTenant("WMS").list())
        .extracting(User::getId).containsExactly("peter");
    assertThat(identity.createUserQuery().memberOfGroup(Roles.THREAT_TEAM).memberOfTenant("LHS").list())
        .extracting(User::getId).containsExactlyInAnyOrder("sally", "paula", "maria", "probe");
    assertThat(identity.createUserQuery().userId("paula").memberOfGroup(Roles.PRINCIPAL).count()).isEqualTo(1);
    // the directory's own group names are not the product's business
    assertThat(identity.createGroupQuery().list()).extracting(Group::getId)
        .allMatch(id -> Roles.ALL.stream().anyMatch(r -> r.id().equals(id)))
        .contains(Roles.SRO, Roles.PRINCIPAL, Roles.ADMIN);
    assertThat(identity.createGroupQuery().groupId("Principals").count()).isZero();
    assertThat(identity.createTenantQuery().list()).extracting(Tenant::getId).containsExactly("LHS", "WMS");
  }

  @Test
  void theRestApiAnswersInTheProductsGroupsAndSchools() throws Exception {
    HttpResponse<String> danasSchools = rest("admin", "demo", "/engine-rest/tenant?userMember=dana");
    assertThat(danasSchools.statusCode()).isEqualTo(200);
    assertThat(json.readTree(danasSchools.body()).findValuesAsText("id")).containsExactlyInAnyOrder("LHS", "WMS");
    HttpResponse<String> principals = rest("admin", "demo", "/engine-rest/user?memberOfGroup=principal");
    assertThat(json.readTree(principals.body()).findValuesAsText("id")).containsExactly("paula", "peter");
    HttpResponse<String> byName = rest("admin", "demo", "/engine-rest/user?firstNameLike=P%25");
    assertThat(json.readTree(byName.body()).findValuesAsText("id")).containsExactly("paula", "peter", "probe");
  }

  @Test
  void searchTextIsMatchedNotPutIntoTheDirectorysFilter() throws Exception {
    for (String hostile : List.of("*", "*)(uid=*", "Paula)(|(uid=*", "\\2a")) {
      HttpResponse<String> found = rest("admin", "demo",
          "/engine-rest/user?firstName=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8));
      assertThat(found.statusCode()).as(hostile).isEqualTo(200);
      assertThat(json.readTree(found.body())).as(hostile).isEmpty();
      HttpResponse<String> like = rest("admin", "demo",
          "/engine-rest/user?lastNameLike=" + URLEncoder.encode(hostile, StandardCharsets.UTF_8));
      assertThat(like.statusCode()).as(hostile).isEqualTo(200);
      assertThat(json.readTree(like.body())).as(hostile).isEmpty();
    }
  }

  @Test
  void directoryPeopleLogInToRestWithTheirDirectoryPassword() throws Exception {
    referralsForBothSchools();
    assertThat(taskNames("paula")).containsExactly("Acknowledge referral: Jordan D., Lincoln High School");
    assertThat(taskNames("peter")).containsExactly("Acknowledge referral: Riley S., Washington Middle School");
    // the application's own API: the directory's administrators group is camunda-admin, a principal is not
    assertThat(rest("admin", "demo", "/api/notifications").statusCode()).isEqualTo(200);
    assertThat(rest("paula", "demo", "/api/notifications").statusCode()).isEqualTo(403);
    assertThat(rest("probe", "wrong", "/engine-rest/task").statusCode()).isEqualTo(401);
    assertThat(rest("Paula", "demo", "/engine-rest/task").statusCode()).as("ids are exact").isEqualTo(401);
    assertThat(rest("nobody", "demo", "/engine-rest/task").statusCode()).isEqualTo(401);
    assertThat(rest("paula", "", "/engine-rest/task").statusCode()).as("no anonymous bind").isEqualTo(401);
  }

  @Test
  void directoryPeopleLogInToTasklist() throws Exception {
    referralsForBothSchools();
    Browser browser = new Browser();
    HttpResponse<String> login = browser.logIn("paula", "demo");
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    JsonNode user = json.readTree(login.body());
    assertThat(user.path("userId").asText()).isEqualTo("paula");
    assertThat(user.path("authorizedApps").toString()).contains("tasklist");
    assertThat(browser.taskNames()).containsExactly("Acknowledge referral: Jordan D., Lincoln High School");
    assertThat(new Browser().logIn("probe", "wrong").statusCode()).isEqualTo(401);
  }

  @Test
  void aPersonMovedToAnotherSchoolSeesOnlyTheOtherSchoolsWorkFromTheNextRequest() throws Exception {
    referralsForBothSchools();
    Browser browser = new Browser();
    assertThat(browser.logIn("paula", "demo").statusCode()).isEqualTo(200);
    assertThat(browser.taskNames()).containsExactly("Acknowledge referral: Jordan D., Lincoln High School");

    directory.server().modify("uid=paula,ou=people," + DemoDirectory.BASE_DN,
        new Modification(ModificationType.REPLACE, "departmentNumber", "0204"));

    assertThat(browser.taskNames()).as("the same Tasklist session, next request")
        .containsExactly("Acknowledge referral: Riley S., Washington Middle School");
    assertThat(taskNames("paula")).containsExactly("Acknowledge referral: Riley S., Washington Middle School");
    assertThat(schools("paula")).containsExactly("WMS");
  }

  @Test
  void aPersonRemovedFromARoleOrFromTheDirectoryLosesAccessAtTheNextRequest() throws Exception {
    Browser browser = new Browser();
    assertThat(browser.logIn("probe", PROBE_PASSWORD).statusCode()).isEqualTo(200);
    assertThat(browser.get("/camunda/api/engine/engine/default/task").statusCode()).isEqualTo(200);
    assertThat(rest("probe", PROBE_PASSWORD, "/engine-rest/filter").statusCode()).isEqualTo(200);
    assertThat(groups("probe")).containsExactly(Roles.THREAT_TEAM);

    directory.server().modify("cn=School Counselors,ou=groups," + DemoDirectory.BASE_DN,
        new Modification(ModificationType.DELETE, "member", PROBE));
    assertThat(groups("probe")).as("out of the group, out of the role").isEmpty();
    directory.server().modify("cn=School Counselors,ou=groups," + DemoDirectory.BASE_DN,
        new Modification(ModificationType.ADD, "member", PROBE));

    directory.server().delete(PROBE);
    assertThat(rest("probe", PROBE_PASSWORD, "/engine-rest/filter").statusCode()).isEqualTo(401);
    assertThat(browser.get("/camunda/api/engine/engine/default/task").statusCode())
        .as("the Tasklist session of a removed person").isEqualTo(401);
  }

  @Test
  void failedLoginsDelayTheNextAndTenInARowLockTheDirectoryAccount() {
    Date start = new Date();
    ClockUtil.setCurrentTime(start);
    assertThat(identity.checkPassword("probe", "wrong")).isFalse();
    assertThat(identity.checkPassword("probe", PROBE_PASSWORD)).as("right password during the delay").isFalse();
    ClockUtil.setCurrentTime(new Date(start.getTime() + 61_000));
    assertThat(identity.checkPassword("probe", PROBE_PASSWORD)).as("right password after the delay").isTrue();

    long t = start.getTime() + 120_000;
    for (int i = 0; i < 10; i++) {
      ClockUtil.setCurrentTime(new Date(t += 61_000));
      assertThat(identity.checkPassword("probe", "wrong")).isFalse();
    }
    ClockUtil.setCurrentTime(new Date(t + 3_600_000));
    assertThat(identity.checkPassword("probe", PROBE_PASSWORD)).as("locked after ten failures").isFalse();
  }

  @Test
  void onlyAnAdministratorUnlocksADirectoryAccount() throws Exception {
    Date start = new Date();
    long t = start.getTime();
    for (int i = 0; i < 10; i++) {
      ClockUtil.setCurrentTime(new Date(t += 61_000));
      identity.checkPassword("probe", "wrong");
    }
    ClockUtil.reset();
    assertThat(unlock(null, null, "probe").statusCode()).isEqualTo(401);
    assertThat(unlock("paula", "demo", "probe").statusCode()).isEqualTo(403);
    assertThat(unlock("probe", PROBE_PASSWORD, "probe").statusCode()).as("not even oneself").isEqualTo(401);
    assertThat(failedLogins.findById("probe")).as("the refusals changed nothing").get()
        .extracting(DirectoryLogin::getFailedAttempts).isEqualTo(10);
    assertThat(identity.checkPassword("probe", PROBE_PASSWORD)).isFalse();

    // A name no row of the gate's allow-list matches is refused before the endpoint, like any unknown path.
    assertThat(unlock("admin", "demo", "probe(x)").statusCode()).isEqualTo(404);
    assertThat(unlock("admin", "demo", "nobodylocked").statusCode()).isEqualTo(404);
    assertThat(unlock("admin", "demo", "probe").statusCode()).isEqualTo(204);
    assertThat(identity.checkPassword("probe", PROBE_PASSWORD)).as("unlocked by an administrator").isTrue();
  }

  private HttpResponse<String> unlock(String user, String password, String username) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port
        + "/api/directory/lockouts/" + URLEncoder.encode(username, StandardCharsets.UTF_8))).DELETE();
    if (user != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder()
          .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    return anonymous.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theBreakGlassAdministratorIsCheckedBeforeTheDirectoryAndWorksWithoutIt() throws Exception {
    assertThat(groups(DirectoryApp.BREAK_GLASS)).containsExactly(Roles.ADMIN);
    assertThat(schools(DirectoryApp.BREAK_GLASS)).isEmpty();
    assertThat(rest(DirectoryApp.BREAK_GLASS, "wrong", "/engine-rest/user").statusCode()).isEqualTo(401);
    ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 61_000));
    directory.server().shutDown(true);
    HttpResponse<String> users = rest(DirectoryApp.BREAK_GLASS, DirectoryApp.BREAK_GLASS_PASSWORD,
        "/engine-rest/process-definition?latestVersion=true");
    assertThat(users.statusCode()).as(users.body()).isEqualTo(200);
  }

  @Test
  void aDirectoryOutageIsAClear503AndLosesNothingAlreadySubmitted() throws Exception {
    referralsForBothSchools();
    Task lhs = tasks.createTaskQuery().taskDefinitionKey("AcknowledgeReferral").tenantIdIn("LHS").singleResult();
    Browser browser = new Browser();
    assertThat(browser.logIn("paula", "demo").statusCode()).isEqualTo(200);
    assertThat(browser.taskNames()).hasSize(1); // as Tasklist does, which also hands out the session's CSRF token
    HttpResponse<String> claimed = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
            + "/camunda/api/engine/engine/default/task/" + lhs.getId() + "/claim"))
        .header("Content-Type", "application/json").header("X-XSRF-TOKEN", token(browser))
        .POST(HttpRequest.BodyPublishers.ofString("{\"userId\": \"paula\"}")));
    assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(204);

    directory.server().shutDown(true);

    String xsrf = token(browser);
    for (HttpResponse<String> response : List.of(
        rest("paula", "demo", "/engine-rest/task"),
        browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                + "/camunda/api/engine/engine/default/task/" + lhs.getId() + "/unclaim"))
            .header("Content-Type", "application/json").header("X-XSRF-TOKEN", xsrf)
            .POST(HttpRequest.BodyPublishers.ofString("{}"))),
        browser.get("/camunda/api/engine/engine/default/task"),
        new Browser().logIn("peter", "demo"))) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(503);
      assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
      JsonNode problem = json.readTree(response.body());
      assertThat(problem.path("title").asText()).isEqualTo("Directory unavailable");
      assertThat(problem.path("detail").asText()).contains("directory cannot be reached").contains("Nothing");
    }
    assertThat(tasks.createTaskQuery().taskId(lhs.getId()).singleResult().getAssignee())
        .as("what was done before the outage stays, what was tried during it did not happen").isEqualTo("paula");

    directory.restart();
    assertThat(browser.taskNames()).as("the session goes on once the directory is back")
        .containsExactly("Acknowledge referral: Jordan D., Lincoln High School");
    assertThat(taskNames("peter")).containsExactly("Acknowledge referral: Riley S., Washington Middle School");
  }

  private String token(Browser browser) {
    return browser.cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
        .findFirst().orElseThrow().getValue();
  }

  private List<String> groups(String user) {
    return identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
  }

  private List<String> schools(String user) {
    return identity.createTenantQuery().userMember(user).includingGroupsOfUser(true).list().stream()
        .map(Tenant::getId).toList();
  }
}
