// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.builder.RouteBuilder;

/**
 * The web explorer (docs/explorer.md): its page from {@code src/main/resources/explorer/} under {@code /explorer/},
 * and the front-end libraries it imports from their webjars under {@code /webjars/<name>/<path>}, the version taken
 * from the webjar on the class path, so that the page names no version.
 */
final class ExplorerRoutes extends RouteBuilder {

    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "json", "application/json");

    private final Map<String, Optional<String>> webjarVersions = new ConcurrentHashMap<>();

    @Override
    public void configure() {
        from("platform-http:/explorer?matchOnUriPrefix=true&httpMethodRestrict=GET")
                .routeId("explorer-http-page")
                .process(this::page);
        from("platform-http:/webjars?matchOnUriPrefix=true&httpMethodRestrict=GET")
                .routeId("explorer-http-webjars")
                .process(this::webjar);
    }

    private void page(Exchange exchange) {
        try {
            HttpLogin.requireReader(exchange);
        } catch (ApiProblem refused) {
            exchange.getMessage().removeHeaders("*");
            refused.writeTo(exchange);
            return;
        }
        String path = path(exchange);
        if (path.equals("/explorer")) {
            redirect(exchange, "/explorer/");
            return;
        }
        String file = path.substring("/explorer/".length());
        serve(exchange, "explorer/" + (file.isEmpty() ? "index.html" : file), "no-cache");
    }

    private void webjar(Exchange exchange) {
        String[] parts = path(exchange).substring("/webjars/".length()).split("/", 2);
        Optional<String> version =
                parts.length < 2 ? Optional.empty() : webjarVersions.computeIfAbsent(parts[0], ExplorerRoutes::version);
        String resource = version.map(v -> "META-INF/resources/webjars/" + parts[0] + "/" + v + "/" + parts[1])
                .orElse(null);
        serve(exchange, resource, "public, max-age=86400");
    }

    private static String path(Exchange exchange) {
        String uri = exchange.getMessage().getHeader(Exchange.HTTP_URI, String.class);
        int query = uri.indexOf('?');
        return query < 0 ? uri : uri.substring(0, query);
    }

    private static Optional<String> version(String webjar) {
        String properties = "META-INF/maven/org.webjars.npm/" + webjar + "/pom.properties";
        try (InputStream in = ExplorerRoutes.class.getClassLoader().getResourceAsStream(properties)) {
            if (in == null) {
                return Optional.empty();
            }
            Properties pom = new Properties();
            pom.load(in);
            return Optional.ofNullable(pom.getProperty("version"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void serve(Exchange exchange, String resource, String cacheControl) {
        byte[] body = resource == null || resource.contains("..") ? null : read(resource);
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        if (body == null) {
            new ApiProblem(404, "Not Found", "no such file of the explorer").writeTo(exchange);
            return;
        }
        String extension = resource.substring(resource.lastIndexOf('.') + 1);
        message.setHeader(Exchange.CONTENT_TYPE, TYPES.getOrDefault(extension, "application/octet-stream"));
        message.setHeader("Cache-Control", cacheControl);
        message.setBody(body);
    }

    private static byte[] read(String resource) {
        try (InputStream in = ExplorerRoutes.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void redirect(Exchange exchange, String location) {
        Message message = exchange.getMessage();
        message.removeHeaders("*");
        message.setHeader(Exchange.HTTP_RESPONSE_CODE, 301);
        message.setHeader("Location", location);
        message.setBody(null);
    }
}
