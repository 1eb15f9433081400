// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.opcua.model.UaAddressSpace;
import io.objectbus.opcua.model.UaObject;
import io.objectbus.opcua.model.UaValue;
import io.objectbus.opcua.model.UaVariable;
import io.objectbus.opcua.model.UaWrite;
import io.objectbus.opcua.support.PlantNamespace;
import io.objectbus.opcua.support.TestServer;
import io.objectbus.testing.FreePorts;
import java.time.Duration;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.eclipse.milo.opcua.stack.core.OpcUaDataType;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The component used through its URIs, against a real Milo server in the test JVM. */
class OpcUaRouteTest {

    private static final Duration LONG = Duration.ofSeconds(30);
    private static TestServer server;
    private CamelContext camel;

    @BeforeAll
    static void startServer() throws Exception {
        server = TestServer.start(FreePorts.next(), false);
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void start() throws Exception {
        camel = new DefaultCamelContext();
        camel.start();
        addConsumer("plant", "samplingInterval=250");
    }

    @AfterEach
    void stop() throws Exception {
        camel.close();
    }

    @Test
    void aBrowseFindsTheObjectsWithTheirVariablesUnitsRangesAndWritability() {
        UaAddressSpace space = browsed("plant");

        assertThat(space.endpointUrl()).isEqualTo(server.url());
        assertThat(space.objects())
                .extracting(UaObject::path)
                .containsExactly(List.of("Boiler1"), List.of("Line1", "Pump1"));
        UaObject boiler = space.objects().get(0);
        assertThat(boiler.address()).isEqualTo("nsu=" + PlantNamespace.URI + ";s=Plant/Boiler1");
        assertThat(boiler.rootName()).isEqualTo("Plant");
        assertThat(boiler.displayName()).isEqualTo("Boiler 1");
        assertThat(boiler.typeName()).isEqualTo("BaseObjectType");
        UaVariable temperature = variable(boiler, "Temperature");
        assertThat(temperature.builtinType()).isEqualTo(OpcUaDataType.Double);
        assertThat(temperature.units().getUnitId()).isEqualTo(0x43454C);
        assertThat(temperature.euRange().getHigh()).isEqualTo(120.0);
        assertThat(temperature.writable()).isFalse();
        assertThat(variable(boiler, "Setpoint").writable()).isTrue();
        assertThat(variable(boiler, "Samples").scalar()).isFalse();
        assertThat(variable(boiler, "Mode").description()).isEqualTo("the mode");
    }

    @Test
    void monitoredVariablesSendTheirValuesWithSourceTimestampsAndTheConfiguredSamplingInterval() {
        UaObject boiler = browsed("plant").objects().get(0);
        NodeId counter = variable(boiler, "Counter").nodeId();

        camel.createProducerTemplate().sendBody("opcua:plant?operation=monitor", List.of(counter));

        await().atMost(LONG).until(() -> values("mock:plant").size() >= 3);
        assertThat(values("mock:plant")).allSatisfy(value -> {
            assertThat(value.nodeId()).isEqualTo(counter);
            assertThat(value.value().sourceTime()).isNotNull();
        });
        // camel-milo 4.17's milo-client endpoints leave this at Milo's default (docs/decisions/0005).
        assertThat(server.plant().samplingInterval("Counter")).isEqualTo(250.0);
    }

    @Test
    void aRouteMonitorsEveryVariableItBrowsedAsThePagesJavaExampleDoes() throws Exception {
        String url = server.url();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                // spotless:off
                from("opcua:all?endpointUrl=" + url + "&roots=RAW(nsu=" + PlantNamespace.URI + ";s=Plant)")
                    .routeId("adapter-opcua-all")
                    .choice()
                        .when(header(OpcUaConstants.EVENT).isEqualTo(OpcUaConstants.BROWSED))
                            .setBody(e -> e.getMessage().getBody(UaAddressSpace.class).objects().stream()
                                    .flatMap(object -> object.variables().stream())
                                    .map(UaVariable::nodeId)
                                    .toList())
                            .to("opcua:all?operation=monitor")
                        .when(header(OpcUaConstants.EVENT).isEqualTo(OpcUaConstants.VALUES))
                            .to("mock:all");
                // spotless:on
            }
        });

        // Boiler1's six Variables and Pump1's Speed: each sends its current value first.
        await().atMost(LONG)
                .until(() -> values("mock:all").stream()
                                .map(UaValue::nodeId)
                                .distinct()
                                .count()
                        == 7);
    }

    @Test
    void theDeadbandHoldsBackSmallChangesOfNumbersOnly() throws Exception {
        addConsumer("held", "deadband=100");
        UaObject boiler = browsed("held").objects().get(0);
        NodeId temperature = variable(boiler, "Temperature").nodeId();
        NodeId running = variable(boiler, "Running").nodeId();

        camel.createProducerTemplate().sendBody("opcua:held?operation=monitor", List.of(temperature, running));

        // Running changes every 200 ms; Temperature by 0.5 every 100 ms, within 20..29.5: never by 100.
        await().atMost(LONG).until(() -> count("mock:held", running) >= 4);
        assertThat(count("mock:held", temperature)).isEqualTo(1);
    }

    @Test
    void aWriteCompletesWhenTheServerAnswersGood() {
        NodeId setpoint =
                variable(browsed("plant").objects().get(0), "Setpoint").nodeId();

        Exchange done = write(new UaWrite(setpoint, new Variant(55.5), "Boiler1/Setpoint"));

        assertThat(done.getException()).isNull();
        assertThat(server.plant().value("Setpoint")).isEqualTo(55.5);
    }

    @Test
    void aWriteTheServerRefusesFailsTheExchangeWithTheStatusCode() {
        NodeId setpoint =
                variable(browsed("plant").objects().get(0), "Setpoint").nodeId();

        Exchange refused =
                write(new UaWrite(setpoint, new Variant(PlantNamespace.REFUSED_SETPOINT), "Boiler1/Setpoint"));

        assertThat(refused.getException())
                .isInstanceOf(OpcUaWriteException.class)
                .hasMessage("OPC UA server refused the write to Boiler1/Setpoint: Bad_DeviceFailure (0x808B0000)");
    }

    @Test
    void aProducerWithoutARunningConsumerOfItsNameFailsTheExchangeClearly() {
        Exchange exchange = camel.createProducerTemplate().send("opcua:nobody?operation=browse", e -> {});

        assertThat(exchange.getException()).hasMessage("no OPC UA adapter named nobody is running");
    }

    private void addConsumer(String name, String options) throws Exception {
        String uri = "opcua:" + name + "?endpointUrl=" + server.url() + "&roots=RAW(nsu=" + PlantNamespace.URI
                + ";s=Plant)&publishingInterval=100&" + options;
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(uri).routeId("opcua-" + name).to("mock:" + name);
            }
        });
    }

    private UaAddressSpace browsed(String name) {
        MockEndpoint mock = camel.getEndpoint("mock:" + name, MockEndpoint.class);
        await().atMost(LONG).until(() -> mock.getReceivedExchanges().stream().anyMatch(OpcUaRouteTest::isBrowsed));
        Exchange exchange = mock.getReceivedExchanges().stream()
                .filter(OpcUaRouteTest::isBrowsed)
                .findFirst()
                .orElseThrow();
        assertThat(exchange.getMessage().getHeader(OpcUaConstants.ADAPTER)).isEqualTo(name);
        return exchange.getMessage().getBody(UaAddressSpace.class);
    }

    private static boolean isBrowsed(Exchange exchange) {
        return OpcUaConstants.BROWSED.equals(exchange.getMessage().getHeader(OpcUaConstants.EVENT));
    }

    private Exchange write(UaWrite write) {
        return camel.createProducerTemplate()
                .send("opcua:plant?operation=write", e -> e.getMessage().setBody(write));
    }

    @SuppressWarnings("unchecked")
    private List<UaValue> values(String mock) {
        return camel.getEndpoint(mock, MockEndpoint.class).getReceivedExchanges().stream()
                .filter(e -> OpcUaConstants.VALUES.equals(e.getMessage().getHeader(OpcUaConstants.EVENT)))
                .flatMap(e -> ((List<UaValue>) e.getMessage().getBody(List.class)).stream())
                .toList();
    }

    private long count(String mock, NodeId node) {
        return values(mock).stream().filter(v -> v.nodeId().equals(node)).count();
    }

    private static UaVariable variable(UaObject object, String browseName) {
        return object.variables().stream()
                .filter(v -> v.browseName().equals(browseName))
                .findFirst()
                .orElseThrow();
    }
}
