// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;

/**
 * The web explorer in headless Chromium (the system's chromium and chromedriver, which {@code .ci/run} installs)
 * against a real node with history on: the tree with live values, search, a write with its outcome, the chart.
 * Screenshots go to {@code target/explorer-screenshots/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ExplorerBrowserTest {

    private static final Duration LONG = Duration.ofSeconds(30);
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "explorer-screenshots");

    @TempDir
    static Path dir;

    static TestNode node;
    static ChromeDriver browser;

    @BeforeAll
    static void start() throws Exception {
        assertThat(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER))
                .as("%s and %s (apt-get install chromium chromium-driver; .ci/run does)", CHROMIUM, CHROMEDRIVER)
                .isTrue();
        // Selenium's note that it has no DevTools binding for this Chromium: the test uses WebDriver only.
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
        Path profile = Files.createDirectories(dir.resolve("chromium-profile"));
        // The browser starts while the node does: each takes seconds on a loaded machine.
        CompletableFuture<ChromeDriver> starting = CompletableFuture.supplyAsync(() -> browser(profile));
        node = TestNode.start(
                "site-1",
                dir,
                Map.of("rooms.camel.yaml", ROOMS, "meters.camel.yaml", METERS),
                Map.of(
                        "objectbus.history.enabled",
                        "true",
                        "objectbus.history.file",
                        dir.resolve("history.duckdb").toString()));
        browser = starting.get(LONG.toSeconds() * 2, TimeUnit.SECONDS);
        Files.createDirectories(SCREENSHOTS);
        browser.get(node.url() + "/explorer/");
    }

    static ChromeDriver browser(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--window-size=1400,900",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (node != null) {
            node.close();
        }
    }

    @Test
    @Order(1)
    void theTreeShowsTheObjectsWithValuesThatChangeLive() throws Exception {
        String temperature = "site-1/room-1-01/temperature";
        String first = await().atMost(LONG).ignoreExceptions().until(() -> valueOf(temperature), v -> !v.equals("—"));
        await().atMost(LONG).ignoreExceptions().until(() -> !valueOf(temperature)
                .equals(first));
        assertThat(browser.findElement(By.id("live")).getText()).contains("live");
        await().atMost(LONG)
                .ignoreExceptions()
                .until(() -> row("site-1/meter-1/energy").getAttribute("class").contains("q-stale"));
        screenshot("tree");
    }

    @Test
    @Order(2)
    void searchKeepsTheMatchingObjects() throws Exception {
        WebElement search = browser.findElement(By.id("search"));
        search.sendKeys("Kitchen");
        await().atMost(LONG).until(() -> shownCount().equals("1 objects shown"));
        assertThat(browser.findElements(By.cssSelector(".row-object")))
                .extracting(e -> e.getAttribute("data-key"))
                .containsExactly("site-1/room-1-02");
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        new Select(browser.findElement(By.id("type-filter"))).selectByVisibleText("meter");
        await().atMost(LONG).until(() -> shownCount().equals("1 objects shown"));
        new Select(browser.findElement(By.id("type-filter"))).selectByVisibleText("all types");
        await().atMost(LONG).until(() -> shownCount().equals("5 objects shown"));
    }

    @Test
    @Order(3)
    void aWriteShowsItsRepliesAsTheyComeAndThePriorityArray() throws Exception {
        await().atMost(LONG).ignoreExceptions().until(() -> {
            row("site-1/room-1-01/setpoint").click();
            return true;
        });
        browser.findElement(By.id("write-open")).click();
        WebElement value = browser.findElement(By.id("write-value"));
        value.sendKeys(Keys.chord(Keys.CONTROL, "a"), "22.5");
        new Select(browser.findElement(By.id("write-priority"))).selectByValue("8");
        browser.findElement(By.id("write-send")).click();
        await().atMost(LONG).ignoreExceptions().until(() -> browser.findElement(By.id("write-outcome"))
                .getText()
                .startsWith("accepted"));
        await().atMost(LONG).ignoreExceptions().until(() -> browser.findElement(By.id("write-outcome"))
                .getText()
                .startsWith("applied"));
        assertThat(browser.findElements(By.cssSelector("#write-replies li")))
                .as("each reply shown as it came, accepted first")
                .extracting(WebElement::getText)
                .containsExactly("accepted", "applied");
        await().atMost(LONG)
                .ignoreExceptions()
                .until(() -> browser.findElement(By.id("priorities")).getText().contains("22.5 (explorer)"));
        screenshot("write");
        browser.findElement(By.id("write-close")).click();
        await().atMost(LONG).ignoreExceptions().until(() -> valueOf("site-1/room-1-01/setpoint")
                .equals("22.5"));
    }

    @Test
    @Order(4)
    void theChartDrawsTheResourcesHistoryRawAndPerInterval() throws Exception {
        await().atMost(LONG).ignoreExceptions().until(() -> {
            row("site-1/room-1-01/temperature").click();
            return true;
        });
        await().atMost(LONG).ignoreExceptions().until(() -> !browser.findElements(By.cssSelector("#chart canvas"))
                .isEmpty());
        await().atMost(LONG).ignoreExceptions().until(() -> chartPoints() >= 3);
        assertThat(browser.findElements(By.id("chart-message"))).isEmpty();
        screenshot("chart");
        browser.findElement(By.id("range-24h")).click();
        await().atMost(LONG)
                .ignoreExceptions()
                .until(() -> "24h".equals(browser.findElement(By.id("chart")).getAttribute("data-range"))
                        && chartPoints() >= 1);
    }

    private static WebElement row(String key) {
        return browser.findElement(By.cssSelector(".row[data-key='" + key + "']"));
    }

    private static String valueOf(String resourceKey) {
        return row(resourceKey).findElement(By.className("value")).getText();
    }

    private static String shownCount() {
        return browser.findElement(By.id("tree-count")).getText();
    }

    /** Points the chart draws, as it tells in its {@code data-points} attribute. */
    private static long chartPoints() {
        return Long.parseLong(browser.findElement(By.id("chart")).getAttribute("data-points"));
    }

    private static void screenshot(String name) throws Exception {
        Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    static final String ROOMS =
            """
            - route:
                id: adapter-test-rooms
                from:
                  uri: timer:rooms?period=500
                  steps:
                    - setBody:
                        constant: '{"id":"room-1-01","name":"Meeting room","type":"room","location":"Floor 1","tags":["south"],"resources":{"temperature":{"type":"number","unit":"Cel"},"setpoint":{"type":"number","unit":"Cel","writable":true}}}'
                    - to: objectbus:describe?writeUri=direct:room-1-01-write
                    - setBody:
                        constant: '{"id":"room-1-02","name":"Kitchen","type":"room","location":"Floor 1","resources":{"temperature":{"type":"number","unit":"Cel"},"setpoint":{"type":"number","unit":"Cel","writable":true}}}'
                    - to: objectbus:describe
                    - setBody:
                        constant: '{"id":"room-2-01","name":"Office","type":"room","location":"Floor 2","resources":{"temperature":{"type":"number","unit":"Cel"},"co2":{"type":"number","unit":"ppm"}}}'
                    - to: objectbus:describe
                    - setBody:
                        simple: '{"temperature": 2${random(0,3)}.${random(0,9)}}'
                    - to: objectbus:publish?object=room-1-01
                    - setBody:
                        simple: '{"temperature": 2${random(0,3)}.${random(0,9)}}'
                    - to: objectbus:publish?object=room-1-02
                    - setBody:
                        simple: '{"temperature": 2${random(0,3)}.${random(0,9)}, "co2": ${random(400,900)}}'
                    - to: objectbus:publish?object=room-2-01
            - route:
                id: adapter-test-rooms-write
                from:
                  uri: direct:room-1-01-write
                  steps:
                    # a device that takes its time, so that the dialog shows accepted before applied
                    - delay:
                        constant: "2000"
                    # and then reports the value it took, as a device does (the write's headers name the resource)
                    - setBody:
                        header: ObjectBusValue
                    - to: objectbus:publish?object=room-1-01
            """;

    private static final String METERS =
            """
            - route:
                id: adapter-test-meters
                from:
                  uri: timer:meters?repeatCount=1
                  steps:
                    - setBody:
                        constant: connecting
                    - to: objectbus:connection?object=meter-gateway&protocol=modbus
                    - setBody:
                        constant: '{"id":"meter-1","name":"Main meter","type":"meter","location":"Basement","resources":{"energy":{"type":"number","unit":"kW.h"}}}'
                    - to: objectbus:describe
                    - setBody:
                        constant: '{"energy": 12345.6}'
                    - to: objectbus:publish?object=meter-1
                    - setBody:
                        constant: down
                    - setHeader:
                        name: ObjectBusReason
                        constant: no answer from 10.0.0.7
                    - to: objectbus:connection?object=meter-gateway&protocol=modbus
            """;
}
