// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.component.BusFixture;
import io.objectbus.opcua.support.PlantNamespace;
import io.objectbus.opcua.support.TestServer;
import io.objectbus.testing.FreePorts;
import io.objectbus.testing.LogCapture;
import io.objectbus.testing.Paho5Probe;
import java.time.Duration;
import java.util.Map;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A server that takes only Basic256Sha256 sign and encrypt, and users with a password. */
class OpcUaSecurityTest {

    private static TestServer server;
    private static BusFixture node;
    private static Paho5Probe watcher;
    private static LogCapture log;

    @BeforeAll
    static void start() throws Exception {
        log = LogCapture.attach();
        server = TestServer.start(FreePorts.next(), true);
        node = BusFixture.start("n3", component -> {});
        watcher = new Paho5Probe(node.url(), "watcher");
        watcher.subscribe("ob/v1/n3/#", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        watcher.close();
        node.close();
        server.close();
        log.close();
    }

    @Test
    void signAndEncryptWithAUserBringsTheValues() throws Exception {
        Adapters.add(node.camel, "secure", server.url(), secure(TestServer.PASSWORD));
        watcher.awaitOn("ob/v1/n3/secure-Boiler1/$info");
        watcher.awaitOn("ob/v1/n3/secure-Boiler1/Temperature", "\"q\":\"good\"");
    }

    @Test
    void aWrongPasswordIsAClearErrorAndTheNodeRunsOn() throws Exception {
        Adapters.add(node.camel, "intruder", server.url(), secure("guess"));
        await().until(() -> log.contains("intruder", "cannot connect", "Bad_UserAccessDenied"));
        Adapters.add(node.camel, "after", server.url(), secure(TestServer.PASSWORD));
        watcher.awaitOn("ob/v1/n3/after-Boiler1/Temperature", "\"q\":\"good\"");
        assertThat(watcher.received()).noneMatch(r -> r.topic().startsWith("ob/v1/n3/intruder-"));
    }

    @Test
    void aPolicyTheServerDoesNotOfferIsNamedWithWhatItOffers() throws Exception {
        Map<String, String> options = new java.util.HashMap<>(secure(TestServer.PASSWORD));
        options.put("securityPolicy", "Aes256_Sha256_RsaPss");
        Adapters.add(node.camel, "mismatch", server.url(), options);
        await().until(() ->
                log.contains("mismatch", "no endpoint with security Aes256_Sha256_RsaPss", "Basic256Sha256"));
    }

    @Test
    void aPasswordWithPercentPlusAndAmpersandWorksInRawInAnAdapterFile() throws Exception {
        // Camel joins a route's parameters into its endpoint URI unencoded: RAW() keeps the value as written.
        String file =
                """
                - route:
                    id: adapter-opcua-odd
                    from:
                      uri: kamelet:opcua-source
                      parameters:
                        name: odd
                        endpointUrl: "%s"
                        roots: "nsu=%s;s=Plant"
                        securityPolicy: Basic256Sha256
                        username: %s
                        password: "RAW(%s)"
                        certificateDir: target/opcua-client-%d
                        samplingInterval: 100
                        publishingInterval: 100
                      steps:
                        - log: "${header.OpcUaEvent}"
                """
                        .formatted(
                                server.url(),
                                PlantNamespace.URI,
                                TestServer.ODD_USER,
                                TestServer.ODD_PASSWORD,
                                ProcessHandle.current().pid());
        OpcUaNodeConfiguration.bindBeans(node.camel);
        PluginHelper.getRoutesLoader(node.camel)
                .loadRoutes(ResourceHelper.fromString("adapter-opcua-odd.camel.yaml", file));
        watcher.await(
                r -> r.topic().equals("ob/v1/n3/odd-Boiler1/Temperature")
                        && r.text().contains("\"q\":\"good\""),
                Duration.ofSeconds(60));
    }

    private static Map<String, String> secure(String password) {
        return Map.of(
                "roots",
                "nsu=" + PlantNamespace.URI + ";s=Plant",
                "securityPolicy",
                "Basic256Sha256",
                "username",
                TestServer.USER,
                "password",
                password,
                "certificateDir",
                "target/opcua-client-" + ProcessHandle.current().pid());
    }
}
