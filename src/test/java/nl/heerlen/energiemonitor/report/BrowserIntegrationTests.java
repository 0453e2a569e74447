package nl.heerlen.energiemonitor.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import javax.imageio.ImageIO;
import nl.heerlen.energiemonitor.support.IntegrationTest;
import nl.heerlen.energiemonitor.support.IntegrationTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The landing page and the HTML report in Debian's headless Chromium: no console errors, charts that are really
 * drawn (the screenshot of a chart is not one flat colour), and links that lead somewhere.
 */
@IntegrationTest
class BrowserIntegrationTests extends IntegrationTestSupport {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @LocalServerPort
    int port;
    ChromeDriver browser;
    Path profile;

    @BeforeEach
    void startBrowser() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "Chromium is not installed: apt-get install -y chromium chromium-driver");
        profile = Files.createTempDirectory("chromium-profile");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,2000",
                "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void landingPageShowsTheStateAChartAndWorkingLinks() throws Exception {
        publish(2016);
        browser.get(url("/"));
        assertThat(browser.findElement(By.id("state")).getText()).contains("koers");
        assertChartDrawn(browser.findElement(By.cssSelector("#palet-chart svg")));
        for (String id : List.of("report-html", "report-pdf", "report-csv")) {
            assertThat(status(browser.findElement(By.id(id)).getAttribute("href"))).as(id).isEqualTo(200);
        }
        assertThat(browser.findElement(By.id("api-docs")).getAttribute("href")).endsWith("/v3/api-docs");
        assertThat(browser.findElement(By.id("dashboards")).getAttribute("href")).startsWith("http");
        browser.findElement(By.id("report-html")).click();
        assertThat(browser.getTitle()).startsWith("Klimaatbegroting");
        assertNoSevereConsoleErrors();
    }

    @Test
    void htmlReportRendersItsChartsWithoutConsoleErrors() throws Exception {
        publish(2016);
        browser.get(url("/api/v1/klimaatbegroting/2016/report.html?version=published"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Klimaatbegroting 2016");
        assertChartDrawn(browser.findElement(By.cssSelector("#palet-chart svg")));
        assertChartDrawn(browser.findElement(By.cssSelector("#summary-chart svg")));
        for (WebElement link : browser.findElements(By.cssSelector("a[href^='/'], a[href^='http://localhost:" + port + "']"))) {
            assertThat(status(link.getAttribute("href"))).as(link.getAttribute("href")).isEqualTo(200);
        }
        assertNoSevereConsoleErrors();
    }

    /** Published versions are what anonymous visitors may read. */
    private void publish(int year) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url("/api/v1/admin/klimaatbegroting/" + year + "/publish")))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("admin:admin-local".getBytes()))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        assertThat(HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
    }

    private void assertChartDrawn(WebElement chart) throws Exception {
        assertThat(chart.getSize().getWidth()).isGreaterThan(300);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.getScreenshotAs(OutputType.BYTES)));
        assertThat(PixelVariance.of(image)).as("a drawn chart has more than one colour").isGreaterThan(100.0);
    }

    private void assertNoSevereConsoleErrors() {
        List<LogEntry> severe = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
        assertThat(severe).isEmpty();
    }

    private int status(String href) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(href.startsWith("/") ? url(href) : href)).GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
