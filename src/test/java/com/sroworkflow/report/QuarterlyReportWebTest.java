package com.sroworkflow.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.assignment.ProgramScenario;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/**
 * The quarterly report as people open it: a page with charts, CSV and PDF downloads, each for whoever
 * may read it (supervisor their SROs and their schools, principal their school, the Chief everything)
 * and 404 for everyone else; no student's name anywhere.
 */
@IntegrationTest
class QuarterlyReportWebTest {

  private static final String Q = "?quarter=2025-Q1";

  @Autowired ReportTestData data;
  @Autowired ProgramScenario scenario;
  @Autowired TestRestTemplate rest;

  @BeforeEach
  void load() {
    data.load();
  }

  @AfterEach
  void cleanUp() {
    data.remove();
    scenario.reset();
  }

  private ResponseEntity<byte[]> get(String user, String path) {
    HttpHeaders headers = new HttpHeaders();
    if (user != null) {
      headers.setBasicAuth(user, "demo", StandardCharsets.UTF_8);
    }
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), byte[].class);
  }

  private int status(String user, String path) {
    return get(user, path).getStatusCode().value();
  }

  private String text(String user, String path) {
    ResponseEntity<byte[]> r = get(user, path);
    assertThat(r.getStatusCode().value()).as(user + " " + path).isEqualTo(200);
    return new String(r.getBody(), StandardCharsets.UTF_8);
  }

  @Test
  void samOpensSallysReportWithChartsAndDownloadsItAsCsvAndPdf() throws Exception {
    String page = text("sam", "/reports/quarterly/officers/sally" + Q);
    assertThat(page).contains("Quarterly report 2025-Q1: Sally Sato").contains("<svg")
        .contains("Threat cases by level of concern").contains("Referrals by agency type")
        .contains("Median acknowledgement").contains("15.0 h").contains("valid until 2026-06-01")
        .doesNotContain(ReportTestData.STUDENT).doesNotContain("Reportson").doesNotContain("<script")
        .doesNotContain("http://").doesNotContain("https://");
    assertThat(get("sam", "/reports/quarterly/officers/sally" + Q).getHeaders().getFirst("Content-Security-Policy"))
        .startsWith("default-src 'none'");
    // the High bar is one of four cases' worth of the Medium bar's two
    assertThat(page).contains("<title>High: 1</title>").contains("<title>Medium: 2</title>");

    ResponseEntity<byte[]> csv = get("sam", "/reports/quarterly/officers/sally.csv" + Q);
    assertThat(csv.getHeaders().getContentType().toString()).startsWith("text/csv");
    assertThat(csv.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
        .isEqualTo("attachment; filename=\"sro-quarterly-officer-sally-2025-Q1.csv\"");
    String lines = new String(csv.getBody(), StandardCharsets.UTF_8);
    assertThat(lines.split("\r\n")[0]).isEqualTo("report,quarter,section,category,measure,value");
    assertThat(lines).contains("Sally Sato,2025-Q1,Threat cases,All,count,4\r\n")
        .contains("Sally Sato,2025-Q1,Threat cases by level of concern,Medium,count,2\r\n")
        .contains("Sally Sato,2025-Q1,Referral acknowledgement,Median,hours,15.0\r\n")
        .contains("Sally Sato,2025-Q1,Activities,Classes taught,count,2\r\n")
        .contains("Sally Sato,2025-Q1,Threat cases by outcome,Concern resolved,count,1\r\n")
        .doesNotContain("Reportson");

    ResponseEntity<byte[]> pdf = get("sam", "/reports/quarterly/officers/sally.pdf" + Q);
    assertThat(pdf.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
    assertThat(new String(pdf.getBody(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    PdfReader reader = new PdfReader(pdf.getBody());
    StringBuilder all = new StringBuilder();
    PdfTextExtractor extractor = new PdfTextExtractor(reader);
    for (int p = 1; p <= reader.getNumberOfPages(); p++) {
      all.append(extractor.getTextFromPage(p)).append('\n');
    }
    assertThat(all.toString()).contains("Quarterly report 2025-Q1: Sally Sato").contains("4 in all")
        .contains("median 15.0 h").doesNotContain("Reportson");
  }

  @Test
  void csvFieldsAreEscapedAndNeverReadAsFormulas() {
    assertThat(ReportFiles.field("plain")).isEqualTo("plain");
    assertThat(ReportFiles.field("a, b")).isEqualTo("\"a, b\"");
    assertThat(ReportFiles.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(ReportFiles.field("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(ReportFiles.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
    assertThat(ReportFiles.field("-1")).isEqualTo("'-1");
  }

  @Test
  void eachPersonReadsTheReportsTheirRoleAllowsAndNothingElse() {
    String sally = "/reports/quarterly/officers/sally" + Q;
    String lhs = "/reports/quarterly/schools/LHS" + Q;
    String wms = "/reports/quarterly/schools/WMS" + Q;
    for (String path : List.of(sally, lhs, wms)) {
      assertThat(status("chief", path)).as("chief " + path).isEqualTo(200);
      assertThat(status("sam", path)).as("sam " + path).isEqualTo(200);
      for (String suffix : List.of(".csv", ".pdf")) {
        String file = path.replace(Q, suffix + Q);
        assertThat(status("maria", file)).as("maria " + file).isEqualTo(404);
      }
    }
    assertThat(status("paula", lhs)).isEqualTo(200);
    assertThat(status("paula", lhs.replace(Q, ".pdf" + Q))).isEqualTo(200);
    assertThat(status("paula", wms)).isEqualTo(404);
    assertThat(status("paula", sally)).as("a principal reads her school's report, not the SRO's").isEqualTo(404);
    assertThat(status("peter", lhs)).isEqualTo(404);
    assertThat(status("peter", wms)).isEqualTo(200);
    assertThat(status("sally", sally)).as("an SRO reads her own").isEqualTo(200);
    assertThat(status("sally", "/reports/quarterly/officers/steve" + Q)).isEqualTo(404);
    assertThat(status("sally", lhs)).isEqualTo(404);
    for (String nobody : List.of("hana", "carl", "olivia", "maria", "dana")) {
      assertThat(status(nobody, sally)).as(nobody).isEqualTo(404);
      assertThat(status(nobody, lhs)).as(nobody).isEqualTo(404);
    }
    assertThat(status(null, sally)).isEqualTo(401);
    assertThat(status(null, "/reports/quarterly")).isEqualTo(401);
    assertThat(status("chief", "/reports/quarterly/officers/nobody" + Q)).isEqualTo(404);
    assertThat(status("chief", "/reports/quarterly/schools/ZZZ" + Q)).isEqualTo(404);
    assertThat(status("chief", "/reports/quarterly/officers/sally?quarter=2025-Q7")).isEqualTo(400);
  }

  @Test
  void theIndexListsWhatEachPersonMayOpen() {
    String sam = text("sam", "/reports/quarterly" + Q);
    assertThat(sam).contains("Sally Sato").contains("Steve Stark").contains("Lincoln High School")
        .contains("/reports/quarterly/officers/sally.pdf?quarter=2025-Q1");
    String paula = text("paula", "/reports/quarterly" + Q);
    assertThat(paula).contains("Lincoln High School").doesNotContain("Washington Middle School")
        .doesNotContain("Sally Sato");
    assertThat(text("hana", "/reports/quarterly" + Q)).contains("None you may read.");
  }
}
