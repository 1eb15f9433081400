// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

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
        get("/api/nodes", "api-http-nodes", reads::nodes);
        get("/api/objects", "api-http-objects", reads::objects);
        get("/api/objects/{node}/{object}", "api-http-object", reads::object);
        get("/api/objects/{node}/{object}/values", "api-http-values", reads::values);
        get("/api/objects/{node}/{object}/{resource}/priorities", "api-http-priorities", reads::priorities);
        get("/api/errors", "api-http-errors", reads::errors);
        get("/api/links", "api-http-links", reads::links);
        get("/api/history/{node}/{object}/{resource}", "api-http-history", new ApiHistory()::answer);
        from("platform-http:/api/objects/{node}/{object}/{resource}?httpMethodRestrict=PUT")
                .routeId("api-http-write")
                .process(new ApiWrite());
    }

    private void get(String path, String routeId, Processor processor) {
        from("platform-http:" + path + "?httpMethodRestrict=GET")
                .routeId(routeId)
                .process(processor);
    }
}
