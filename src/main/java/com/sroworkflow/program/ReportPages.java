package com.sroworkflow.program;

import com.sroworkflow.system.Html;
import java.util.List;
import java.util.Locale;

/**
 * The quarterly report as a self-contained web page: inline CSS and server-drawn SVG charts, nothing
 * fetched from elsewhere, so it works offline and under a strict Content-Security-Policy.
 */
final class ReportPages {

  private static final String[] COLOURS = {"#2f6f9f", "#d98c1f", "#b83b3b", "#7a7a7a", "#4f8f4f", "#6b5ca5", "#3f9f9f"};

  private ReportPages() {}

  /** Text for the page's HTML, encoded by the one encoder the application uses (system.Html). */
  static String escape(String s) {
    return Html.text(s);
  }

  static String page(String title, String body) {
    return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + escape(title)
        + "</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><style>"
        + "body{font-family:system-ui,sans-serif;margin:2rem auto;max-width:980px;color:#222;padding:0 1rem}"
        + "h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd}"
        + "table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.3rem .6rem;text-align:left}"
        + "th{background:#f3f3f3}.num{text-align:right}.grid{display:flex;flex-wrap:wrap;gap:1.5rem}"
        + ".card{border:1px solid #ddd;border-radius:6px;padding:.8rem 1rem}.big{font-size:2rem;font-weight:600}"
        + ".Valid{color:#2d7a2d}.Lapsed{color:#b83b3b;font-weight:600}.muted{color:#666}nav a{margin-right:1rem}"
        + "</style></head><body>" + body + "</body></html>";
  }

