// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A node that starts again replaces the picture of its previous run: what it no longer has does not linger. */
class ForeignStateRunsTest {

    private final ForeignState foreign = new ForeignState(new Topics("ob/v1", "here"), node -> false);

    @Test
    void aNewRunOfANodeForgetsTheObjectsOfItsPreviousRunAndKeepsThoseDescribedAfterIt() {
        accept("ob/v1/far/$state", "{\"online\":true,\"since\":\"2026-12-04T10:00:00.000Z\"}");
        accept("ob/v1/far/$info", "{\"id\":\"far\"}");
        accept("ob/v1/far/boiler/$info", "{\"id\":\"boiler\"}");
        accept("ob/v1/far/boiler/temperature", "{\"v\":20}");

        accept("ob/v1/far/$state", "{\"online\":true,\"since\":\"2026-12-04T11:00:00.000Z\"}");
        accept("ob/v1/far/pump/$info", "{\"id\":\"pump\"}");

        assertThat(foreign.held("ob/v1/far/boiler/$info")).isNull();
        assertThat(foreign.held("ob/v1/far/boiler/temperature")).isNull();
        assertThat(foreign.held("ob/v1/far/pump/$info")).isNotNull();
        assertThat(foreign.held("ob/v1/far/$info")).isNotNull();
    }

    @Test
    void theSameRunsStateAgainOrItsStopKeepsTheNodesObjects() {
        String since = "\"since\":\"2026-12-04T10:00:00.000Z\"";
        accept("ob/v1/far/$state", "{\"online\":true," + since + "}");
        accept("ob/v1/far/boiler/$info", "{\"id\":\"boiler\"}");

        accept("ob/v1/far/$state", "{\"online\":true," + since + "}");
        accept("ob/v1/far/$state", "{\"online\":false,\"since\":\"2026-12-04T12:00:00.000Z\",\"reason\":\"stopped\"}");

        assertThat(foreign.held("ob/v1/far/boiler/$info")).isNotNull();
    }

    @Test
    void aNewRunsStateNamesTheObjectDescriptorsOfThePreviousRunButTheSameRunsStateNone() {
        String since = "\"since\":\"2026-12-04T10:00:00.000Z\"";
        accept("ob/v1/far/$state", "{\"online\":true," + since + "}");
        accept("ob/v1/far/$info", "{\"id\":\"far\"}");
        accept("ob/v1/far/boiler/$info", "{\"id\":\"boiler\"}");
        accept("ob/v1/far/boiler/temperature", "{\"v\":20}");

        assertThat(foreign.previousRunObjects("ob/v1/far/$state", bytes("{\"online\":true," + since + "}")))
                .isEmpty();
        assertThat(foreign.previousRunObjects(
                        "ob/v1/far/$state", bytes("{\"online\":true,\"since\":\"2026-12-04T11:00:00.000Z\"}")))
                .containsExactly("ob/v1/far/boiler/$info");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private void accept(String topic, String payload) {
        assertThat(foreign.accept(topic, payload.getBytes(StandardCharsets.UTF_8), "far"))
                .isTrue();
    }
}
