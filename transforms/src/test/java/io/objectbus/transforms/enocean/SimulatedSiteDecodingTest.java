// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.objectbus.component.enocean.frame.Erp1Telegram;
import io.objectbus.component.enocean.frame.FrameException;
import io.objectbus.component.enocean.frame.Response;
import io.objectbus.component.enocean.frame.Rorg;
import io.objectbus.component.enocean.internal.GatewayConnection;
import io.objectbus.component.enocean.internal.TcpTransportFactory;
import io.objectbus.component.enocean.sim.DefaultSite;
import io.objectbus.component.enocean.sim.GatewaySimulator;
import io.objectbus.component.enocean.sim.SimulatedDevice;
import io.objectbus.component.support.Backoff;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The default simulated site over 127.0.0.1: its telegrams decode with their profiles, its actuator obeys. */
class SimulatedSiteDecodingTest {

    private GatewaySimulator site;
    private GatewayConnection connection;
    private final List<Erp1Telegram> heard = new CopyOnWriteArrayList<>();

    @BeforeEach
    void connect() throws Exception {
        site = DefaultSite.start(0, 0);
        connection = new GatewayConnection(
                "site", new TcpTransportFactory("127.0.0.1", site.port(), 2000), new Backoff(20, 200));
        connection.addListener(p -> {
            try {
                heard.add(Erp1Telegram.Serializer.decode(p));
            } catch (FrameException e) {
                throw new IllegalStateException(e);
            }
        });
        connection.start();
        await().atMost(Duration.ofSeconds(5)).until(() -> connection.isConnected() && site.clients() == 1);
    }

    @AfterEach
    void close() {
        connection.stop();
        site.close();
    }

    private Erp1Telegram awaitFrom(int sender) {
        await().atMost(Duration.ofSeconds(5)).until(() -> heard.stream().anyMatch(t -> t.senderId() == sender));
        return heard.stream()
                .filter(t -> t.senderId() == sender)
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    @Test
    void everySimulatedDeviceDecodesCleanlyWithItsProfile() {
        site.emitAll();
        for (SimulatedDevice device : site.devices()) {
            EepResult r =
                    EepRegistry.standard().find(device.eep()).orElseThrow().decode(awaitFrom(device.id()));
            assertTrue(r.ok(), device.eep() + ": " + r);
            assertTrue(!r.readings().isEmpty(), device.eep());
        }
    }

    @Test
    void theSimulatedSensorReportsTwentyOneDegreesAndFortyFivePercent() {
        SimulatedDevice sensor = site.devices().get(1);
        site.emit(sensor.telegram());
        EepResult r = Vectors.profile("A5-04-01").decode(awaitFrom(sensor.id()));
        assertEquals(20.96, (Double) r.value("temperature"), 0.2);
        assertEquals(45.0, (Double) r.value("humidity"), 0.5);
    }

    @Test
    void teachInTelegramsOfTheSiteAnnounceTheirProfiles() {
        site.devices().forEach(d -> d.teachIn().ifPresent(site::emit));
        for (SimulatedDevice device : site.devices()) {
            if (device.teachIn().isEmpty()) {
                continue;
            }
            Erp1Telegram t = awaitFrom(device.id());
            EepId announced = t.rorg() == Rorg.UTE
                    ? UteTeachIn.Serializer.decode(t.userData()).orElseThrow().eep()
                    : FourBsTeachIn.Serializer.decode(t.userData())
                            .orElseThrow()
                            .eep()
                            .orElseThrow();
            assertEquals(EepId.parse(device.eep()), announced);
        }
    }

    @Test
    void aD201SetOutputCommandIsConfirmedByTheActuatorsStatus() throws Exception {
        SimulatedDevice actuator = site.devices().get(4);
        EepActuator profile =
                EepRegistry.standard().actuator(EepId.parse(actuator.eep())).orElseThrow();
        Erp1Telegram command = profile.encodeCommand(profile.commandFor("output1", 40))
                .toTelegram(DefaultSite.BASE_ID + 1, actuator.id());
        Response ack = connection.request(Erp1Telegram.Serializer.encode(command), 2000);
        assertTrue(ack.ok());
        EepResult status = profile.decode(awaitFrom(actuator.id()));
        assertEquals(40.0, status.value("output1"));
        assertEquals(DefaultSite.BASE_ID + 1, awaitFrom(actuator.id()).destinationId());
    }
}
