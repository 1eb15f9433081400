// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.broker.Glob;
import java.io.IOException;
import java.time.Instant;

/**
 * Coverage-guided fuzzing (Jazzer) of what the bus takes from the network: payloads as JSON, the {@code $set} and
 * {@code $discover} request parsers, and discovery's globs. Each input either parses or is refused with a reason
 * (IllegalArgumentException, or the JSON parser's IOException); any other exception, or a glob that takes long, is a
 * finding. The run is bounded (maxDuration) so that it fits the normal build; the inputs in
 * {@code src/test/resources/io/objectbus/bus/BusInputFuzzTestInputs/} are replayed first on every run, and Jazzer
 * adds there any input that fails.
 */
class BusInputFuzzTest {

    @FuzzTest(maxDuration = "5s")
    void parsersTakeAnyInput(FuzzedDataProvider data) {
        if (data.consumeBoolean()) {
            String glob = data.consumeString(64);
            String name = data.consumeRemainingAsString();
            long started = System.nanoTime();
            Glob.of(glob).test(name);
            Glob.ignoringCase(glob).test(name);
            assertThat((System.nanoTime() - started) / 1_000_000)
                    .as("milliseconds for one glob")
                    .isLessThan(1000);
        } else {
            requestParsedOrRefused(data.consumeRemainingAsBytes());
        }
    }

    private static void requestParsedOrRefused(byte[] payload) {
        JsonNode node;
        try {
            node = Json.parse(payload);
        } catch (IOException refused) {
            return;
        }
        if (node == null) {
            return;
        }
        try {
            WriteRequest.parse(node, Instant.EPOCH);
        } catch (IllegalArgumentException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
        for (boolean strict : new boolean[] {true, false}) {
            try {
                DiscoveryQuery.parse(node, strict);
            } catch (IllegalArgumentException refused) {
                assertThat(refused.getMessage()).isNotBlank();
            }
        }
    }
}
