// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.objectbus.component.enocean.frame.CommonCommandCode;
import org.apache.camel.CamelContext;
import org.apache.camel.ResolveEndpointFailedException;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class EnoceanEndpointTest {

    private final CamelContext camel = new DefaultCamelContext();

    @AfterEach
    void stop() {
        camel.stop();
    }

    private EnoceanConfiguration configurationOf(String uri) {
        return camel.getEndpoint(uri, EnoceanEndpoint.class).getConfiguration();
    }

    @Test
    void aSerialUriKeepsThePortPathAndTheDefaults() {
        EnoceanConfiguration c = configurationOf("enocean:serial:/dev/ttyUSB0");
        assertEquals(EnoceanTransport.serial, c.getTransport());
        assertEquals("/dev/ttyUSB0", c.getAddress());
        assertEquals(57600, c.getBaudRate());
        assertEquals(500, c.getDedupWindow());
    }

    @Test
    void aTcpUriTakesHostPortAndOptionsWithDurations() {
        EnoceanConfiguration c = configurationOf(
                "enocean:tcp:gateway.local:9600?dedupWindow=2s&responseTimeout=250&command=CO_RD_IDBASE");
        assertEquals(EnoceanTransport.tcp, c.getTransport());
        assertEquals("gateway.local:9600", c.getAddress());
        assertEquals(2000, c.getDedupWindow());
        assertEquals(250, c.getResponseTimeout());
        assertEquals(CommonCommandCode.CO_RD_IDBASE, c.getCommand());
    }

    @Test
    void anUnknownTransportIsRefused() {
        assertThrows(ResolveEndpointFailedException.class, () -> camel.getEndpoint("enocean:udp:host:1"));
    }

    @Test
    void endpointsOfOneGatewayShareItsKey() {
        assertEquals(
                configurationOf("enocean:tcp:h:1?dedupWindow=1").gatewayKey(),
                configurationOf("enocean:tcp:h:1?command=CO_RD_VERSION").gatewayKey());
    }
}
