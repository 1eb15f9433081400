// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import java.nio.file.Path;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyInject;

/**
 * The node's one HTTP server, set up here and only here (settings {@code objectbus.http.*}, docs/operations.md): a
 * Vert.x server that every {@code platform-http:} route of the node is served by, the node's health, metrics and REST
 * API among them. Other parts of the node that serve HTTP add {@code platform-http:} routes; they never start a
 * server of their own.
 */
public class HttpConfiguration implements CamelConfiguration {

    @PropertyInject(value = "objectbus.http.enabled", defaultValue = "true")
    private boolean enabled;

    @PropertyInject(value = "objectbus.http.host", defaultValue = "127.0.0.1")
    private String host;

    @PropertyInject(value = "objectbus.http.port", defaultValue = "8080")
    private int port;

    @PropertyInject(value = "objectbus.http.max-body-bytes", defaultValue = "65536")
    private long maxBodyBytes;

    @PropertyInject(value = "objectbus.http.max-streams", defaultValue = "16")
    private int maxStreams;

    @PropertyInject(value = "objectbus.http.stream-buffer", defaultValue = "100000")
    private int streamBuffer;

    @PropertyInject(value = "objectbus.broker.data-dir", defaultValue = "data")
    private String dataDir;

    @Override
    public void configure(CamelContext context) throws Exception {
        if (!enabled || context.hasService(HttpServerService.class) != null) {
            return;
        }
        HttpServerService server = new HttpServerService(new HttpSettings(host, port, maxBodyBytes));
        server.checkPortIsFree();
        context.addService(server, true, true);
        NodeMetrics metrics = NodeMetrics.bind(context);
        context.addStartupListener(NodeHealthChecks.registerOnStart());
        EventLog events = new EventLog(new EventJournal(Path.of(dataDir, "events", "recent.jsonl")));
        context.addService(events, true, true);
        context.addStartupListener(events);
        context.addRoutes(new OperationsRoutes(metrics));
        context.addService(new ApiStream(maxStreams, streamBuffer, metrics.registry()), true, true);
        context.addRoutes(new ApiRoutes());
        context.addRoutes(new ExplorerRoutes());
    }
}
