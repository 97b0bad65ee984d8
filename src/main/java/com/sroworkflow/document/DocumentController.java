package com.sroworkflow.document;

import com.sroworkflow.casefile.ReadableCases;
import com.sroworkflow.casefile.ReadableCases.CaseRef;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.security.CurrentUser;
import com.sroworkflow.security.Messages;
import com.sroworkflow.security.Problem;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/**
 * A case's documents: the page {@code /cases/{id}/documents} (list, upload form, download links; the Tasklist login)
 * and the same under {@code /api/cases/{id}/documents} as JSON. The one access check is
 * {@link ReadableCases#find}: a case the caller may not read is 404, as is a document id of another case.
 */
@Controller
class DocumentController {

  private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'";
  /** A download is never rendered or run by the browser in the application's origin. */
  private static final String DOWNLOAD_CSP = "default-src 'none'; sandbox";

  private final ReadableCases cases;
  private final CaseDocuments documents;
  private final CurrentUser user;
  private final SchoolCalendar calendar;
  private final Schools schools;

  DocumentController(ReadableCases cases, CaseDocuments documents, CurrentUser user, SchoolCalendar calendar,
      Schools schools) {
    this.cases = cases;
    this.documents = documents;
    this.user = user;
    this.calendar = calendar;
    this.schools = schools;
  }

  /** A document as the API and the page show it. */
  record DocumentView(Long id, String fileName, String mediaType, long sizeBytes, String size, String uploadedBy,
      String uploadedAt, String download) {}

  record DocumentList(String caseId, String school, boolean open, String maxSize, List<DocumentView> documents) {}

  // ---- JSON ----

  @GetMapping("/api/cases/{caseId}/documents")
  @ResponseBody
  DocumentList list(@PathVariable String caseId) {
    CaseRef c = readable(caseId);
    return new DocumentList(c.caseId(), c.school(), c.open(), documents.limit(), views(c, "/api"));
  }

  @PostMapping(path = "/api/cases/{caseId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @ResponseBody
  ResponseEntity<DocumentView> upload(@PathVariable String caseId,
      @RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
    CaseRef c = readable(caseId);
    CaseDocument d = store(c, file);
    DocumentView view = view(c, d, "/api");
    return ResponseEntity.created(URI.create(view.download())).body(view);
  }

  @GetMapping("/api/cases/{caseId}/documents/{documentId}")
  ResponseEntity<byte[]> apiDownload(@PathVariable String caseId, @PathVariable String documentId) {
    return download(caseId, documentId);
  }

  // ---- The page ----

  @GetMapping("/cases/{caseId}/documents")
  String page(@PathVariable String caseId, @RequestParam(required = false) String uploaded, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    CaseRef c = readable(caseId);
    show(c, model, request, response);
    if (uploaded != null) {
      model.addAttribute("done", "The document was uploaded.");
    }
    return "document/documents";
  }

  @PostMapping(path = "/cases/{caseId}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String pageUpload(@PathVariable String caseId, @RequestParam(name = "file", required = false) MultipartFile file,
      Model model, HttpServletRequest request, HttpServletResponse response) throws IOException {
    CaseRef c = readable(caseId);
    try {
      CaseDocument d = store(c, file);
      return "redirect:/cases/" + c.caseId() + "/documents?uploaded=" + d.getId();
    } catch (DocumentRefused refused) {
      if (refused.status() == 404) {
        throw refused;
      }
      response.setStatus(refused.status());
      model.addAttribute("error", refused.getMessage());
      show(c, model, request, response);
      return "document/documents";
    }
  }

  @GetMapping("/cases/{caseId}/documents/{documentId}")
  ResponseEntity<byte[]> pageDownload(@PathVariable String caseId, @PathVariable String documentId) {
    return download(caseId, documentId);
  }

  @ExceptionHandler(DocumentRefused.class)
  ResponseEntity<ProblemDetail> refused(DocumentRefused e, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    if (Problem.wantsPage(request)) {
      Problem.send(request, response, e.status(), e.type(), e.getMessage(), null);
      return null;
    }
    return ResponseEntity.status(e.status()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(Problem.of(e.status(), e.type(), e.getMessage(), e.status() == 404 ? null : "file"));
  }

  // ----

  private CaseRef readable(String caseId) {
    return cases.find(caseId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        Messages.text("document.such-case-among-cases")));
  }

  private CaseDocument store(CaseRef c, MultipartFile file) throws IOException {
    if (file == null) {
      throw new DocumentRefused(400, "InvalidInput", Messages.text("document.choose-file-upload-form"));
    }
    if (file.getSize() > documents.maxBytes()) {
      throw new DocumentRefused(413, "DocumentTooLarge", Messages.text("document.document-most", documents.limit()));
    }
    return documents.upload(c, user.require(), file.getOriginalFilename(), file.getBytes());
  }

  private ResponseEntity<byte[]> download(String caseId, String documentId) {
    CaseRef c = readable(caseId);
    Long id = documentId.matches("[0-9]{1,18}") ? Long.valueOf(documentId) : null;
    CaseDocuments.Download d = id == null ? null : documents.download(c, user.require(), id).orElse(null);
    if (d == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("document.case-such-document"));
    }
    return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.document().getMediaType()))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename(d.document().getFileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", DOWNLOAD_CSP)
        .cacheControl(CacheControl.noStore())
        .body(d.content());
  }

  private void show(CaseRef c, Model model, HttpServletRequest request, HttpServletResponse response) {
    model.addAttribute("title", "Documents of " + caseName(c));
    model.addAttribute("caseId", c.caseId());
    model.addAttribute("school", schools.name(c.school()));
    model.addAttribute("open", c.open());
    model.addAttribute("maxSize", documents.limit());
    model.addAttribute("documents", views(c, ""));
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("X-Content-Type-Options", "nosniff");
  }

  static String caseName(CaseRef c) {
    String name = c.processName() == null ? c.processKey() : c.processName();
    return c.businessKey() == null ? name : name + " " + c.businessKey();
  }

  private List<DocumentView> views(CaseRef c, String prefix) {
    return documents.of(c.caseId()).stream().map(d -> view(c, d, prefix)).toList();
  }

  private DocumentView view(CaseRef c, CaseDocument d, String prefix) {
    return new DocumentView(d.getId(), d.getFileName(), d.getMediaType(), d.getSizeBytes(), size(d.getSizeBytes()),
        d.getUploadedBy(), calendar.moment(d.getUploadedAt()),
        prefix + "/cases/" + c.caseId() + "/documents/" + d.getId());
  }

  static String size(long bytes) {
    if (bytes < 1024) {
      return bytes + " bytes";
    }
    if (bytes < 1024 * 1024) {
      return String.format(Locale.US, "%.0f KB", bytes / 1024.0);
    }
    return String.format(Locale.US, "%.1f MB", bytes / (1024.0 * 1024));
  }
}
