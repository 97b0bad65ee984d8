package com.sroworkflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.sroworkflow.IntegrationTest;
import com.sroworkflow.casefile.CaseFileTestData;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The case file (issue 17) against people outside the case and bad input: another school's principal gets 404
 * for the pages, the JSON, the notes and the PDF of an LHS case, as for an id that does not exist; path
 * variants, malformed and oversized ids and parameters, oversize, empty and wrong-type notes and a page post
 * without its CSRF token are refused; every refusal leaves the database as it was. Script in a note is stored
 * as typed and comes back escaped.
 */
@IntegrationTest
class CaseFileHostileTest {

  @LocalServerPort int port;
  @Autowired JdbcTemplate jdbc;
  @Autowired CaseFileTestData data;

  private Hostile hostile;
  private CaseFileTestData.Cases cases;

  @BeforeEach
  void setUp() {
    hostile = new Hostile(port, jdbc);
    cases = data.create();
    for (String user : List.of("paula", "peter", "maria")) {
      assertThat(hostile.get(user, "/students").status()).as(user + " signs in").isEqualTo(200);
    }
  }

  @AfterEach
  void end() {
    data.end(cases);
  }

  private static String note(String text) {
    return "text=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void anotherSchoolsPrincipalGets404ForEverythingOfTheCaseAndNothingChanges() {
    String id = cases.threat().getId();
    for (String path : List.of("/cases/" + id, "/cases/" + id + ".pdf?reason=Records%20request%20of%2012%2F3",
        "/api/cases/" + id, "/students/" + cases.student(), "/api/students/" + cases.student() + "/cases",
        "/cases/" + cases.referral().getId(), "/api/cases/" + cases.referral().getId())) {
      hostile.refused("peter GET " + path, () -> hostile.get("peter", path), 404);
    }
    hostile.refused("peter posts a note on the page", () -> hostile.form("peter", "/cases/" + id + "/notes",
        note("Not my school's case.")), 404);
    hostile.refused("peter posts a note to the API", () -> hostile.post("peter", "/api/cases/" + id + "/notes",
        "{\"text\": \"Not my school's case.\"}"), 404);
    hostile.refused("the counselor reads a referral (not her role's)", () -> hostile.get("maria",
        "/api/cases/" + cases.referral().getId()), 404);
    hostile.refused("a case id that does not exist", () -> hostile.get("paula", "/api/cases/4711"), 404);
    assertThat(hostile.get("peter", "/api/cases?size=100").body()).doesNotContain(id);
    assertThat(hostile.get("peter", "/api/students?q=" + cases.student()).body()).isEqualTo("[]");
  }

  @Test
  void pathVariantsMalformedIdsAndParametersAreRefused() {
    String id = cases.threat().getId();
    for (String path : List.of("/cases/" + id + "/", "/cases/" + id + ";jsessionid=ABC", "/api/cases/" + id + "/",
        "/api/cases/" + id + ";x=1", "/cases/" + id + "%2Fnotes", "/cases/../api/cases/" + id, "/cases//" + id,
        "/api/students/" + cases.student() + "/cases/", "/students/" + cases.student() + "%00")) {
      hostile.refused("paula GET " + path, () -> hostile.get("paula", path), 400, 404);
    }
    for (String path : List.of("/api/cases/" + "9".repeat(70), "/api/cases/abc%27%20OR%201%3D1",
        "/api/cases/" + "x".repeat(5000), "/api/students/" + "1".repeat(300) + "/cases", "/cases/%3Cscript%3E")) {
      hostile.refused("paula GET a malformed id", () -> hostile.get("paula", path), 400, 404, 414);
    }
    for (String query : List.of("page=abc", "page=0", "page=-1", "size=1000", "size=0", "status=maybe",
        "classification=EVIL", "sort=password", "kind=police", "school=WMS", "page=99999999999", "stage=" + "x".repeat(300),
        "overdue=perhaps")) {
      hostile.refused("paula lists with " + query, () -> hostile.get("paula", "/api/cases?" + query), 400);
      hostile.refused("paula's page with " + query, () -> hostile.get("paula", "/cases?" + query), 400);
    }
    hostile.refused("an empty student search", () -> hostile.get("paula", "/api/students?q=%20"), 400);
    hostile.refused("a huge student search", () -> hostile.get("paula", "/api/students?q=" + "a".repeat(200)), 400);
  }

  @Test
  void badNotesAreRefusedAndScriptInANoteComesBackEscaped() {
    String id = cases.threat().getId();
    String api = "/api/cases/" + id + "/notes";
    hostile.refused("an oversize note", () -> hostile.post("paula", api, "{\"text\": \"" + "a".repeat(4001) + "\"}"),
        400);
    java.util.Map<String, String> before = hostile.state();
    Hostile.Answer again = hostile.form("paula", "/cases/" + id + "/notes", note("a".repeat(4001)));
    assertThat(again.status()).as("an oversize note on the page").isEqualTo(400);
    assertThat(again.body()).as("the case file again, saying why").contains("role=\"alert\"")
        .contains("A note has at most 4000 characters; this one has 4001.");
    hostile.assertUnchanged("an oversize note on the page", before);
    hostile.refused("an empty note", () -> hostile.post("paula", api, "{\"text\": \"   \"}"), 400);
    hostile.refused("a note with NUL", () -> hostile.post("paula", api, "{\"text\": \"a\\u0000b\"}"), 400);
    hostile.refused("a note of the wrong type", () -> hostile.post("paula", api, "{\"text\": {\"a\": 1}}"), 400);
    hostile.refused("a note that is not JSON", () -> hostile.post("paula", api, "text=hello"), 400);
    hostile.refused("a page post without the CSRF token", () -> hostile.call("paula", "POST", "/cases/" + id
        + "/notes", note("forged"), "application/x-www-form-urlencoded", false), 403);
    hostile.refused("a PDF without the records request", () -> hostile.get("paula", "/cases/" + id + ".pdf"), 400);

    String script = "<script>alert(1)</script> & <img src=x onerror=alert(2)>";
    Hostile.Answer posted = hostile.form("paula", "/cases/" + id + "/notes", note(script));
    assertThat(posted.status()).as(posted.body()).isEqualTo(302);
    String page = hostile.get("paula", "/cases/" + id).body();
    assertThat(page).contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &lt;img src=x onerror=alert(2)&gt;")
        .doesNotContain("<script>alert(1)").doesNotContain("<img src=x");
    assertThat(jdbc.queryForObject("select body from case_file_entry where case_id = ? and kind = 'NOTE'",
        String.class, id)).isEqualTo(script);
  }

  @Test
  void aPdfForARecordsRequestIsLoggedAsADisclosureInTheTimeline() {
    String id = cases.threat().getId();
    Hostile.Answer pdf = hostile.get("paula", "/cases/" + id + ".pdf?reason="
        + URLEncoder.encode("Records request of the parents, Dec 3", StandardCharsets.UTF_8));
    assertThat(pdf.status()).isEqualTo(200);
    assertThat(pdf.headers().get("content-type")).containsExactly("application/pdf");
    assertThat(pdf.body()).startsWith("%PDF");
    assertThat(jdbc.queryForObject("select body from case_file_entry where case_id = ? and kind = 'DISCLOSURE'",
        String.class, id)).isEqualTo("Records request of the parents, Dec 3");
    assertThat(hostile.get("paula", "/api/cases/" + id).body())
        .contains("Downloaded the case file for a records request");
  }
}
