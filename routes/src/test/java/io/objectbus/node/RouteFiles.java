// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Route files as users write them, and the settings of a node that loads one folder of them. */
final class RouteFiles {

    /** Line 6, column 11 is an unknown step. */
    static final String BROKEN =
            """
            - route:
                id: adapter-test-broken
                from:
                  uri: timer:broken
                  steps:
                    - tooo: log:broken
            """;

    /** A device that answers three times, then not any more: the route's exchanges fail. */
    static final String FAILING_PUMP =
            """
            - route:
                id: adapter-test-pump
                from:
                  uri: timer:pump
                  parameters: {period: 200, includeMetadata: true}
                  steps:
                    - filter:
                        simple: "${exchangeProperty.CamelTimerCounter} > 3"
                        steps:
                          - throwException: {exceptionType: java.io.IOException, message: pump does not answer}
                    - setBody:
                        constant: '{"id":"pump","type":"pump","resources":{"flow":{"type":"number","unit":"m3/h"}}}'
                    - to: objectbus:describe
                    - setBody: {constant: '{"flow": 1.5}'}
                    - to: objectbus:publish?object=pump
            """;

    private RouteFiles() {}

    static String outdoor(String routeId, double value) {
        return outdoor(routeId, "outdoor", value);
    }

    /** A plain route that describes an object with a temperature and reports it every 200 ms. */
    static String outdoor(String routeId, String object, double value) {
        return """
                - route:
                    id: %s
                    from:
                      uri: timer:%s
                      parameters:
                        period: 200
                      steps:
                        - setBody:
                            constant: '{"id":"%s","type":"weather","resources":{"temperature":{"type":"number","unit":"Cel"}}}'
                        - to: objectbus:describe
                        - setBody:
                            constant: '{"temperature": %s}'
                        - to: objectbus:publish?object=%s
                """
                .formatted(routeId, routeId, object, value, object);
    }

    /** An EnOcean gateway with the default simulated site's devices. */
    static String enocean(int port) {
        return """
                - route:
                    id: adapter-enocean-files
                    from:
                      uri: kamelet:enocean-gateway
                      parameters:
                        gateway: "tcp:127.0.0.1:%d"
                        gatewayId: enocean-files-gateway
                        devices: >-
                          01810002, A5-04-01, name=Simulated climate sensor, location=Office, interval=30;
                          01940005, D2-01-12, name=Simulated lights, location=Office
                      steps:
                        - log: "EnOcean ${body}"
                """
                .formatted(port);
    }

    /** A node without the simulated site that loads the folder's route files and reloads them. */
    static Map<String, String> node(String id, int mqttPort, Path folder, String dataDir) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("objectbus.config", "file:../application.properties");
        settings.put("camel.component.objectbus.node-id", id);
        settings.put("objectbus.broker.mqtt-port", String.valueOf(mqttPort));
        settings.put("objectbus.broker.ws-port", "0");
        settings.put("objectbus.broker.data-dir", dataDir);
        settings.put("objectbus.sim.enabled", "false");
        settings.put("objectbus.bacnet.server.enabled", "false");
        settings.put("objectbus.routes.folders", folder.toString());
        return settings;
    }
}
