// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho5Probe;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.camel.ServiceStatus;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Route files that define a route template (or a local kamelet) and use it in the same file: the file loads, and a
 * broken use of its own template is found before the file's previous version stops, as any broken edit is.
 */
class RouteFileTemplatesTest {

    @TempDir
    static Path folder;

    private static Main main;
    private static String url;

    @BeforeAll
    static void startNode() throws Exception {
        int port = FreePorts.next();
        url = "tcp://127.0.0.1:" + port;
        main = NodeMain.create(
                RouteFiles.node("templates", port, folder, "target/test-data/templates-" + System.nanoTime()));
        main.start();
    }

    @AfterAll
    static void stopNode() {
        main.stop();
    }

    @Test
    void aFileThatDefinesATemplateAndInstantiatesItLoadsAndItsObjectReports() throws Exception {
        Path file = folder.resolve("station.camel.yaml");
        try (Paho5Probe probe = new Paho5Probe(url, "station-templates")) {
            probe.subscribe("ob/v1/templates/station/temperature", 0);
            Files.writeString(file, station("value", "6.5"));
            probe.awaitOn("ob/v1/templates/station/temperature", "\"v\":6.5");

            // An edit of the template and its use applies as an edit of any route does.
            Files.writeString(file, station("value", "7.5"));
            probe.awaitOn("ob/v1/templates/station/temperature", "\"v\":7.5");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aFileThatDefinesALocalKameletAndSendsToItLoadsAndAnEditThatLeavesOutItsParameterIsRefused() throws Exception {
        Path file = folder.resolve("local.camel.yaml");
        try (Paho5Probe probe = new Paho5Probe(url, "local-templates")) {
            probe.subscribe("ob/v1/templates/$errors", 1);
            probe.subscribe("ob/v1/templates/local/$info", 1);
            probe.subscribe("ob/v1/templates/local/temperature", 0);
            Files.writeString(file, localKamelet("object=local"));
            probe.awaitOn("ob/v1/templates/local/temperature", "\"v\":4.5");

            Files.writeString(file, localKamelet("objet=local"));
            String error =
                    probe.awaitOn("ob/v1/templates/$errors", "local.camel.yaml").text();
            assertThat(probe.on("ob/v1/templates/local/$info"))
                    .as("the previous version ran on untouched")
                    .noneMatch(r -> r.payload().length == 0);
            assertThat(main.getCamelContext().getRouteController().getRouteStatus("adapter-test-local"))
                    .isEqualTo(ServiceStatus.Started);
            assertThat(error)
                    .contains("route adapter-test-local")
                    .contains("the kamelet local-weather needs the parameters [object]")
                    .contains("previous version keeps running");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void anInstanceThatLeavesOutARequiredParameterOfItsOwnTemplateIsRefusedWhileThePreviousVersionRuns()
            throws Exception {
        Path file = folder.resolve("kept-station.camel.yaml");
        try (Paho5Probe probe = new Paho5Probe(url, "kept-templates")) {
            probe.subscribe("ob/v1/templates/$errors", 1);
            probe.subscribe("ob/v1/templates/kept-station/$info", 1);
            probe.subscribe("ob/v1/templates/kept-station/temperature", 0);
            Files.writeString(file, station("value", "6.5").replace("station", "kept-station"));
            probe.awaitOn("ob/v1/templates/kept-station/temperature", "\"v\":6.5");

            Files.writeString(file, station("valu", "8.5").replace("station", "kept-station"));
            String error = probe.awaitOn("ob/v1/templates/$errors", "kept-station.camel.yaml")
                    .text();
            assertThat(probe.on("ob/v1/templates/kept-station/$info"))
                    .as("the previous version ran on untouched")
                    .noneMatch(r -> r.payload().length == 0);
            assertThat(main.getCamelContext().getRouteController().getRouteStatus("adapter-test-kept-station"))
                    .isEqualTo(ServiceStatus.Started);
            assertThat(error)
                    .contains("templated route adapter-test-kept-station")
                    .contains("the route template weather-kept-station needs the parameters [value]")
                    .contains("previous version keeps running");
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aLocalKameletWhoseStepHasNoComponentIsRefusedNamingTheComponent() throws Exception {
        Path file = folder.resolve("broken-local.camel.yaml");
        try (Paho5Probe probe = new Paho5Probe(url, "broken-templates")) {
            probe.subscribe("ob/v1/templates/$errors", 1);
            Files.writeString(
                    file,
                    localKamelet("object=unmade")
                            .replace("local-weather", "broken-weather")
                            .replace("adapter-test-local", "adapter-test-broken-local")
                            .replace("to: \"objectbus:publish", "to: \"nosuch:publish"));
            assertThat(probe.awaitOn("ob/v1/templates/$errors", "broken-local.camel.yaml")
                            .text())
                    .contains("broken-weather")
                    .contains("nosuch")
                    .contains("not loaded");
            assertThat(main.getCamelContext().getRoute("adapter-test-broken-local"))
                    .isNull();
        } finally {
            Files.delete(file);
        }
    }

    /**
     * A route template and a templated route of it, in one file. The descriptor's closing braces are apart: in a
     * template, "}}" would end a placeholder.
     */
    private static String station(String parameter, String value) {
        return """
                - routeTemplate:
                    id: weather-station
                    parameters:
                      - name: object
                      - name: value
                    from:
                      uri: "timer:{{object}}"
                      parameters:
                        period: 200
                      steps:
                        - setBody:
                            constant: '{"id":"{{object}}","type":"weather","resources":{"temperature":{"type":"number","unit":"Cel"} } }'
                        - to: objectbus:describe
                        - setBody:
                            constant: '{"temperature": {{value}}}'
                        - to: "objectbus:publish?object={{object}}"
                - templatedRoute:
                    routeTemplateRef: weather-station
                    routeId: adapter-test-station
                    parameters:
                      - name: object
                        value: station
                      - name: %s
                        value: "%s"
                """
                .formatted(parameter, value);
    }

    /** A local kamelet (a route template used as {@code kamelet:}) and a route that sends to it, in one file. */
    private static String localKamelet(String query) {
        return """
                - routeTemplate:
                    id: local-weather
                    parameters:
                      - name: object
                    from:
                      uri: kamelet:source
                      steps:
                        - setBody:
                            constant: '{"id":"{{object}}","type":"weather","resources":{"temperature":{"type":"number","unit":"Cel"} } }'
                        - to: objectbus:describe
                        - setBody:
                            constant: '{"temperature": 4.5}'
                        - to: "objectbus:publish?object={{object}}"
                - route:
                    id: adapter-test-local
                    from:
                      uri: timer:local
                      parameters:
                        period: 200
                      steps:
                        - to: "kamelet:local-weather?%s"
                """
                .formatted(query);
    }
}
