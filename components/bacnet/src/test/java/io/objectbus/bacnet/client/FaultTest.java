// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.client;

import static io.objectbus.bacnet.support.TestNetwork.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.objectbus.bacnet.internal.service.ServiceChoice;
import io.objectbus.bacnet.model.BacnetError;
import io.objectbus.bacnet.model.BacnetValue.RealValue;
import io.objectbus.bacnet.model.ErrorNames;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.model.ObjectType;
import io.objectbus.bacnet.model.PropertyIdentifier;
import io.objectbus.bacnet.server.Fault;
import io.objectbus.bacnet.support.SimulatedSite;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultTest {
    private static final ObjectIdentifier AI1 = new ObjectIdentifier(ObjectType.ANALOG_INPUT, 1);
    private SimulatedSite site;

    @BeforeEach
    void start() throws Exception {
        site = SimulatedSite.start(66);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private PropertyResult read() {
        return await(site.client.readProperty(site.deviceAddress, AI1, PropertyIdentifier.PRESENT_VALUE, null));
    }

    @Test
    void aSilentDeviceTimesOutAfterTheRetriesThenAnswersAgain() {
        site.device.faults().silent(true);
        long start = System.nanoTime();

        BacnetTimeoutException e = assertThrows(BacnetTimeoutException.class, this::read);

        long elapsedMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertTrue(e.getMessage().contains("after 3 attempts"), e.getMessage());
        assertTrue(elapsedMillis >= 850, "3 attempts of 300 ms, took " + elapsedMillis);
        site.device.faults().silent(false);
        assertEquals(21.0f, read().value());
    }

    @Test
    void aLostRequestIsRecoveredByARetry() {
        site.device.faults().dropNext(2);

        assertEquals(21.0f, read().value());
    }

    @Test
    void anErrorAnswerBecomesABacnetErrorExceptionWithClassAndCode() {
        site.device.faults().fail(ServiceChoice.READ_PROPERTY, Fault.error(ErrorNames.CLASS_DEVICE, 3));

        BacnetErrorException e = assertThrows(BacnetErrorException.class, this::read);

        assertEquals(new BacnetError(0, 3), e.error());
        assertEquals("BACnet error device/device-busy", e.getMessage());
    }

    @Test
    void aRejectAnswerBecomesABacnetRejectException() {
        site.device.faults().fail(ServiceChoice.READ_PROPERTY, Fault.reject(ErrorNames.REJECT_UNRECOGNIZED_SERVICE));

        BacnetRejectException e = assertThrows(BacnetRejectException.class, this::read);

        assertEquals(9, e.reason());
        assertEquals("BACnet reject: unrecognized-service", e.getMessage());
    }

    @Test
    void anAbortAnswerBecomesABacnetAbortException() {
        site.device.faults().fail(ServiceChoice.WRITE_PROPERTY, Fault.abort(ErrorNames.ABORT_OTHER));

        BacnetAbortException e = assertThrows(
                BacnetAbortException.class,
                () -> await(site.client.writeProperty(
                        site.deviceAddress,
                        new ObjectIdentifier(ObjectType.ANALOG_VALUE, 1),
                        PropertyIdentifier.PRESENT_VALUE,
                        null,
                        new RealValue(22f),
                        8)));

        assertEquals(0, e.reason());
        assertEquals(21.0f, read().value(), "other services still answer");
    }

    @Test
    void aServiceTheDeviceDoesNotServeIsRejectedAsUnrecognized() {
        // Clause 18.8.9: a device that does not execute a confirmed service rejects it.
        BacnetRejectException e = assertThrows(
                BacnetRejectException.class,
                () -> await(site.clientStack
                        .sendConfirmed(site.deviceAddress, 26, new byte[0]) // ReadRange
                        .thenApply(answer -> Replies.complex(answer, 26))));

        assertEquals(ErrorNames.REJECT_UNRECOGNIZED_SERVICE, e.reason());
    }

    @Test
    void aMalformedRequestIsRejected() {
        BacnetRejectException e = assertThrows(
                BacnetRejectException.class,
                () -> await(site.clientStack
                        .sendConfirmed(site.deviceAddress, ServiceChoice.READ_PROPERTY, new byte[] {0x0C, 0x00})
                        .thenApply(answer -> Replies.complex(answer, ServiceChoice.READ_PROPERTY))));

        assertEquals(ErrorNames.REJECT_MISSING_REQUIRED_PARAMETER, e.reason());
    }
}
