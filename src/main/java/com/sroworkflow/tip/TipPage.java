package com.sroworkflow.tip;

import com.sroworkflow.school.SchoolCalendar;
import com.sroworkflow.security.Messages;
import com.sroworkflow.system.InvalidInputException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public tip page, {@code /tip}: a form anyone can send without login (GET shows it, POST sends
 * it) and a thank-you page with the receipt number. Refused answers come back on the form, each
 * next to its field. Templates: templates/tip/*.html.
 */
@Controller
@RequestMapping("/tip")
class TipPage {

  /** No scripts at all, styles only inline, posts only to this site, never in a frame. */
  private static final String CSP =
      "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private static final Set<String> FIELDS = Set.of("schoolCode", "threatBehaviour", "incidentDate", "incidentTime",
      "incidentLocation", "studentName", "studentGrade", "reporterName", "reporterContact");

  private final Tips tips;
  private final TipRateLimit limit;
  private final SchoolCalendar calendar;

  TipPage(Tips tips, TipRateLimit limit, SchoolCalendar calendar) {
    this.tips = tips;
    this.limit = limit;
    this.calendar = calendar;
  }

  @GetMapping
  String form(HttpServletRequest request, HttpServletResponse response, Model model) {
    return form(request.getSession(), response, model, emptyTip(), Map.of(), null);
  }

  @PostMapping
  String send(@ModelAttribute NewTip tip, @RequestParam(name = TipFormToken.FIELD, required = false) String token,
      HttpServletRequest request, HttpServletResponse response, Model model) {
    HttpSession session = request.getSession();
    if (!TipFormToken.matches(session, token)) {
      // Not from this visitor's own page (or sent twice): nothing is kept, not even what was typed.
      response.setStatus(HttpServletResponse.SC_FORBIDDEN);
      return form(session, response, model, emptyTip(), Map.of(), Messages.text("tip.page.expired"));
    }
    if (limit.attempt(request.getRemoteAddr()) != null) {
      response.setStatus(429);
      return form(session, response, model, tip, Map.of(), Messages.text("tip.page.too-many"));
    }
    Map<String, String> errors = new LinkedHashMap<>();
    for (Tips.Problem p : tips.problems(tip)) {
      errors.putIfAbsent(p.field(), p.message());
    }
    if (errors.isEmpty()) {
      try {
        Tip sent = tips.submit(tip);
        TipFormToken.renew(session);
        secureHeaders(response);
        model.addAttribute("receipt", sent.getReceipt());
        return "tip/thanks";
      } catch (InvalidInputException e) {
        // refused by the threat model's own rules: next to the field if the page has it, else at the top
        errors.put(e.getField() != null && FIELDS.contains(e.getField()) ? e.getField() : "form", e.getMessage());
      }
    }
    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
    return form(session, response, model, tip, errors, null);
  }

  private String form(HttpSession session, HttpServletResponse response, Model model, NewTip tip,
      Map<String, String> errors, String notice) {
    secureHeaders(response);
    model.addAttribute("tip", tip);
    model.addAttribute("errors", errors);
    model.addAttribute("notice", notice);
    model.addAttribute("schools", tips.schools());
    model.addAttribute("grades", Tips.GRADES);
    model.addAttribute("today", calendar.today().toString());
    model.addAttribute("formToken", TipFormToken.of(session));
    return "tip/form";
  }

  private static NewTip emptyTip() {
    return new NewTip(null, null, null, null, null, null, null, null, null);
  }

  private static void secureHeaders(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("Cache-Control", "no-store");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Content-Type-Options", "nosniff");
  }
}
