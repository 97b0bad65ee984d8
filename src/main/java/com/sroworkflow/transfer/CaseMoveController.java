package com.sroworkflow.transfer;

import com.sroworkflow.casefile.ReadableCases;
import com.sroworkflow.casefile.ReadableCases.CaseRef;
import com.sroworkflow.school.School;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.security.CurrentUser;
import com.sroworkflow.security.Messages;
import com.sroworkflow.security.Problem;
import com.sroworkflow.system.InvalidInputException;
import com.sroworkflow.referral.ReferralTransfers;
import com.sroworkflow.threat.ThreatRounds;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.List;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The transfer and re-assessment forms of a case ({@code /cases/{id}/transfer}, {@code /cases/{id}/reassess}; the
 * Tasklist login) and the same as JSON under {@code /api/cases/{id}/...}. A case the caller may not read is 404
 * ({@link ReadableCases#find}, the one check); one they read but may not move is 403 naming who may.
 */
@Controller
class CaseMoveController {

  private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'";

  private final ReadableCases cases;
  private final CaseMoves moves;
  private final CurrentUser user;
  private final Schools schools;
  private final SchoolCalendar calendar;

  CaseMoveController(ReadableCases cases, CaseMoves moves, CurrentUser user, Schools schools,
      SchoolCalendar calendar) {
    this.cases = cases;
    this.moves = moves;
    this.user = user;
    this.schools = schools;
    this.calendar = calendar;
  }

  record TransferRequest(String toSchool, String reason) {}

  record ReassessRequest(String reason) {}

  record TransferView(String oldCaseId, String newCaseId, String fromSchool, String toSchool, String reason,
      String transferredBy, String transferredAt) {}

  record Option(String code, String name) {}

  // ---- JSON ----

  @PostMapping(path = "/api/cases/{caseId}/transfer", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  ResponseEntity<TransferView> apiTransfer(@PathVariable String caseId, @RequestBody TransferRequest body) {
    CaseRef c = readable(caseId);
    TransferView view = view(moves.transfer(c, body.toSchool(), text(body.reason())));
    return ResponseEntity.created(URI.create("/api/cases/" + view.newCaseId() + "/audit")).body(view);
  }

  @PostMapping(path = "/api/cases/{caseId}/reassess", consumes = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  CaseMoves.Round apiReassess(@PathVariable String caseId, @RequestBody ReassessRequest body) {
    return moves.reassess(readable(caseId), text(body.reason()));
  }

  // ---- Pages ----

  @GetMapping("/cases/{caseId}/transfer")
  String transferPage(@PathVariable String caseId, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    CaseRef c = readable(caseId);
    showTransfer(c, model, request, response);
    return "transfer/transfer";
  }

  @PostMapping("/cases/{caseId}/transfer")
  String transferForm(@PathVariable String caseId, @RequestParam(required = false) String toSchool,
      @RequestParam(required = false) String reason, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    CaseRef c = readable(caseId);
    try {
      moves.transfer(c, toSchool, text(reason));
      return "redirect:/cases/" + c.caseId() + "/transfer";
    } catch (RuntimeException e) {
      refusedOnPage(e, model, response);
      model.addAttribute("toSchool", toSchool);
      model.addAttribute("reason", reason);
      showTransfer(c, model, request, response);
      return "transfer/transfer";
    }
  }

  @GetMapping("/cases/{caseId}/reassess")
  String reassessPage(@PathVariable String caseId, Model model, HttpServletRequest request,
      HttpServletResponse response) {
    CaseRef c = readable(caseId);
    showReassess(c, model, request, response);
    return "transfer/reassess";
  }

  @PostMapping("/cases/{caseId}/reassess")
  String reassessForm(@PathVariable String caseId, @RequestParam(required = false) String reason, Model model,
      HttpServletRequest request, HttpServletResponse response) {
    CaseRef c = readable(caseId);
    try {
      CaseMoves.Round round = moves.reassess(c, text(reason));
      return "redirect:/cases/" + round.caseId();
    } catch (RuntimeException e) {
      refusedOnPage(e, model, response);
      model.addAttribute("reason", reason);
      showReassess(c, model, request, response);
      return "transfer/reassess";
    }
  }

  // ---- Refusals ----

  @ExceptionHandler({ThreatRounds.NotNow.class, ReferralTransfers.NotNow.class})
  ResponseEntity<ProblemDetail> notNow(RuntimeException e, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    return problem(request, response, 409, "Conflict", e.getMessage());
  }

  @ExceptionHandler(CaseMoves.NotYours.class)
  ResponseEntity<ProblemDetail> notYours(CaseMoves.NotYours e, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    return problem(request, response, 403, "Forbidden", e.getMessage());
  }

  /** The refusal as the caller takes it: the HTML error page for a browser's page request, the problem JSON else. */
  private static ResponseEntity<ProblemDetail> problem(HttpServletRequest request, HttpServletResponse response,
      int status, String type, String message) throws IOException {
    if (Problem.wantsPage(request)) {
      Problem.send(request, response, status, type, message, null);
      return null;
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(Problem.of(status, type, message, null));
  }

  /** A refusal shown on the form, with its status; anything else goes on to the error handlers. */
  private static void refusedOnPage(RuntimeException e, Model model, HttpServletResponse response) {
    InvalidInputException invalid = InvalidInputException.findIn(e);
    if (invalid != null) {
      response.setStatus(400);
      model.addAttribute("error", invalid.getMessage());
      model.addAttribute("errorField", invalid.getField());
    } else if (e instanceof ThreatRounds.NotNow || e instanceof ReferralTransfers.NotNow) {
      response.setStatus(409);
      model.addAttribute("error", e.getMessage());
    } else if (e instanceof CaseMoves.NotYours) {
      response.setStatus(403);
      model.addAttribute("error", e.getMessage());
    } else {
      throw e;
    }
  }

  // ----

  private CaseRef readable(String caseId) {
    return cases.find(caseId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
        Messages.text("transfer.such-case-among-cases")));
  }

  private static String text(String reason) {
    if (reason == null || reason.isBlank()) {
      throw InvalidInputException.of("reason", "transfer.reason.give-reason");
    }
    return reason;
  }

  private void page(CaseRef c, String title, Model model, HttpServletRequest request, HttpServletResponse response) {
    String name = c.processName() == null ? c.processKey() : c.processName();
    model.addAttribute("title", title + ": " + name + (c.businessKey() == null ? "" : " " + c.businessKey()));
    model.addAttribute("caseId", c.caseId());
    model.addAttribute("school", schools.name(c.school()));
    model.addAttribute("open", c.open());
    model.addAttribute("mayMove", moves.mayMove(c, user.require()));
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("X-Content-Type-Options", "nosniff");
  }

  private void showTransfer(CaseRef c, Model model, HttpServletRequest request, HttpServletResponse response) {
    page(c, "Transfer", model, request, response);
    model.addAttribute("mayMove", moves.mayTransfer(c, user.require()));
    model.addAttribute("stays", moves.isPoliceReport(c) ? CaseMoves.POLICE_RECORD_STAYS : null);
    model.addAttribute("transfers", moves.transfersOf(c.caseId()).stream().map(this::view).toList());
    List<Option> others = schools.all().stream().filter(s -> !s.getCode().equals(c.school()))
        .map((School s) -> new Option(s.getCode(), s.getName())).toList();
    model.addAttribute("schools", others);
  }

  private void showReassess(CaseRef c, Model model, HttpServletRequest request, HttpServletResponse response) {
    page(c, c.open() ? "New assessment round" : "Reopen", model, request, response);
  }

  private TransferView view(CaseTransfer t) {
    return new TransferView(t.getOldCaseId(), t.getNewCaseId(), schools.name(t.getFromSchool()),
        schools.name(t.getToSchool()), t.getReason(), t.getTransferredBy(), calendar.moment(t.getTransferredAt()));
  }
}
