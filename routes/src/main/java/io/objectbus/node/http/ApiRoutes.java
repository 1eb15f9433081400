// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import io.objectbus.broker.security.IdentityFile;
import java.nio.file.Path;
import org.apache.camel.Processor;
import org.apache.camel.builder.RouteBuilder;

/**
 * The node's REST API on its HTTP server, under {@code /api}, described by {@code /api/openapi.yaml} (the document in
 * {@code src/main/resources/api/openapi.yaml}; {@code ApiDocumentTest} checks the two against each other). It reads
 * and writes the bus in the JVM through the {@link io.objectbus.bus.BusView}.
 */
final class ApiRoutes extends RouteBuilder {

    static final String DOCUMENT = "api/openapi.yaml";

    @Override
    public void configure() {
        onException(ApiProblem.class).handled(true).process(ApiProblem::answer);
        onException(Exception.class).handled(true).process(ApiProblem::internal);
        ApiReads reads = new ApiReads();
        get("/api/openapi.yaml", "api-http-openapi", ApiDocument::answer);
        read("/api/nodes", "api-http-nodes", reads::nodes);
        read("/api/objects", "api-http-objects", reads::objects);
        read("/api/objects/{node}/{object}", "api-http-object", reads::object);
        read("/api/objects/{node}/{object}/values", "api-http-values", reads::values);
        read("/api/objects/{node}/{object}/{resource}/priorities", "api-http-priorities", reads::priorities);
        read("/api/errors", "api-http-errors", reads::errors);
        read("/api/events", "api-http-events", reads::events);
        read("/api/links", "api-http-links", reads::links);
        read(ApiHistory.PATH, "api-http-history", new ApiHistory());
        route("PUT", "/api/objects/{node}/{object}/{resource}", "api-http-write", new ApiWrite());
        route("POST", "/api/objects/{node}/{object}/commands/{cmd}", "api-http-command", new ApiCommand());
        ApiIdentities identities = new ApiIdentities(identitiesFile());
        get("/api/identities", "api-http-identities", identities::list);
        route("POST", "/api/identities", "api-http-identity-add", identities::add);
        route("PUT", "/api/identities/{name}/password", "api-http-identity-rotate", identities::rotate);
        route("DELETE", "/api/identities/{name}", "api-http-identity-revoke", identities::revoke);
    }

    /** The broker's identities file, which the API manages; null when the node has none. */
    private IdentityFile identitiesFile() {
        String file = getContext()
                .resolvePropertyPlaceholders("{{objectbus.broker.identities-file:}}")
                .trim();
        return file.isEmpty() ? null : new IdentityFile(Path.of(file));
    }

    private void get(String path, String routeId, Processor processor) {
        route("GET", path, routeId, processor);
    }

    /** A read of the bus: with security on, only for a login that reads the bus ({@link HttpLogin#requireReader}). */
    private void read(String path, String routeId, Processor processor) {
        get(path, routeId, exchange -> {
            HttpLogin.requireReader(exchange);
            processor.process(exchange);
        });
    }

    private void route(String method, String path, String routeId, Processor processor) {
        from("platform-http:" + path + "?httpMethodRestrict=" + method)
                .routeId(routeId)
                .process(processor);
    }
}
