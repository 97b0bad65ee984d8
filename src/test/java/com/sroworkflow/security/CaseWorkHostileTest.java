package com.sroworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sroworkflow.IntegrationTest;
import com.sroworkflow.threat.ThreatScenario;
import com.sroworkflow.threat.ThreatTestData;
import com.sroworkflow.WebappSession;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case file's work (issue 17 items 3, 4, 5, 9) as outsiders and with bad input: another school's principal
 * (peter, WMS) on paula's LHS case gets 404 from every page and endpoint; path variants are 400; a document id of
 * another case is 404; a program renamed .pdf, an 11 MB file, a transfer to no school and a round without a reason
 * are refused; script in a file name is not markup. Each probe changes nothing in the database.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseWorkHostileTest {

  static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired ThreatScenario scenario;

  private Hostile hostile;
  private String lhsCase;
  private String otherLhsCase;
  private String documentId;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void freshReading() {
    hostile = new Hostile(port, jdbc);
  }

  @BeforeAll
  void aCaseWithADocument() {
    hostile = new Hostile(port, jdbc);
    ProcessInstance pi = scenario.report("maria", ThreatTestData.lhsReport());
    scenario.screenAsThreat(pi);
    lhsCase = pi.getId();
    otherLhsCase = scenario.report("maria", ThreatTestData.lhsReport()).getId();
    Hostile.Answer up = upload("paula", lhsCase, "<script>alert(1)</script>.pdf", PDF);
    assertThat(up.status()).as(up.body()).isEqualTo(201);
    documentId = up.json().get("id").asText();
  }

  @AfterAll
  void cleanUp() {
    scenario.removeStartedCases();
  }

  @Test
  void anotherSchoolsPrincipalFindsNothingOnAnyPageOrEndpointAndChangesNothing() throws Exception {
    WebappSession peter = new WebappSession(port, "peter");
    ProcessInstance wms = scenario.report("peter", ThreatTestData.wmsReport());
    String token = WebappSession.token(peter.page("/cases/" + wms.getId() + "/reassess").body());
    assertThat(token).isNotEmpty();
    String api = "/api/cases/" + lhsCase;
    refused("peter lists", () -> hostile.get("peter", api + "/documents"), 404);
    refused("peter downloads", () -> hostile.get("peter", api + "/documents/" + documentId), 404);
    refused("peter uploads", () -> upload("peter", lhsCase, "a.pdf", PDF), 404);
    refused("peter transfers", () -> hostile.post("peter", api + "/transfer",
        "{\"toSchool\":\"WMS\",\"reason\":\"Mine now.\"}"), 404);
    refused("peter re-assesses", () -> hostile.post("peter", api + "/reassess", "{\"reason\":\"Again.\"}"), 404);

    String page = "/cases/" + lhsCase;
    for (String path : List.of(page + "/documents", page + "/documents/" + documentId, page + "/transfer",
        page + "/reassess")) {
      refused("peter's session reads " + path, () -> Hostile.answer(() -> peter.page(path)), 404);
    }
    refused("peter's session posts a transfer", () -> Hostile.answer(() -> peter.post(page + "/transfer", "_csrf", token,
        "toSchool", "WMS", "reason", "Mine now.")), 404);
    refused("peter's session posts a round", () -> Hostile.answer(() -> peter.post(page + "/reassess", "_csrf", token,
        "reason", "Again.")), 404);
  }

  @Test
  void pathVariantsAreRefusedBeforeRouting() {
    String path = "/api/cases/" + lhsCase + "/documents";
    for (String variant : List.of(path + "/", path + ";jsessionid=ABC", "/api/cases/" + lhsCase + "%2Fdocuments",
        "/api/cases//" + lhsCase + "/documents", path + "/" + documentId + "/", "/cases/" + lhsCase + "/transfer/",
        "/cases/" + lhsCase + "/reassess;jsessionid=ABC")) {
      refused("paula " + variant, () -> hostile.get("paula", variant), 400);
    }
  }

  @Test
  void aDocumentIdIsOnlyFoundOnItsOwnCase() {
    refused("paula with another case's document",
        () -> hostile.get("paula", "/api/cases/" + otherLhsCase + "/documents/" + documentId), 404);
    refused("paula with no document id", () -> hostile.get("paula", "/api/cases/" + lhsCase + "/documents/x1"), 404);
  }

  @Test
  void badUploadsAndMovesAreRefusedNamingTheProblem() {
    byte[] exe = new byte[256];
    exe[0] = 'M';
    exe[1] = 'Z';
    refused("a program renamed .pdf", () -> upload("paula", lhsCase, "minutes.pdf", exe), 415);
    byte[] big = new byte[11 * 1024 * 1024];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    refused("an 11 MB file", () -> upload("paula", lhsCase, "big.pdf", big), 413);
    refused("an empty file", () -> upload("paula", lhsCase, "empty.pdf", new byte[0]), 400);
    refused("a transfer to no school", () -> hostile.post("paula", "/api/cases/" + lhsCase + "/transfer",
        "{\"toSchool\":\"XYZ\",\"reason\":\"Moved.\"}"), 400);
    refused("a transfer without a reason", () -> hostile.post("paula", "/api/cases/" + lhsCase + "/transfer",
        "{\"toSchool\":\"WMS\"}"), 400);
    refused("a round with an unknown field", () -> hostile.post("paula", "/api/cases/" + lhsCase + "/reassess",
        "{\"reason\":\"x\",\"schoolCode\":\"WMS\"}"), 400);
    refused("a round while the threat is being assessed", () -> hostile.post("paula",
        "/api/cases/" + lhsCase + "/reassess", "{\"reason\":\"Again.\"}"), 409);
  }

  @Test
  void scriptInAFileNameIsNeverMarkup() throws Exception {
    String html = new WebappSession(port, "paula").page("/cases/" + lhsCase + "/documents").body();
    assertThat(html).doesNotContain("<script>alert(1)").contains("script_.pdf");
    Hostile.Answer download = hostile.get("paula", "/api/cases/" + lhsCase + "/documents/" + documentId);
    assertThat(download.headers().get("content-disposition").get(0)).startsWith("attachment;").doesNotContain("<");
    assertThat(download.headers().get("x-content-type-options")).containsExactly("nosniff");
  }

  private void refused(String what, Supplier<Hostile.Answer> call, Integer... statuses) {
    hostile.refused(what, call, statuses);
  }


  private Hostile.Answer upload(String user, String caseId, String name, byte[] content) {
    String boundary = "----casework" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
        + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/cases/" + caseId
            + "/documents"))
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo")
            .getBytes(StandardCharsets.UTF_8)))
        .header("Accept", "application/json").header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
    return Hostile.answer(() -> http.send(request, HttpResponse.BodyHandlers.ofString()));
  }
}
