// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.client;

import static io.objectbus.bacnet.support.TestNetwork.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.objectbus.bacnet.model.ErrorNames;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.model.ObjectType;
import io.objectbus.bacnet.model.PropertyIdentifier;
import io.objectbus.bacnet.support.SimulatedSite;
import io.objectbus.bacnet.support.TestNetwork;
import java.util.List;
import org.junit.jupiter.api.Test;

class ObjectListTest {

    @Test
    void aSmallObjectListIsReadWhole() throws Exception {
        try (SimulatedSite site = SimulatedSite.start(10)) {
            List<ObjectIdentifier> objects = await(site.client.readObjectList(site.deviceAddress, 10));

            assertEquals(11, objects.size());
            assertEquals(ObjectIdentifier.device(10), objects.get(0));
            assertEquals(new ObjectIdentifier(ObjectType.MULTI_STATE_VALUE, 1), objects.get(10));
        }
    }

    @Test
    void aListTooLongForOneApduIsReadElementByElement() throws Exception {
        // 211 identifiers take over 1 000 octets; a device limited to 480 octets that cannot segment aborts the
        // whole read (clause 5.4.5.3), so the client reads index 0 for the length, then 1..n.
        try (SimulatedSite site = SimulatedSite.start(TestNetwork.deviceConfig().withMaxApdu(480), 11, 200)) {
            BacnetAbortException whole = assertThrows(
                    BacnetAbortException.class,
                    () -> await(site.client.readProperty(
                            site.deviceAddress, ObjectIdentifier.device(11), PropertyIdentifier.OBJECT_LIST, null)));
            assertEquals(ErrorNames.ABORT_SEGMENTATION_NOT_SUPPORTED, whole.reason());

            List<ObjectIdentifier> objects = await(site.client.readObjectList(site.deviceAddress, 11));

            assertEquals(211, objects.size());
            assertEquals(new ObjectIdentifier(ObjectType.ANALOG_VALUE, 299), objects.get(210));
        }
    }
}
