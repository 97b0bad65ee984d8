package com.sroworkflow.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sroworkflow.IntegrationTest;
import com.sroworkflow.threat.ThreatScenario;
import com.sroworkflow.threat.ThreatTestData;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * A case's documents through {@code /api/cases/{id}/documents}: typed by content, limited to 10 MB, downloaded with
 * safe headers by the case's school, every upload and download in the audit trail, removed with the case.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CaseDocumentsTest {

  static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Autowired TestRestTemplate rest;
  @Autowired ThreatScenario scenario;
  @Autowired RuntimeService runtime;
  @Autowired HistoryService history;
  @Autowired DocumentRetention retention;
  @Autowired CaseDocumentRepository documents;

  final ObjectMapper json = new ObjectMapper();
  ProcessInstance lhsCase;

  @BeforeAll
  void aCaseAtLincoln() {
    lhsCase = scenario.report("paula", ThreatTestData.lhsReport());
  }

  @AfterAll
  void cleanUp() {
    scenario.removeStartedCases();
  }

  @Test
  void aPdfIsStoredTypedByItsContentAndDownloadedWithSafeHeadersAndAudited() throws Exception {
    ResponseEntity<String> up = upload("paula", lhsCase.getId(), "<script>alert(1)</script>.pdf", PDF);
    assertThat(up.getStatusCode().value()).as(up.getBody()).isEqualTo(201);
    JsonNode doc = json.readTree(up.getBody());
    assertThat(doc.get("mediaType").asText()).isEqualTo("application/pdf");
    assertThat(doc.get("fileName").asText()).doesNotContain("<").endsWith(".pdf");

    ResponseEntity<byte[]> down = rest.exchange(doc.get("download").asText(), HttpMethod.GET,
        new HttpEntity<>(basic("maria")), byte[].class);
    assertThat(down.getStatusCode().value()).isEqualTo(200);
    assertThat(down.getBody()).isEqualTo(PDF);
    assertThat(down.getHeaders().getContentType().toString()).isEqualTo("application/pdf");
    assertThat(down.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(down.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
        .doesNotContain("<");

    String audit = get("paula", "/api/cases/" + lhsCase.getId() + "/audit").getBody();
    assertThat(audit).contains("Uploaded document").contains("Downloaded document").contains("maria");
    assertThat(get("paula", "/api/cases/" + lhsCase.getId() + "/documents").getBody())
        .contains(doc.get("fileName").asText());
  }

  @Test
  void aWordDocumentIsTakenAndAZipRenamedDocxIsNot() throws Exception {
    ResponseEntity<String> word = upload("paula", lhsCase.getId(), "plan.docx",
        zip("[Content_Types].xml", "word/document.xml"));
    assertThat(word.getStatusCode().value()).as(word.getBody()).isEqualTo(201);
    assertThat(json.readTree(word.getBody()).get("mediaType").asText()).isEqualTo(DocumentTypes.DOCX);

    ResponseEntity<String> zip = upload("paula", lhsCase.getId(), "plan.docx", zip("payload.bin"));
    assertThat(zip.getStatusCode().value()).isEqualTo(415);
  }

  @Test
  void aProgramRenamedPdfAndAnElevenMegabyteFileAreRefusedNamingTheProblem() {
    byte[] exe = new byte[512];
    exe[0] = 'M';
    exe[1] = 'Z';
    long before = documents.count();
    ResponseEntity<String> program = upload("paula", lhsCase.getId(), "notes.pdf", exe);
    assertThat(program.getStatusCode().value()).isEqualTo(415);
    assertThat(program.getBody()).contains("upload a PDF");

    byte[] big = new byte[11 * 1024 * 1024];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    ResponseEntity<String> tooLarge = upload("paula", lhsCase.getId(), "big.pdf", big);
    assertThat(tooLarge.getStatusCode().value()).isEqualTo(413);
    assertThat(tooLarge.getBody()).contains("10 MB");
    assertThat(documents.count()).isEqualTo(before);
  }

  @Test
  void anotherSchoolsPrincipalFindsNoCaseAndNoDocument() {
    ResponseEntity<String> up = upload("paula", lhsCase.getId(), "a.pdf", PDF);
    String download = up.getHeaders().getLocation().toString();
    assertThat(get("peter", "/api/cases/" + lhsCase.getId() + "/documents").getStatusCode().value()).isEqualTo(404);
    assertThat(get("peter", download).getStatusCode().value()).isEqualTo(404);
    assertThat(upload("peter", lhsCase.getId(), "b.pdf", PDF).getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void aDocumentIdOfAnotherCaseIsNotFoundOnThisOne() throws Exception {
    ProcessInstance other = scenario.report("paula", ThreatTestData.lhsReport());
    JsonNode doc = json.readTree(upload("paula", other.getId(), "other.pdf", PDF).getBody());
    ResponseEntity<String> crossed = get("paula",
        "/api/cases/" + lhsCase.getId() + "/documents/" + doc.get("id").asText());
    assertThat(crossed.getStatusCode().value()).isEqualTo(404);
  }

  @Test
  void theDocumentsGoWithTheCaseWhenItsHistoryIsRemoved() throws Exception {
    ProcessInstance ending = scenario.report("paula", ThreatTestData.lhsReport());
    JsonNode doc = json.readTree(upload("paula", ending.getId(), "kept.pdf", PDF).getBody());
    Long id = doc.get("id").asLong();

    retention.removeExpired(Instant.now().plus(1, ChronoUnit.DAYS));
    assertThat(documents.findById(id)).as("an open case keeps its documents").isPresent();

    runtime.deleteProcessInstance(ending.getId(), "ended for the test", true, true);
    Instant removal = history.createHistoricProcessInstanceQuery().processInstanceId(ending.getId()).singleResult()
        .getRemovalTime().toInstant();
    retention.removeExpired(removal.minusSeconds(1));
    assertThat(documents.findById(id)).as("kept while the case's history is").isPresent();
    retention.removeExpired(removal.plusSeconds(1));
    assertThat(documents.findById(id)).isEmpty();
  }

  private HttpHeaders basic(String user) {
    HttpHeaders h = new HttpHeaders();
    h.setBasicAuth(user, "demo", StandardCharsets.UTF_8);
    return h;
  }

  private ResponseEntity<String> get(String user, String path) {
    return rest.exchange(path, HttpMethod.GET, new HttpEntity<>(basic(user)), String.class);
  }

  private ResponseEntity<String> upload(String user, String caseId, String name, byte[] content) {
    HttpHeaders h = basic(user);
    h.setContentType(MediaType.MULTIPART_FORM_DATA);
    MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
    body.add("file", new ByteArrayResource(content) {
      @Override
      public String getFilename() {
        return name;
      }
    });
    return rest.exchange("/api/cases/" + caseId + "/documents", HttpMethod.POST, new HttpEntity<>(body, h),
        String.class);
  }

  static byte[] zip(String... entries) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (String e : entries) {
        zip.putNextEntry(new ZipEntry(e));
        zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }
}
