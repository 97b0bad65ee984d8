package com.sroworkflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The three processes' diagrams as Cockpit shows them to an administrator: each renders, and Cockpit
 * shows no Camunda 8 migration banner. With -Dscreenshots=true the pictures are written to
 * docs/diagrams/{process}.png for the README.
 */
@BrowserTest
class ProcessDiagramsBrowserTest {

  private static final Map<String, int[]> VIEWPORTS = Map.of(
      // wide enough for Cockpit's zoom-to-fit to keep the labels readable (about 0.8 of the model's size)
      "sroVacancy", new int[] {1700, 900},
      "sroSelection", new int[] {4800, 1300},
      "studentReferral", new int[] {2400, 1100},
      "threatAssessment", new int[] {7800, 1600});

  @LocalServerPort int port;
  @Autowired RepositoryService repository;

  @Test
  void cockpitShowsEachProcessDiagramWithoutTheMigrationBanner() throws Exception {
    try (Tasklist browser = Tasklist.open("http://localhost:" + port)) {
      Page cockpit = browser.webapp("admin", "cockpit");
      assertThat(cockpit.locator(".ce-eol-banner").isVisible()).as("Camunda 8 migration banner").isFalse();
      for (Map.Entry<String, int[]> process : VIEWPORTS.entrySet()) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery()
            .processDefinitionKey(process.getKey()).latestVersion().withoutTenantId().singleResult();
        cockpit.setViewportSize(process.getValue()[0], process.getValue()[1]);
        cockpit.navigate("http://localhost:" + port + "/camunda/app/cockpit/default/#/process-definition/"
            + definition.getId() + "/runtime");
        Locator diagram = cockpit.locator(".djs-container svg").first();
        diagram.waitFor();
        cockpit.waitForSelector("g.djs-element[data-element-id=\"" + firstUserTask(process.getKey()) + "\"]");
        assertThat(cockpit.locator(".ce-eol-banner").isVisible()).isFalse();
        if (Tasklist.SCREENSHOTS) {
          Path dir = Paths.get("docs", "diagrams");
          Files.createDirectories(dir);
          cockpit.waitForTimeout(800); // the viewer zooms to fit once the diagram is laid out
          Locator viewer = cockpit.locator(".ctn-content-container [cam-widget-bpmn-viewer], "
              + ".ctn-content-container .diagram").first();
          // only the diagram: the zoom buttons and the statistics toggle float over it
          viewer.evaluate("root => { const c = root.querySelector('.djs-container');"
              + " root.querySelectorAll('*').forEach(e => { if (!e.contains(c) && !c.contains(e)) e.style.visibility = 'hidden'; });"
              + " document.querySelectorAll('.ctn-content-container *').forEach(e => {"
              + "   if (!e.contains(c) && !c.contains(e) && !e.contains(root) && /Statistics/.test(e.textContent || '')"
              + "       && e.children.length < 3) e.style.visibility = 'hidden'; }); }");
          viewer.screenshot(new Locator.ScreenshotOptions().setPath(dir.resolve(process.getKey() + ".png")));
        }
      }
      cockpit.context().close();
    }
  }

  private static String firstUserTask(String processKey) {
    return switch (processKey) {
      case "sroVacancy" -> "ForwardApplicants";
      case "sroSelection" -> "VerifyRecord";
      case "studentReferral" -> "AcknowledgeReferral";
      default -> "ScreenReport";
    };
  }
}
