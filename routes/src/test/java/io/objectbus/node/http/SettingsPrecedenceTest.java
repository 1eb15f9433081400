// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.node.NodeMain;
import io.objectbus.testing.FreePorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The order of docs/node.md: a {@code --key=value} argument beats the environment, which beats application.properties.
 * The build sets OBJECTBUS_HTTP_PORT=0 for these tests (routes/pom.xml), and application.properties says 8080.
 */
class SettingsPrecedenceTest {

    @TempDir
    Path dir;

    @Test
    void anArgumentBeatsTheEnvironmentVariableOfTheSameKey() throws Exception {
        assertThat(System.getenv("OBJECTBUS_HTTP_PORT")).isEqualTo("0");
        int port = FreePorts.next();
        Map<String, String> settings = TestNode.settings("node-p", FreePorts.next(), dir, routes());
        settings.put("objectbus.http.port", String.valueOf(port));
        assertThat(httpUrlOfANodeWith(settings)).isEqualTo("http://127.0.0.1:" + port);
    }

    @Test
    void theEnvironmentBeatsTheFile() throws Exception {
        Map<String, String> settings = TestNode.settings("node-p", FreePorts.next(), dir, routes());
        settings.remove("objectbus.http.port");
        assertThat(httpUrlOfANodeWith(settings)).startsWith("http://127.0.0.1:").doesNotEndWith(":8080");
    }

    private Path routes() throws Exception {
        return Files.createDirectories(dir.resolve("routes"));
    }

    private static String httpUrlOfANodeWith(Map<String, String> settings) throws Exception {
        Main main = NodeMain.create(settings);
        main.start();
        try {
            return main.getCamelContext().hasService(HttpServerService.class).url();
        } finally {
            main.stop();
        }
    }
}
