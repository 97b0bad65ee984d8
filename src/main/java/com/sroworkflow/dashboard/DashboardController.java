package com.sroworkflow.dashboard;

import com.sroworkflow.report.ReportPages;
import com.sroworkflow.security.CurrentUser;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The dashboard (issue 17.6): the page {@code /dashboard} (templates/dashboard/index.html), reached with the
 * Tasklist login (the webapp session), and the same figures as JSON at {@code GET /api/dashboard}. Each
 * person sees the schools they act for, side by side; someone who acts for no school sees none.
 */
@Controller
class DashboardController {

  /** As the quarterly report's pages: self-contained, no scripts. */
  private static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:";

  private final Dashboard dashboard;
  private final CurrentUser user;

  DashboardController(Dashboard dashboard, CurrentUser user) {
    this.dashboard = dashboard;
    this.user = user;
  }

  /** One school's column of the page: its figures and their charts. */
  record Column(Dashboard.SchoolFigures figures, List<ReportPages.Chart> charts) {}

  @GetMapping("/dashboard")
  String page(Model model, HttpServletResponse response) {
    Dashboard.Figures figures = dashboard.of(user.require());
    model.addAttribute("title", "Dashboard");
    model.addAttribute("asOf", figures.asOf());
    model.addAttribute("columns", figures.schools().stream().map(s -> new Column(s, charts(s))).toList());
    response.setHeader("Content-Security-Policy", CSP);
    response.setHeader("X-Content-Type-Options", "nosniff");
    return "dashboard/index";
  }

  @GetMapping("/api/dashboard")
  @ResponseBody
  Dashboard.Figures figures() {
    return dashboard.of(user.require());
  }

  /** The school's name in each title keeps the charts' ids (and what a screen reader announces) distinct. */
  private static List<ReportPages.Chart> charts(Dashboard.SchoolFigures s) {
    List<ReportPages.Chart> charts = new java.util.ArrayList<>();
    if (!s.openCasesByKind().isEmpty()) {
      charts.add(ReportPages.barChart("Open cases by kind, " + s.name(), s.openCasesByKind()));
    }
    if (!s.threatsByClassification().isEmpty()) {
      charts.add(ReportPages.barChart("Open threat cases by classification, " + s.name(),
          s.threatsByClassification()));
    }
    charts.add(ReportPages.barChart("Open steps, " + s.name(), s.openTasksByStage()));
    return charts;
  }
}