  /** A horizontal bar chart with one bar per row, labelled with its value. */
  static String barChart(String title, List<QuarterlyReport.Count> rows) {
    int barHeight = 22;
    int gap = 8;
    int labelWidth = 210;
    int chartWidth = 300;
    int height = rows.size() * (barHeight + gap) + 30;
    long max = Math.max(1, rows.stream().mapToLong(QuarterlyReport.Count::count).max().orElse(1));
    StringBuilder svg = new StringBuilder();
    svg.append("<figure><svg role=\"img\" aria-label=\"").append(escape(title)).append("\" width=\"")
        .append(labelWidth + chartWidth + 60).append("\" height=\"").append(height)
        .append("\" font-family=\"system-ui,sans-serif\" font-size=\"13\">")
        .append("<title>").append(escape(title)).append("</title>")
        .append("<text x=\"0\" y=\"16\" font-weight=\"600\">").append(escape(title)).append("</text>");
    int y = 28;
    int i = 0;
    for (QuarterlyReport.Count row : rows) {
      long width = Math.round((double) row.count() / max * chartWidth);
      svg.append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 16)
          .append("\" text-anchor=\"end\">").append(escape(row.label())).append("</text>")
          .append("<rect class=\"bar\" x=\"").append(labelWidth).append("\" y=\"").append(y).append("\" width=\"")
          .append(Math.max(width, row.count() > 0 ? 2 : 0)).append("\" height=\"").append(barHeight)
          .append("\" fill=\"").append(COLOURS[i % COLOURS.length]).append("\"><title>").append(escape(row.label()))
          .append(": ").append(row.count()).append("</title></rect>")
          .append("<text x=\"").append(labelWidth + width + 6).append("\" y=\"").append(y + 16).append("\">")
          .append(row.count()).append("</text>");
      y += barHeight + gap;
      i++;
    }
    return svg.append("</svg></figure>").toString();
  }

  static String countsTable(String first, List<QuarterlyReport.Count> rows) {
    StringBuilder t = new StringBuilder("<table><tr><th>").append(escape(first)).append("</th><th>Count</th></tr>");
    for (QuarterlyReport.Count r : rows) {
      t.append("<tr><td>").append(escape(r.label())).append("</td><td class=\"num\">").append(r.count())
          .append("</td></tr>");
    }
    return t.append("</table>").toString();
  }

  static String hours(Double h) {
    return h == null ? "–" : String.format(Locale.ROOT, "%.1f h", h);
  }

  static String report(QuarterlyReport r, String base) {
    StringBuilder b = new StringBuilder();
    String what = "officer".equals(r.subject()) ? "SRO" : "School";
    b.append("<nav><a href=\"/reports/quarterly?quarter=").append(r.quarter()).append("\">All reports</a>")
        .append("<a href=\"").append(escape(base)).append("?quarter=").append(r.quarter().minusQuarters(1))
        .append("\">Previous quarter</a><a href=\"").append(escape(base)).append("?quarter=")
        .append(r.quarter().plusQuarters(1)).append("\">Next quarter</a><a href=\"").append(escape(base)).append(".csv?quarter=")
        .append(r.quarter()).append("\">Download CSV</a><a href=\"").append(escape(base)).append(".pdf?quarter=")
        .append(r.quarter()).append("\">Download PDF</a></nav>");
    b.append("<h1>Quarterly report ").append(r.quarter()).append(": ").append(escape(r.name())).append("</h1>");
    b.append("<p class=\"muted\">").append(what).append(" report, ").append(r.quarter().atDay(1)).append(" to ")
        .append(r.quarter().atEndOfQuarter()).append(". ")
        .append("officer".equals(r.subject()) ? "Schools served: " : "SROs who served: ")
        .append(escape(r.servedBy().isEmpty() ? "none" : String.join(", ", r.servedBy())))
        .append(". Counts only: no student is named.</p>");
    long classes = r.activities().stream().filter(a -> a.label().equals(Activity.Kind.CLASS.label()))
        .mapToLong(QuarterlyReport.ActivityCount::count).sum();
    long events = r.activities().stream().filter(a -> a.label().equals(Activity.Kind.EVENT.label()))
        .mapToLong(QuarterlyReport.ActivityCount::count).sum();
    b.append("<div class=\"grid\">")
        .append(card("Threat cases", String.valueOf(r.threatCases())))
        .append(card("Referrals", String.valueOf(r.referrals())))
        .append(card("Classes taught", String.valueOf(classes)))
        .append(card("Events attended", String.valueOf(events)))
        .append(card("Median acknowledgement", hours(r.acknowledgement().median())))
        .append("</div>");
    b.append("<h2>Threat cases</h2><div class=\"grid\">")
        .append(barChart("Threat cases by level of concern", r.threatsByLevel()))
        .append(barChart("Threat cases by outcome", r.threatsByOutcome())).append("</div>");
    b.append("<h2>Referrals</h2><div class=\"grid\">")
        .append(barChart("Referrals by agency type", r.referralsByAgencyType()))
        .append(barChart("Referrals by status", r.referralsByStatus())).append("</div>");
    QuarterlyReport.Acknowledgement ack = r.acknowledgement();
    b.append("<table><tr><th>Acknowledged by the principal</th><th>Waiting</th><th>Median time</th>")
        .append("<th>Longest time</th></tr><tr><td class=\"num\">").append(ack.acknowledged())
        .append("</td><td class=\"num\">").append(ack.waiting()).append("</td><td class=\"num\">")
        .append(hours(ack.median())).append("</td><td class=\"num\">").append(hours(ack.longest()))
        .append("</td></tr></table>");
    b.append("<h2>Classes, events, meetings and calls</h2>")
        .append(barChart("Activity log", r.activities().stream()
            .map(a -> new QuarterlyReport.Count(a.label(), a.count())).toList()));
    b.append("<table><tr><th>Activity</th><th>Count</th><th>Hours</th><th>Participants</th></tr>");
    for (QuarterlyReport.ActivityCount a : r.activities()) {
      b.append("<tr><td>").append(escape(a.label())).append("</td><td class=\"num\">").append(a.count())
          .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%.1f", a.hours()))
          .append("</td><td class=\"num\">").append(a.participants()).append("</td></tr>");
    }
    b.append("</table><h2>Training status</h2><table><tr><th>SRO</th><th>Training</th><th>Status</th>")
        .append("<th>Detail</th></tr>");
    for (QuarterlyReport.TrainingRow t : r.training()) {
      b.append("<tr><td>").append(escape(t.officer())).append("</td><td>").append(escape(t.title()))
          .append("</td><td class=\"").append(t.status().split(" ")[0]).append("\">").append(escape(t.status()))
          .append("</td><td>").append(escape(t.detail())).append("</td></tr>");
    }
    if (r.training().isEmpty()) {
      b.append("<tr><td colspan=\"4\" class=\"muted\">No SRO served in this quarter.</td></tr>");
    }
    b.append("</table>");
    return page("Quarterly report " + r.quarter() + ": " + r.name(), b.toString());
  }

  private static String card(String label, String value) {
    return "<div class=\"card\"><div class=\"muted\">" + escape(label) + "</div><div class=\"big\">" + escape(value)
        + "</div></div>";
  }
}
