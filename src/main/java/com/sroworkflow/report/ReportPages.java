package com.sroworkflow.report;

import com.sroworkflow.activity.Activity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What the quarterly report's templates (templates/report/*.html) show: the figures as text and the
 * geometry of the bar charts, which the template {@code report/chart.html} draws as inline SVG. The page is
 * self-contained (inline CSS, nothing fetched from elsewhere) so it works offline and under a strict
 * Content-Security-Policy. Public for the dashboard, which draws its charts the same way.
 */
public final class ReportPages {

  private static final String[] COLOURS = {"#2f6f9f", "#d98c1f", "#b83b3b", "#7a7a7a", "#4f8f4f", "#6b5ca5", "#3f9f9f"};
  private static final int BAR_HEIGHT = 22;
  private static final int GAP = 8;
  private static final int LABEL_WIDTH = 210;
  private static final int CHART_WIDTH = 300;

  private ReportPages() {}

  /** One bar: its label and value, where it stands and how long it is. */
  public record Bar(String label, long count, int y, long width, String color) {
    public int textY() {
      return y + 16;
    }

    public int labelX() {
      return LABEL_WIDTH - 8;
    }

    public int barX() {
      return LABEL_WIDTH;
    }

    public long valueX() {
      return LABEL_WIDTH + width + 6;
    }
  }

  /**
   * A horizontal bar chart with one bar per row, labelled with its value.
   *
   * @param id          unique on the page: the SVG's title and description are referenced by it
   * @param description the chart as text, for those who cannot see it
   */
  public record Chart(String id, String title, String description, int width, int height, int barHeight, List<Bar> bars) {}

  record Card(String label, String value) {}

  record ActivityRow(String label, long count, String hours, long participants) {}

  // Hand-written: the bars' geometry only (report/chart.html draws them); a chart library would need JavaScript,
  // which the page's Content-Security-Policy (no scripts) forbids.
  public static Chart barChart(String title, List<QuarterlyReport.Count> rows) {
    long max = Math.max(1, rows.stream().mapToLong(QuarterlyReport.Count::count).max().orElse(1));
    List<Bar> bars = new ArrayList<>();
    int y = 28;
    for (QuarterlyReport.Count row : rows) {
      long width = Math.round((double) row.count() / max * CHART_WIDTH);
      bars.add(new Bar(row.label(), row.count(), y, Math.max(width, row.count() > 0 ? 2 : 0),
          COLOURS[bars.size() % COLOURS.length]));
      y += BAR_HEIGHT + GAP;
    }
    String description = rows.isEmpty() ? "No figures."
        : rows.stream().map(r -> r.label() + ": " + r.count()).collect(Collectors.joining("; ")) + ".";
    String id = "chart-" + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    return new Chart(id, title, description, LABEL_WIDTH + CHART_WIDTH + 60, rows.size() * (BAR_HEIGHT + GAP) + 30,
        BAR_HEIGHT, bars);
  }

  /** The same chart from label/count pairs, in their order (the dashboard's figures). */
  public static Chart barChart(String title, Map<String, Long> rows) {
    return barChart(title, rows.entrySet().stream().map(e -> new QuarterlyReport.Count(e.getKey(), e.getValue()))
        .toList());
  }

  static String hours(Double h) {
    return h == null ? "–" : String.format(Locale.ROOT, "%.1f h", h);
  }

  /** The model of template report/quarterly.html. */
  static void report(QuarterlyReport r, String base, org.springframework.ui.Model model) {
    boolean officer = "officer".equals(r.subject());
    long classes = count(r, Activity.Kind.CLASS);
    long events = count(r, Activity.Kind.EVENT);
    QuarterlyReport.Acknowledgement ack = r.acknowledgement();
    model.addAttribute("title", "Quarterly report " + r.quarter() + ": " + r.name());
    model.addAttribute("report", r);
    model.addAttribute("base", base);
    model.addAttribute("previous", r.quarter().minusQuarters(1).toString());
    model.addAttribute("next", r.quarter().plusQuarters(1).toString());
    model.addAttribute("what", officer ? "SRO" : "School");
    model.addAttribute("servedLabel", officer ? "Schools served: " : "SROs who served: ");
    model.addAttribute("served", r.servedBy().isEmpty() ? "none" : String.join(", ", r.servedBy()));
    model.addAttribute("first", r.quarter().atDay(1));
    model.addAttribute("last", r.quarter().atEndOfQuarter());
    model.addAttribute("cards", List.of(new Card("Threat cases", String.valueOf(r.threatCases())),
        new Card("Referrals", String.valueOf(r.referrals())), new Card("Classes taught", String.valueOf(classes)),
        new Card("Events attended", String.valueOf(events)), new Card("Median acknowledgement", hours(ack.median()))));
    model.addAttribute("threatCharts", List.of(barChart("Threat cases by level of concern", r.threatsByLevel()),
        barChart("Threat cases by outcome", r.threatsByOutcome())));
    model.addAttribute("referralCharts", List.of(barChart("Referrals by agency type", r.referralsByAgencyType()),
        barChart("Referrals by status", r.referralsByStatus())));
    model.addAttribute("ack", ack);
    model.addAttribute("medianHours", hours(ack.median()));
    model.addAttribute("longestHours", hours(ack.longest()));
    model.addAttribute("activityChart", barChart("Activity log", r.activities().stream()
        .map(a -> new QuarterlyReport.Count(a.label(), a.count())).toList()));
    model.addAttribute("activities", r.activities().stream().map(a -> new ActivityRow(a.label(), a.count(),
        String.format(Locale.ROOT, "%.1f", a.hours()), a.participants())).toList());
  }

  private static long count(QuarterlyReport r, Activity.Kind kind) {
    return r.activities().stream().filter(a -> a.label().equals(kind.label()))
        .mapToLong(QuarterlyReport.ActivityCount::count).sum();
  }
}
