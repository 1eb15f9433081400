// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.client;

import static io.objectbus.bacnet.support.TestNetwork.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.objectbus.bacnet.model.BacnetError;
import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.ErrorNames;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.model.ObjectType;
import io.objectbus.bacnet.model.PropertyIdentifier;
import io.objectbus.bacnet.support.SimulatedSite;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ReadPropertyTest {
    private static final ObjectIdentifier AI1 = new ObjectIdentifier(ObjectType.ANALOG_INPUT, 1);
    private static final ObjectIdentifier MSO1 = new ObjectIdentifier(ObjectType.MULTI_STATE_OUTPUT, 1);
    private SimulatedSite site;

    @BeforeEach
    void start() throws Exception {
        site = SimulatedSite.start(77);
    }

    @AfterEach
    void stop() {
        site.close();
    }

    private PropertyResult read(ObjectIdentifier id, int property, Integer index) {
        return await(site.client.readProperty(site.deviceAddress, id, property, index));
    }

    @Test
    void presentValueOfAnAnalogInputReadsAsReal() {
        PropertyResult result = read(AI1, PropertyIdentifier.PRESENT_VALUE, null);

        assertEquals(List.of(new BacnetValue.RealValue(21.0f)), result.values());
        assertEquals(21.0f, result.value());
        assertTrue(result.ok());
    }

    @Test
    void nameUnitsAndStatusFlagsOfAnObjectRead() {
        assertEquals(
                "Zone Temperature",
                read(AI1, PropertyIdentifier.OBJECT_NAME, null).value());
        assertEquals(62L, read(AI1, PropertyIdentifier.UNITS, null).value());
        assertEquals(
                BacnetValue.BitStringValue.of("0000"),
                read(AI1, PropertyIdentifier.STATUS_FLAGS, null).values().get(0));
    }

    @Test
    void arrayIndexZeroReadsTheLengthAndOtherIndexesOneElement() {
        // Clause 12.1: index 0 of a BACnetARRAY is its length, 1..n its elements.
        assertEquals(4L, read(MSO1, PropertyIdentifier.STATE_TEXT, 0).value());
        assertEquals("Medium", read(MSO1, PropertyIdentifier.STATE_TEXT, 3).value());
        assertEquals(
                16, read(MSO1, PropertyIdentifier.PRIORITY_ARRAY, null).values().size());
    }

    @Test
    void theDeviceObjectReadsByTheWildcardInstance() {
        PropertyResult result =
                read(ObjectIdentifier.device(ObjectIdentifier.MAX_INSTANCE), PropertyIdentifier.OBJECT_NAME, null);

        assertEquals("Simulated Device 77", result.value());
        assertEquals(ObjectIdentifier.device(77), result.objectId());
    }

    @Test
    void anUnknownObjectFailsWithObjectUnknownObject() {
        BacnetErrorException e = assertThrows(
                BacnetErrorException.class,
                () -> read(new ObjectIdentifier(ObjectType.ANALOG_INPUT, 99), PropertyIdentifier.PRESENT_VALUE, null));

        assertEquals(new BacnetError(ErrorNames.CLASS_OBJECT, ErrorNames.CODE_UNKNOWN_OBJECT), e.error());
        assertEquals("BACnet error object/unknown-object", e.getMessage());
    }

    @Test
    void anUnknownPropertyAndABadIndexFailWithPropertyErrors() {
        BacnetErrorException unknown =
                assertThrows(BacnetErrorException.class, () -> read(AI1, PropertyIdentifier.STATE_TEXT, null));
        BacnetErrorException index =
                assertThrows(BacnetErrorException.class, () -> read(MSO1, PropertyIdentifier.STATE_TEXT, 9));

        assertEquals(ErrorNames.CODE_UNKNOWN_PROPERTY, unknown.error().errorCode());
        assertEquals(ErrorNames.CODE_INVALID_ARRAY_INDEX, index.error().errorCode());
    }

    @Test
    void readPropertyMultipleReturnsValuesAndErrorsInRequestOrder() {
        List<PropertyResult> results = await(site.client.readPropertyMultiple(
                site.deviceAddress,
                List.of(
                        ReadRequest.of(AI1, PropertyIdentifier.PRESENT_VALUE),
                        ReadRequest.of(AI1, PropertyIdentifier.OBJECT_NAME),
                        ReadRequest.of(MSO1, PropertyIdentifier.NUMBER_OF_STATES),
                        ReadRequest.of(MSO1, PropertyIdentifier.UNITS),
                        new ReadRequest(MSO1, PropertyIdentifier.STATE_TEXT, 1))));

        assertEquals(5, results.size());
        assertEquals(21.0f, results.get(0).value());
        assertEquals("Zone Temperature", results.get(1).value());
        assertEquals(4L, results.get(2).value());
        assertFalse(results.get(3).ok());
        assertNull(results.get(3).value());
        assertEquals(ErrorNames.CODE_UNKNOWN_PROPERTY, results.get(3).error().errorCode());
        assertEquals("Off", results.get(4).value());
    }

    @Test
    void readPropertyMultipleAllExpandsToEveryProperty() {
        List<PropertyResult> results = await(site.client.readPropertyMultiple(
                site.deviceAddress, List.of(ReadRequest.of(MSO1, PropertyIdentifier.ALL))));

        List<String> names = results.stream().map(PropertyResult::propertyName).toList();
        assertTrue(names.containsAll(List.of("present-value", "state-text", "priority-array", "relinquish-default")));
        assertTrue(results.stream().allMatch(PropertyResult::ok));
    }
}
