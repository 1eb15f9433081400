// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The parsers of what clients send ({@code $set}, {@code $discover} and {@code $cmd} payloads): for any bytes and any JSON, each
 * either returns a request or refuses with a reason (IllegalArgumentException, or the JSON parser's IOException) —
 * never another exception, which would be a defect on the node's side rather than a rejection.
 */
class RequestParsersPropertiesTest {

    private static final List<String> FIELDS = List.of(
            "v",
            "p",
            "ttl",
            "owner",
            "id",
            "reply",
            "list",
            "detail",
            "object",
            "name",
            "type",
            "protocol",
            "location",
            "tag",
            "resource",
            "node",
            "cmd",
            "args");

    @Property(tries = 2000)
    void anyBytesAreParsedOrRefused(@ForAll byte[] payload) {
        assertParsedOrRefused(payload);
    }

    @Property(tries = 3000)
    void anyJsonWithTheRequestsFieldsIsParsedOrRefused(@ForAll("requests") String json) {
        assertParsedOrRefused(json.getBytes(StandardCharsets.UTF_8));
    }

    private static void assertParsedOrRefused(byte[] payload) {
        JsonNode node;
        try {
            node = Json.parse(payload);
        } catch (IOException refused) {
            return;
        }
        if (node == null) {
            return;
        }
        for (Runnable parser : List.<Runnable>of(
                () -> WriteRequest.parse(node, Instant.EPOCH),
                () -> DiscoveryQuery.parse(node, true),
                () -> DiscoveryQuery.parse(node, false),
                () -> CmdRequests.parse(node))) {
            try {
                parser.run();
            } catch (IllegalArgumentException refused) {
                assertThat(refused.getMessage()).isNotBlank();
            }
        }
    }

    @Provide
    Arbitrary<String> requests() {
        Arbitrary<String> values = Arbitraries.oneOf(
                Arbitraries.integers().map(String::valueOf),
                Arbitraries.doubles().map(String::valueOf),
                Arbitraries.strings()
                        .ofMaxLength(12)
                        .map(s -> "\"" + s.replace("\\", "").replace("\"", "") + "\""),
                Arbitraries.of(
                        "null",
                        "true",
                        "false",
                        "[]",
                        "{}",
                        "[1,\"a\"]",
                        "{\"x\":1}",
                        "1e400",
                        "-0",
                        "99999999999999999999999"));
        Arbitrary<String> members =
                Combinators.combine(Arbitraries.of(FIELDS), values).as((field, value) -> "\"" + field + "\":" + value);
        return members.list().ofMaxSize(6).map(list -> "{" + String.join(",", list) + "}");
    }
}
