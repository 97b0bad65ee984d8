package com.sroworkflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.WebappSession;
import com.sroworkflow.mou.YearScenario;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Tasklist's filters reach the people they are for, whatever ran before: another application that started and
 * stopped in the same JVM (ProductionProfileTest's) leaves the shared application's Tasklist answering as before,
 * and a filter a new version adds reaches users who had their filters from the version before.
 */
@IntegrationTest
class TasklistAfterAnotherApplicationTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired YearScenario year;
  @Autowired IdentitySetup setup;
  @Autowired FilterService filters;

  @AfterEach
  void done() {
    year.reset();
    year.done();
  }

  private static List<String> filterNames(WebappSession session) throws Exception {
    HttpResponse<String> answer = session.engine("GET", "/filter?resourceType=Task", null);
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    List<String> names = new ArrayList<>();
    for (JsonNode filter : JSON.readTree(answer.body())) {
      names.add(filter.path("name").asText());
    }
    return names;
  }

  /**
   * Before the fix (ProductionApplication putting Camunda's JVM-wide webapp fields back), every request of a
   * Tasklist session after the other application stopped answered 500: the filter list, and a start.
   */
  @Test
  void anotherApplicationStartingAndStoppingInTheJvmLeavesTasklistAnsweringAsBefore() throws Exception {
    WebappSession paula = new WebappSession(port, "paula");
    assertThat(filterNames(paula)).contains("Emergency planning", "My work");

    try (ProductionApplication production = ProductionApplication.start("SRO_ADMIN_PASSWORD=Vt4!qLx9#pR2mZ")) {
      assertThat(production.bean(FilterService.class).createTaskFilterQuery().filterName("Emergency planning").count())
          .isOne();
    }

    assertThat(filterNames(paula)).as("the session from before").contains("Emergency planning", "My work");
    assertThat(filterNames(new WebappSession(port, "paula"))).as("a new login").contains("Emergency planning");
    HttpResponse<String> started = new WebappSession(port, "tina").engine("POST",
        "/process-definition/key/sroConference/submit-form", """
            {"variables": {"schoolCode": {"value": "LHS"}, "requesterRole": {"value": "STUDENT"},
             "requesterName": {"value": "Jordan Miller"}, "requesterContact": {"value": "Room 210, period 4"},
             "conferenceTopic": {"value": "Someone keeps taking his bike at the rack."}}}""");
    assertThat(started.statusCode()).as(started.body()).isEqualTo(200);
    assertThat(year.instances("sroConference")).hasSize(1);
  }

  /** Filters are the installation's, not each user's: the next start of a new version adds the missing ones. */
  @Test
  void aFilterANewVersionAddsReachesUsersWhoHadTheirFiltersBefore() throws Exception {
    filters.deleteFilter(filters.createTaskFilterQuery().filterName("Emergency planning").singleResult().getId());
    WebappSession paula = new WebappSession(port, "paula");
    assertThat(filterNames(paula)).as("the version before").contains("My work").doesNotContain("Emergency planning");

    setup.run(null);

    assertThat(filterNames(paula)).contains("Emergency planning");
    assertThat(filterNames(new WebappSession(port, "peter"))).contains("Emergency planning");
    assertThat(filterNames(new WebappSession(port, "tina"))).doesNotContain("Emergency planning");
  }
}
