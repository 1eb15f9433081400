// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.camel.Route;
import org.apache.camel.component.platform.http.PlatformHttpEndpoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenAPI document the node serves is valid OpenAPI 3 and describes exactly the API's routes: every path and
 * method the node serves is in it, and nothing it does not serve.
 */
class ApiDocumentTest {

    @TempDir
    Path dir;

    @Test
    void theServedDocumentIsValidOpenApi3AndDescribesExactlyTheRoutesOfTheApi() throws Exception {
        try (TestNode node = TestNode.start("node-d", dir, Map.of())) {
            HttpResponse<String> served = node.get("/api/openapi.yaml");
            assertThat(served.statusCode()).isEqualTo(200);
            SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(served.body());
            assertThat(parsed.getMessages()).as("validation messages").isEmpty();
            assertThat(operations(parsed.getOpenAPI())).isEqualTo(routes(node));
        }
    }

    private static Set<String> operations(OpenAPI api) {
        Set<String> operations = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap()
                .keySet()
                .forEach(method -> operations.add(method.name() + " " + path)));
        return operations;
    }

    /**
     * {@code METHOD /path} of every route of the API, from its {@code platform-http:} endpoint, and of the handlers
     * of the node's router that the API marks as its own (the stream).
     */
    private static Set<String> routes(TestNode node) {
        Set<String> routes = new TreeSet<>();
        for (Route route : node.main.getCamelContext().getRoutes()) {
            if (route.getRouteId().startsWith("api-http-")) {
                PlatformHttpEndpoint endpoint = (PlatformHttpEndpoint) route.getEndpoint();
                routes.add(endpoint.getHttpMethodRestrict().toUpperCase(Locale.ROOT) + " " + endpoint.getPath());
            }
        }
        for (io.vertx.ext.web.Route route :
                ApiStream.router(node.main.getCamelContext()).getRoutes()) {
            if (route.metadata().containsKey(ApiStream.API_ROUTE)) {
                route.methods().forEach(method -> routes.add(method.name() + " " + route.getPath()));
            }
        }
        return routes;
    }
}
