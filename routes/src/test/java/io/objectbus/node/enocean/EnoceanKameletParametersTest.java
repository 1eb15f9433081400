// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.enocean;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.objectbus.component.BusFixture;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A wrong parameter of the enocean-gateway kamelet stops its route with a message that names the parameter. */
class EnoceanKameletParametersTest {

    private BusFixture node;

    @BeforeEach
    void start() throws Exception {
        node = BusFixture.start("params", c -> {});
    }

    @AfterEach
    void stop() throws Exception {
        node.close();
    }

    @Test
    void aLearnModeTimeoutThatIsNoNumberIsNamed() {
        assertThatThrownBy(() -> add(Map.of("gateway", "tcp:127.0.0.1:9", "learnModeTimeout", "soon")))
                .hasStackTraceContaining("learnModeTimeout=soon");
    }

    @Test
    void aGatewayIdTooLongForItsConnectionObjectIsNamed() {
        assertThatThrownBy(() -> add(Map.of("gateway", "tcp:127.0.0.1:9", "gatewayId", "g".repeat(60))))
                .hasStackTraceContaining("gatewayId (at most 53 characters)");
    }

    @Test
    void aGatewayWithoutTransportIsNamed() {
        assertThatThrownBy(() -> add(Map.of("gateway", "/dev/ttyUSB0")))
                .hasStackTraceContaining("expected enocean:serial:<port> or enocean:tcp:<host>:<port>");
    }

    private void add(Map<String, String> parameters) throws Exception {
        node.camel.addRoutes(EnoceanSite.instance("adapter-enocean-params", parameters));
    }
}
