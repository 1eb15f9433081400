// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.broker.security.Identity;
import io.objectbus.broker.security.IdentityFile;
import io.objectbus.broker.security.PasswordHash;
import io.objectbus.broker.security.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The explorer in headless Chromium against a node with the broker's security on: once logged in, the page's own
 * reads (the objects, the live stream) carry the login the browser keeps for the node, and the tree fills and moves.
 */
class ExplorerLoginBrowserTest {

    private static final Duration LONG = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void aViewerLoggedInSeesTheTreeWithLiveValues() throws Exception {
        assertThat(Files.isExecutable(ExplorerBrowserTest.CHROMIUM)).isTrue();
        java.util.logging.Logger.getLogger("org.openqa.selenium").setLevel(java.util.logging.Level.SEVERE);
        Path identities = dir.resolve("identities.yaml");
        new IdentityFile(identities)
                .write(Map.of(
                        "dashboard",
                        new Identity(
                                "dashboard",
                                PasswordHash.create("dash-secret".toCharArray()),
                                Role.viewer,
                                List.of(),
                                16,
                                List.of(),
                                null)));
        try (TestNode node = TestNode.start(
                "site-1",
                dir,
                Map.of("rooms.camel.yaml", ExplorerBrowserTest.ROOMS),
                Map.of("objectbus.broker.identities-file", identities.toString()))) {
            ChromeDriver browser =
                    ExplorerBrowserTest.browser(Files.createDirectories(dir.resolve("chromium-profile")));
            try {
                // As a user who typed the login into the browser's prompt: the browser keeps it for the node.
                browser.get(node.url().replace("://", "://dashboard:dash-secret@") + "/explorer/");
                By temperature = By.cssSelector(".row[data-key='site-1/room-1-01/temperature'] .value");
                String first = await().atMost(LONG)
                        .ignoreExceptions()
                        .until(() -> browser.findElement(temperature).getText(), v -> !v.equals("—"));
                await().atMost(LONG)
                        .ignoreExceptions()
                        .until(() -> !browser.findElement(temperature).getText().equals(first));
                assertThat(browser.findElement(By.id("live")).getText()).contains("live");
            } finally {
                browser.quit();
            }
        }
    }
}
