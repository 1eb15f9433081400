// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;

/** Health and metrics on the node's HTTP server: {@code /health}, {@code /health/live}, {@code /health/ready}, {@code /metrics}. */
final class OperationsRoutes extends RouteBuilder {

    private final NodeMetrics metrics;

    OperationsRoutes(NodeMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void configure() {
        health("/health", "node-http-health", HealthReport.Kind.ALL);
        health("/health/live", "node-http-health-live", HealthReport.Kind.LIVENESS);
        health("/health/ready", "node-http-health-ready", HealthReport.Kind.READINESS);
        from("platform-http:/metrics?httpMethodRestrict=GET")
                .routeId("node-http-metrics")
                .process(exchange -> {
                    String accept = exchange.getMessage().getHeader("Accept", String.class);
                    exchange.getMessage().setBody(metrics.scrape(accept));
                    exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, contentType(accept));
                });
    }

    private void health(String path, String routeId, HealthReport.Kind kind) {
        from("platform-http:" + path + "?httpMethodRestrict=GET")
                .routeId(routeId)
                .process(
                        exchange -> HealthReport.of(exchange.getContext(), kind).writeTo(exchange.getMessage()));
    }

    /** OpenMetrics when the scraper asks for it, as Prometheus does; the classic text format otherwise. */
    private static String contentType(String accept) {
        return accept != null && accept.contains("application/openmetrics-text")
                ? "application/openmetrics-text; version=1.0.0; charset=utf-8"
                : "text/plain; version=0.0.4; charset=utf-8";
    }
}
