// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The endpoint's options as a URI, a route or the component's defaults set them; no server needed. */
class OpcUaEndpointTest {

    private CamelContext camel;

    @BeforeEach
    void start() {
        camel = new DefaultCamelContext();
        camel.start();
    }

    @AfterEach
    void stop() throws Exception {
        camel.close();
    }

    @Test
    void theUriSetsTheOptionsOfItsEndpointOnly() {
        OpcUaEndpoint endpoint = camel.getEndpoint(
                "opcua:plant?endpointUrl=opc.tcp://plc:4840&depth=5&deadband=0.5&deadbandType=percent"
                        + "&securityPolicy=Basic256Sha256&operation=monitor",
                OpcUaEndpoint.class);
        OpcUaEndpoint other = camel.getEndpoint("opcua:other", OpcUaEndpoint.class);

        assertThat(endpoint.getName()).isEqualTo("plant");
        assertThat(endpoint.getConfiguration().getEndpointUrl()).isEqualTo("opc.tcp://plc:4840");
        assertThat(endpoint.getConfiguration().getDepth()).isEqualTo(5);
        assertThat(endpoint.getConfiguration().getDeadband()).isEqualTo(0.5);
        assertThat(endpoint.getConfiguration().getDeadbandType()).isEqualTo("percent");
        assertThat(endpoint.getConfiguration().getSecurityPolicy()).isEqualTo("Basic256Sha256");
        assertThat(endpoint.getOperation()).isEqualTo(OpcUaOperation.monitor);
        assertThat(other.getConfiguration().getDepth()).isEqualTo(3);
        assertThat(other.getOperation()).isEqualTo(OpcUaOperation.write);
    }

    @Test
    void theComponentsOptionsAreTheDefaultsOfItsEndpoints() {
        camel.getComponent("opcua", OpcUaComponent.class).getConfiguration().setRequestTimeout(2500);

        OpcUaEndpoint endpoint = camel.getEndpoint("opcua:plant?requestTimeout=4000", OpcUaEndpoint.class);
        OpcUaEndpoint other = camel.getEndpoint("opcua:other", OpcUaEndpoint.class);

        assertThat(endpoint.getConfiguration().getRequestTimeout()).isEqualTo(4000);
        assertThat(other.getConfiguration().getRequestTimeout()).isEqualTo(2500);
    }

    @Test
    void aValueOfTheWrongKindNamesTheOption() {
        assertThatThrownBy(() -> camel.getEndpoint("opcua:plant?depth=three")).hasStackTraceContaining("depth");
        assertThatThrownBy(() -> camel.getEndpoint("opcua:plant?dept=3")).hasStackTraceContaining("dept");
    }

    @Test
    void aConsumerWithoutEndpointUrlIsAClearError() {
        assertThatThrownBy(() -> camel.addRoutes(new RouteBuilder() {
                    @Override
                    public void configure() {
                        from("opcua:plant").routeId("opcua-plant").to("log:plant");
                    }
                }))
                .hasStackTraceContaining("opcua:plant needs an endpointUrl (opc.tcp://host:port)");
    }
}
