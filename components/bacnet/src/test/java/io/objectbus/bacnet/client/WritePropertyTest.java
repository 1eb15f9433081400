// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.client;

import static io.objectbus.bacnet.support.TestNetwork.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.BacnetValue.NullValue;
import io.objectbus.bacnet.model.BacnetValue.RealValue;
import io.objectbus.bacnet.model.ErrorNames;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.model.ObjectType;
import io.objectbus.bacnet.model.PropertyIdentifier;
import io.objectbus.bacnet.support.SimulatedSite;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WritePropertyTest {
    private static final ObjectIdentifier AO1 = new ObjectIdentifier(ObjectType.ANALOG_OUTPUT, 1);
    private SimulatedSite site;

    @BeforeEach
    void start() throws Exception {
        site = SimulatedSite.start(88);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private void write(ObjectIdentifier id, BacnetValue value, Integer priority) {
        await(site.client.writeProperty(
                site.deviceAddress, id, PropertyIdentifier.PRESENT_VALUE, null, value, priority));
    }

    private Object presentValue(ObjectIdentifier id) {
        return await(site.client.readProperty(site.deviceAddress, id, PropertyIdentifier.PRESENT_VALUE, null))
                .value();
    }

    @Test
    void writeAtPriority8IsOverriddenByPriority3() {
        // Clause 19.2: the present value is the highest-priority (lowest number) non-NULL slot.
        write(AO1, new RealValue(50f), 8);
        assertEquals(50f, presentValue(AO1));

        write(AO1, new RealValue(20f), 3);
        assertEquals(20f, presentValue(AO1));

        write(AO1, new RealValue(70f), 9);
        assertEquals(20f, presentValue(AO1));
    }

    @Test
    void relinquishingWithNullFallsBackToTheNextPriorityThenTheRelinquishDefault() {
        write(AO1, new RealValue(50f), 8);
        write(AO1, new RealValue(20f), 3);

        write(AO1, NullValue.INSTANCE, 3);
        assertEquals(50f, presentValue(AO1));

        write(AO1, NullValue.INSTANCE, 8);
        assertEquals(0f, presentValue(AO1), "relinquish-default of the valve");
    }

    @Test
    void thePriorityArrayShowsEachCommandAtItsLevel() {
        write(AO1, new RealValue(42f), 5);

        List<BacnetValue> slots = await(
                        site.client.readProperty(site.deviceAddress, AO1, PropertyIdentifier.PRIORITY_ARRAY, null))
                .values();

        assertEquals(new RealValue(42f), slots.get(4));
        assertEquals(NullValue.INSTANCE, slots.get(0));
        assertEquals(NullValue.INSTANCE, slots.get(15));
    }

    @Test
    void aWriteWithoutPriorityLandsAtPriority16() {
        write(new ObjectIdentifier(ObjectType.ANALOG_VALUE, 1), new RealValue(23f), null);

        BacnetValue slot16 = await(site.client.readProperty(
                        site.deviceAddress,
                        new ObjectIdentifier(ObjectType.ANALOG_VALUE, 1),
                        PropertyIdentifier.PRIORITY_ARRAY,
                        16))
                .values()
                .get(0);
        assertEquals(new RealValue(23f), slot16);
    }

    @Test
    void binaryAndMultiStateOutputsTakeTheirOwnDatatypes() {
        ObjectIdentifier bo = new ObjectIdentifier(ObjectType.BINARY_OUTPUT, 1);
        ObjectIdentifier mso = new ObjectIdentifier(ObjectType.MULTI_STATE_OUTPUT, 1);

        write(bo, new BacnetValue.EnumeratedValue(1), 8);
        write(mso, new BacnetValue.UnsignedValue(3), 8);

        assertEquals(1L, presentValue(bo));
        assertEquals(3L, presentValue(mso));
    }

    @Test
    void aWriteOfTheWrongDatatypeOrOutOfRangeIsRefusedWithAPropertyError() {
        BacnetErrorException type =
                assertThrows(BacnetErrorException.class, () -> write(AO1, new BacnetValue.UnsignedValue(3), 8));
        BacnetErrorException range = assertThrows(BacnetErrorException.class, () -> write(AO1, new RealValue(150f), 8));

        assertEquals(ErrorNames.CODE_INVALID_DATA_TYPE, type.error().errorCode());
        assertEquals(ErrorNames.CODE_VALUE_OUT_OF_RANGE, range.error().errorCode());
    }

    @Test
    void writingAnInputInServiceIsDenied() {
        BacnetErrorException e = assertThrows(
                BacnetErrorException.class,
                () -> write(new ObjectIdentifier(ObjectType.ANALOG_INPUT, 1), new RealValue(1f), null));

        assertEquals(ErrorNames.CODE_WRITE_ACCESS_DENIED, e.error().errorCode());
    }

    @Test
    void aCommandReachesTheObjectsCommandListener() {
        List<Object> commanded = new java.util.concurrent.CopyOnWriteArrayList<>();
        site.device.objects().point(AO1).onCommand(point -> commanded.add(point.presentValue()));

        write(AO1, new RealValue(33f), 10);

        assertEquals(List.of(new RealValue(33f)), commanded);
    }
}
