package com.sroworkflow.casefile;

import com.sroworkflow.school.School;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.security.Caller;
import com.sroworkflow.security.CurrentUser;
import com.sroworkflow.system.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The case file's pages (issue 17), under the Tasklist login (the webapp session; a form post carries the
 * session's CSRF token): {@code /cases} the case lists, {@code /cases/{id}} one case file with its notes and
 * its PDF download, {@code /students} the student search and {@code /students/{id}} a student's record. Server
 * rendered (templates/casefile), no scripts. Whatever the caller may not read is 404, as if it did not exist.
 */
@Controller
class CasePages {

  private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:;"
      + " form-action 'self'; frame-ancestors 'none'";

  private final CaseFinder finder;
  private final CaseFiles files;
  private final CaseNotes notes;
  private final CasePdf pdf;
  private final CurrentUser user;
  private final Schools schools;
  private final SchoolCalendar calendar;

  CasePages(CaseFinder finder, CaseFiles files, CaseNotes notes, CasePdf pdf, CurrentUser user, Schools schools,
      SchoolCalendar calendar) {
    this.finder = finder;
    this.files = files;
    this.notes = notes;
    this.pdf = pdf;
    this.user = user;
    this.schools = schools;
    this.calendar = calendar;
  }

  /** Writes dates for the templates: the one US form ({@link SchoolCalendar}). */
  public final class Dates {

    public String day(Instant at) {
      return at == null ? "" : calendar.day(at);
    }

    public String moment(Instant at) {
      return at == null ? "" : calendar.moment(at);
    }
  }

  @GetMapping("/cases")
  String list(@RequestParam(required = false) String school, @RequestParam(required = false) String kind,
      @RequestParam(required = false) String status, @RequestParam(required = false) String classification,
      @RequestParam(required = false) String stage, @RequestParam(required = false) Boolean overdue,
      @RequestParam(required = false) Boolean waiting, @RequestParam(required = false) String sort,
      @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model,
      HttpServletResponse response) {
    Caller caller = user.require();
    CaseFinder.Query query = CaseRequests.query(school, kind, status, classification, stage, overdue, waiting, sort,
        page, size);
    CaseFinder.Result result = finder.list(caller, query);
    model.addAttribute("title", "Cases");
    model.addAttribute("result", result);
    model.addAttribute("kinds", finder.kinds(caller));
    model.addAttribute("schoolOptions", schoolOptions(caller));
    model.addAttribute("stages", finder.stages());
    model.addAttribute("f", Map.of("school", orEmpty(school), "kind", orEmpty(kind), "status", orEmpty(status),
        "classification", orEmpty(classification), "stage", orEmpty(stage), "sort", orEmpty(sort)));
    model.addAttribute("overdue", Boolean.TRUE.equals(overdue));
    model.addAttribute("waiting", Boolean.TRUE.equals(waiting));
    String base = UriComponentsBuilder.fromPath("/cases").queryParam("school", orEmpty(school))
        .queryParam("kind", orEmpty(kind)).queryParam("status", orEmpty(status))
        .queryParam("classification", orEmpty(classification)).queryParam("stage", orEmpty(stage))
        .queryParam("overdue", Boolean.TRUE.equals(overdue)).queryParam("waiting", Boolean.TRUE.equals(waiting))
        .queryParam("sort", orEmpty(sort)).queryParam("size", query.size()).encode().build().toUriString();
    model.addAttribute("pageBase", base + "&page=");
    model.addAttribute("schoolNames", schoolNames());
    model.addAttribute("dates", new Dates());
    return page(response, "casefile/list");
  }

  @GetMapping("/cases/{caseId}")
  String file(@PathVariable String caseId, Model model, HttpServletResponse response) {
    return show(user.require(), caseId, model, response, null, null);
  }

  @PostMapping("/cases/{caseId}/notes")
  String note(@PathVariable String caseId, @RequestParam(required = false) String text, Model model,
      HttpServletResponse response) {
    Caller caller = user.require();
    ReadableCases.CaseRef ref = files.find(caller, caseId).orElseThrow(CaseApi::notFound);
    try {
      notes.add(ref, caller.userId(), text);
    } catch (InvalidInputException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return show(caller, caseId, model, response, e.getMessage(), text);
    }
    return "redirect:/cases/" + ref.caseId() + "#notes";
  }

  @GetMapping("/cases/{caseId}.pdf")
  ResponseEntity<byte[]> download(@PathVariable String caseId, @RequestParam(required = false) String reason) {
    Caller caller = user.require();
    CaseFiles.CaseFile file = files.file(caller, caseId).orElseThrow(CaseApi::notFound);
    ReadableCases.CaseRef ref = files.find(caller, caseId).orElseThrow(CaseApi::notFound);
    notes.disclosed(ref, caller.userId(), reason);
    byte[] body = pdf.render(file, caller.userId(), reason.strip());
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"case-" + ref.caseId() + ".pdf\"")
        .header("X-Content-Type-Options", "nosniff").header(HttpHeaders.CACHE_CONTROL, "no-store").body(body);
  }

  @GetMapping("/students")
  String search(@RequestParam(required = false) String q, Model model, HttpServletResponse response) {
    Caller caller = user.require();
    String query = q == null ? "" : q.strip();
    model.addAttribute("title", "Find a student");
    model.addAttribute("q", query);
    model.addAttribute("searched", !query.isEmpty());
    model.addAttribute("students", query.isEmpty() ? List.of() : finder.students(caller, query, 50));
    model.addAttribute("schoolNames", schoolNames());
    return page(response, "casefile/students");
  }

  @GetMapping("/students/{districtStudentId}")
  String student(@PathVariable String districtStudentId, Model model, HttpServletResponse response) {
    List<CaseFinder.Line> cases = finder.ofStudent(user.require(), districtStudentId);
    if (cases.isEmpty()) {
      throw new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND,
          "No such student among the schools you act for.");
    }
    CaseListing.Row newest = cases.stream().map(CaseFinder.Line::row).filter(r -> r.studentName() != null)
        .findFirst().orElse(cases.get(0).row());
    model.addAttribute("title", "Student " + newest.studentName());
    model.addAttribute("student", newest);
    model.addAttribute("cases", cases);
    model.addAttribute("schoolNames", schoolNames());
    model.addAttribute("dates", new Dates());
    return page(response, "casefile/student");
  }

  private String show(Caller caller, String caseId, Model model, HttpServletResponse response, String noteError,
      String noteText) {
    CaseFiles.CaseFile file = files.file(caller, caseId).orElseThrow(CaseApi::notFound);
    CaseListing.Row row = file.line().row();
    model.addAttribute("title", row.kindLabel() + " " + row.number() + (row.studentName() == null ? ""
        : ": " + row.studentName()));
    model.addAttribute("file", file);
    model.addAttribute("row", row);
    model.addAttribute("caseId", caseId);
    model.addAttribute("noteError", noteError);
    model.addAttribute("noteText", noteText == null ? "" : noteText);
    model.addAttribute("maxNote", CaseNotes.MAX_LENGTH);
    model.addAttribute("dates", new Dates());
    return page(response, "casefile/case");
  }

  private List<School> schoolOptions(Caller caller) {
    return schools.all().stream().filter(s -> caller.actsFor(s.getCode())).toList();
  }

  private Map<String, String> schoolNames() {
    Map<String, String> names = new LinkedHashMap<>();
    schools.all().forEach(s -> names.put(s.getCode(), s.getName()));
    return names;
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }

  private static String page(HttpServletResponse response, String template) {
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    return template;
  }
}
