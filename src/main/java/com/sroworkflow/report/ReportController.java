package com.sroworkflow.report;

import com.sroworkflow.identity.People;
import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.school.Schools;
import com.sroworkflow.security.Caller;
import com.sroworkflow.security.CurrentUser;
import com.sroworkflow.security.Messages;
import com.sroworkflow.system.InvalidInputException;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.threeten.extra.YearQuarter;

/**
 * The quarterly report pages under {@code /reports/quarterly} (templates/report/*.html), with CSV and PDF
 * downloads: reached with the Tasklist login (the
 * webapp session) or HTTP Basic, like {@code /api}. A report the caller may not read is 404, as if
 * it did not exist.
 */
@Controller
@RequestMapping(ReportController.PATH)
class ReportController {

  static final String PATH = "/reports/quarterly";

  private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:";

  private final QuarterlyReports reports;
  private final ReportAccess access;
  private final CurrentUser user;
  private final SchoolCalendar calendar;
  private final People people;
  private final Schools schools;

  ReportController(QuarterlyReports reports, ReportAccess access, CurrentUser user, SchoolCalendar calendar,
      People people, Schools schools) {
    this.reports = reports;
    this.access = access;
    this.user = user;
    this.calendar = calendar;
    this.people = people;
    this.schools = schools;
  }

  /** A section of the index: a heading and the reports under it. */
  record Section(String heading, List<Link> links) {}

  record Link(String path, String name) {}

  @GetMapping
  String index(@RequestParam(required = false) String quarter, Model model, HttpServletResponse response) {
    Caller caller = user.require();
    YearQuarter q = quarter(quarter, calendar.today());
    List<String> officers = access.officers(caller);
    List<String> schoolCodes = access.schools(caller, q);
    model.addAttribute("title", "Quarterly reports " + q);
    model.addAttribute("quarter", q.toString());
    model.addAttribute("previous", q.minusQuarters(1).toString());
    model.addAttribute("next", q.plusQuarters(1).toString());
    model.addAttribute("sections", List.of(
        new Section("SROs", officers.stream().map(o -> new Link(PATH + "/officers/" + o, people.displayName(o))).toList()),
        new Section("Schools", schoolCodes.stream().map(c -> new Link(PATH + "/schools/" + c, schools.name(c))).toList())));
    return page(response, "report/index");
  }

  @GetMapping("/officers/{officer}")
  String officer(@PathVariable String officer, @RequestParam(required = false) String quarter, Model model,
      HttpServletResponse response) {
    QuarterlyReport r = officerReport(officer, quarter);
    ReportPages.report(r, PATH + "/officers/" + r.id(), model);
    return page(response, "report/quarterly");
  }

  @GetMapping("/officers/{officer}.csv")
  ResponseEntity<byte[]> officerCsv(@PathVariable String officer, @RequestParam(required = false) String quarter) {
    return csv(officerReport(officer, quarter));
  }

  @GetMapping("/officers/{officer}.pdf")
  ResponseEntity<byte[]> officerPdf(@PathVariable String officer, @RequestParam(required = false) String quarter) {
    return pdf(officerReport(officer, quarter));
  }

  @GetMapping("/schools/{school}")
  String school(@PathVariable String school, @RequestParam(required = false) String quarter, Model model,
      HttpServletResponse response) {
    QuarterlyReport r = schoolReport(school, quarter);
    ReportPages.report(r, PATH + "/schools/" + r.id(), model);
    return page(response, "report/quarterly");
  }

  @GetMapping("/schools/{school}.csv")
  ResponseEntity<byte[]> schoolCsv(@PathVariable String school, @RequestParam(required = false) String quarter) {
    return csv(schoolReport(school, quarter));
  }

  @GetMapping("/schools/{school}.pdf")
  ResponseEntity<byte[]> schoolPdf(@PathVariable String school, @RequestParam(required = false) String quarter) {
    return pdf(schoolReport(school, quarter));
  }

  private QuarterlyReport officerReport(String officer, String quarter) {
    YearQuarter q = quarter(quarter, calendar.today());
    if (!access.mayReadOfficer(user.require(), officer) || !people.exists(officer)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("report.such-report"));
    }
    return reports.forOfficer(officer, q);
  }

  private QuarterlyReport schoolReport(String school, String quarter) {
    YearQuarter q = quarter(quarter, calendar.today());
    if (!access.mayReadSchool(user.require(), school, q) || schools.all().stream().noneMatch(s -> s.getCode().equals(school))) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, Messages.text("report.such-report"));
    }
    return reports.forSchool(school, q);
  }

  /** The quarter asked for, written as ISO 8601 does (2026-Q4), or else the current one. */
  static YearQuarter quarter(String text, LocalDate today) {
    if (text == null || text.isBlank()) {
      return YearQuarter.from(today);
    }
    YearQuarter q;
    try {
      q = YearQuarter.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw InvalidInputException.of("quarter", "report.quarter.quarter-written-like-q");
    }
    if (q.getYear() < 2000 || q.getYear() > 2100) {
      throw InvalidInputException.of("quarter", "report.quarter.quarter-s-year");
    }
    return q;
  }


  /** The template's name, with the page's headers: no scripts, nothing from elsewhere. */
  private static String page(HttpServletResponse response, String template) {
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("X-Content-Type-Options", "nosniff");
    return template;
  }

  private static String fileName(QuarterlyReport r, String ext) {
    return "sro-quarterly-" + r.subject() + "-" + r.id() + "-" + r.quarter() + "." + ext;
  }

  private static ResponseEntity<byte[]> csv(QuarterlyReport r) {
    return ResponseEntity.ok().contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(r, "csv") + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .body(ReportFiles.csv(r).getBytes(StandardCharsets.UTF_8));
  }

  private static ResponseEntity<byte[]> pdf(QuarterlyReport r) {
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(r, "pdf") + "\"")
        .header("X-Content-Type-Options", "nosniff").body(ReportFiles.pdf(r));
  }
}
