package com.sroworkflow.casefile;

import com.sroworkflow.security.Caller;
import com.sroworkflow.security.CurrentUser;
import com.sroworkflow.security.Messages;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The case file's data as JSON (issue 17): the same lists, student record and case file as the pages under
 * {@code /cases}, for the people who may read them, described by the OpenAPI document at {@code /v3/api-docs}.
 * A case or student outside the caller's schools answers 404, as if it did not exist.
 */
@RestController
@Tag(name = "Case file", description = "Student cases of the schools you act for: lists, a student's record, one case")
class CaseApi {

  static final String NOT_FOUND = "No such case among the cases you may read.";

  private final CaseFinder finder;
  private final CaseFiles files;
  private final CaseNotes notes;
  private final CurrentUser user;

  CaseApi(CaseFinder finder, CaseFiles files, CaseNotes notes, CurrentUser user) {
    this.finder = finder;
    this.files = files;
    this.notes = notes;
    this.user = user;
  }

  public record NoteRequest(String text) {}

  @GetMapping("/api/cases")
  @Operation(summary = "The cases of your schools, filtered, sorted and paged, with counts per kind")
  CaseFinder.Result list(@RequestParam(required = false) String school,
      @Parameter(description = "threat, referral or police (police roles only)") @RequestParam(required = false) String kind,
      @Parameter(description = "open, closed, or empty for both") @RequestParam(required = false) String status,
      @Parameter(description = "TRANSIENT, SERIOUS or VERY_SERIOUS (threat cases)") @RequestParam(required = false) String classification,
      @Parameter(description = "the name of an open task") @RequestParam(required = false) String stage,
      @Parameter(description = "only cases with an overdue task") @RequestParam(required = false) Boolean overdue,
      @Parameter(description = "only cases waiting on a timer (monitoring, follow-up)") @RequestParam(required = false) Boolean waiting,
      @Parameter(description = "opened, student or school; '-' first for descending (default -opened)") @RequestParam(required = false) String sort,
      @Parameter(description = "from 1") @RequestParam(required = false) Integer page,
      @Parameter(description = "1 to 100, default 25") @RequestParam(required = false) Integer size) {
    return finder.list(user.require(), CaseRequests.query(school, kind, status, classification, stage, overdue,
        waiting, sort, page, size));
  }

  @GetMapping("/api/cases/{caseId}")
  @Operation(summary = "One case file: summary, timeline, open tasks, timers, notes")
  CaseFiles.CaseFile file(@PathVariable String caseId) {
    return files.file(user.require(), caseId).orElseThrow(CaseApi::notFound);
  }

  @PostMapping("/api/cases/{caseId}/notes")
  @Operation(summary = "Adds a note (plain text, up to 4,000 characters) to a case")
  ResponseEntity<CaseNotes.Note> note(@PathVariable String caseId, @RequestBody NoteRequest request) {
    Caller caller = user.require();
    ReadableCases.CaseRef ref = files.find(caller, caseId).orElseThrow(CaseApi::notFound);
    return ResponseEntity.status(HttpStatus.CREATED).body(notes.add(ref, caller.userId(),
        request == null ? null : request.text()));
  }

  @GetMapping("/api/students")
  @Operation(summary = "Students of your schools by district student id (exact) or the start of their name")
  List<CaseListing.Student> students(@RequestParam String q) {
    return finder.students(user.require(), q, 50);
  }

  @GetMapping("/api/students/{districtStudentId}/cases")
  @Operation(summary = "Every case of a student at your schools, newest first")
  List<CaseFinder.Line> studentCases(@PathVariable String districtStudentId) {
    List<CaseFinder.Line> cases = finder.ofStudent(user.require(), districtStudentId);
    if (cases.isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("casefile.such-student-among-schools"));
    }
    return cases;
  }

  static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, NOT_FOUND);
  }
}
