// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.objectbus.bacnet.client.BacnetErrorException;
import io.objectbus.bacnet.client.CovEvent;
import io.objectbus.bacnet.client.DeviceInfo;
import io.objectbus.bacnet.client.PropertyResult;
import io.objectbus.bacnet.model.BacnetValue.RealValue;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.sim.SimulatedBacnetDevice;
import io.objectbus.bacnet.support.TestNetwork;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The component used through its URIs, against a simulated device on loopback. */
class BacnetRouteTest {
    private static final Duration SOON = Duration.ofSeconds(5);
    private SimulatedBacnetDevice device;
    private CamelContext camel;
    private ProducerTemplate template;

    @BeforeEach
    void start() throws Exception {
        device = SimulatedBacnetDevice.start(TestNetwork.deviceConfig(), 500, 0);
        String port = "localPort=" + TestNetwork.freePort()
                + "&broadcastAddress=127.255.255.255&apduTimeout=300&apduRetries=1&broadcastPort=" + device.port();
        camel = new DefaultCamelContext();
        camel.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("bacnet:devices?whoIsInterval=0&" + port)
                        .routeId("adapter-bacnet-discovery")
                        .to("mock:devices");
                from("bacnet:cov?deviceInstance=500&covObjects=analog-input:1&" + port)
                        .routeId("adapter-bacnet-cov")
                        .to("mock:cov");
                from("direct:poll")
                        .routeId("adapter-bacnet-poll")
                        .setHeader(BacnetConstants.OBJECT_ID, constant("analog-input:2"))
                        .to("bacnet:client?deviceInstance=500&" + port)
                        .setBody(simple("${body.value()}"));
                from("direct:bacnet")
                        .routeId("adapter-bacnet-client")
                        .to("bacnet:client?deviceInstance=500&whoIsWait=400&" + port);
            }
        });
        camel.start();
        template = camel.createProducerTemplate();
    }

    @AfterEach
    void stop() throws Exception {
        camel.close();
        device.close();
    }

    private Exchange send(Object body, Map<String, Object> headers) {
        return template.send("direct:bacnet", exchange -> {
            exchange.getMessage().setBody(body);
            exchange.getMessage().setHeaders(new HashMap<>(headers));
        });
    }

    private Object read(String object) {
        Exchange exchange = send(null, Map.of(BacnetConstants.OBJECT_ID, object));
        return exchange.getMessage().getBody(PropertyResult.class).value();
    }

    private List<Exchange> received(String mock) {
        return camel.getEndpoint(mock, MockEndpoint.class).getReceivedExchanges();
    }

    @Test
    void theDevicesConsumerDeliversTheIAmOfTheSimulatedDevice() {
        await().atMost(SOON).until(() -> !received("mock:devices").isEmpty());

        Exchange exchange = received("mock:devices").get(0);
        assertEquals(500, exchange.getMessage().getBody(DeviceInfo.class).instance());
        assertEquals(500, exchange.getMessage().getHeader(BacnetConstants.DEVICE_INSTANCE));
    }

    @Test
    void readPropertyTakesTheObjectFromHeadersAndAnswersInTheBody() {
        Exchange exchange = send(
                null,
                Map.of(
                        BacnetConstants.OBJECT_TYPE, "analogInput",
                        BacnetConstants.OBJECT_INSTANCE, 1,
                        BacnetConstants.PROPERTY_ID, "object-name"));

        assertEquals(
                "Zone Temperature",
                exchange.getMessage().getBody(PropertyResult.class).value());
    }

    @Test
    void writePropertyWithPriorityThenRelinquishThroughTheRoute() {
        Map<String, Object> write = Map.of(
                BacnetConstants.OPERATION, "writeProperty",
                BacnetConstants.OBJECT_ID, "analog-output:1",
                BacnetConstants.PRIORITY, 8);

        send(55, write);
        assertEquals(55f, read("analog-output:1"));

        Exchange relinquish = send("null", write);
        assertEquals(null, relinquish.getException());
        assertEquals(0f, read("analog-output:1"));
    }

    @Test
    void readPropertyMultipleAndReadObjectListAnswerWithLists() {
        Exchange multiple = send(
                null,
                Map.of(
                        BacnetConstants.OPERATION, BacnetOperation.readPropertyMultiple,
                        BacnetConstants.OBJECT_ID, "multi-state-value:1",
                        BacnetConstants.PROPERTY_IDS, "present-value,object-name,state-text"));
        Exchange objects = send(null, Map.of(BacnetConstants.OPERATION, "readObjectList"));

        List<?> results = multiple.getMessage().getBody(List.class);
        assertEquals(1L, ((PropertyResult) results.get(0)).value());
        assertEquals("Season", ((PropertyResult) results.get(1)).value());
        assertEquals(List.of("Winter", "Summer"), ((PropertyResult) results.get(2)).value());
        assertEquals(11, objects.getMessage().getBody(List.class).size());
        assertEquals(
                ObjectIdentifier.device(500),
                objects.getMessage().getBody(List.class).get(0));
    }

    @Test
    void theCovConsumerDeliversNotificationsOfItsConfiguredSubscription() {
        await().atMost(SOON).until(() -> !received("mock:cov").isEmpty());

        device.objects().point(ObjectIdentifier.parse("AI:1")).updatePresentValue(new RealValue(30f));

        await().atMost(SOON).until(() -> received("mock:cov").stream().anyMatch(e -> Float.valueOf(30f)
                .equals(e.getMessage().getBody(CovEvent.class).presentValue())));
        Exchange first = received("mock:cov").get(0);
        assertEquals("analog-input:1", first.getMessage().getHeader(BacnetConstants.OBJECT_ID));
    }

    @Test
    void allEndpointsOfOnePortShareOneTransportAndResultsWorkInSimpleExpressions() {
        Object humidity = template.requestBody("direct:poll", (Object) "");

        assertEquals(45.0f, humidity);
        assertEquals(1, camel.getComponent("bacnet", BacnetComponent.class).openPorts());
    }

    @Test
    void aDeviceErrorIsSetOnTheExchange() {
        Exchange exchange = send(null, Map.of(BacnetConstants.OBJECT_ID, "analog-input:99"));

        BacnetErrorException e = assertInstanceOf(BacnetErrorException.class, exchange.getException());
        assertEquals(
                "unknown-object",
                io.objectbus.bacnet.model.ErrorNames.errorCode(e.error().errorCode()));
    }

    @Test
    void whoIsThroughTheProducerListsTheDevicesThatAnswered() {
        Exchange exchange = send(null, Map.of(BacnetConstants.OPERATION, "whoIs"));

        List<?> devices = exchange.getMessage().getBody(List.class);
        assertEquals(1, devices.size());
        assertTrue(devices.get(0) instanceof DeviceInfo info && info.instance() == 500);
    }
}
