// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.camel.Exchange;

/** The OpenAPI 3 document of the API, as the node ships it. */
final class ApiDocument {

    private ApiDocument() {}

    static byte[] bytes() {
        try (InputStream in = ApiDocument.class.getClassLoader().getResourceAsStream(ApiRoutes.DOCUMENT)) {
            if (in == null) {
                throw new IllegalStateException(ApiRoutes.DOCUMENT + " is missing from the node's class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void answer(Exchange exchange) {
        exchange.getMessage().removeHeaders("*");
        exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "application/yaml");
        exchange.getMessage().setBody(bytes());
    }
}
