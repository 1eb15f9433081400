// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.server;

import static io.objectbus.bacnet.support.TestNetwork.await;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.objectbus.bacnet.client.BacnetClient;
import io.objectbus.bacnet.client.BacnetErrorException;
import io.objectbus.bacnet.client.CovEvent;
import io.objectbus.bacnet.model.BacnetAddress;
import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.BacnetValue.BitStringValue;
import io.objectbus.bacnet.model.BacnetValue.CharacterStringValue;
import io.objectbus.bacnet.model.BacnetValue.RealValue;
import io.objectbus.bacnet.model.ErrorNames;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.model.PropertyIdentifier;
import io.objectbus.bacnet.stack.BacnetStack;
import io.objectbus.bacnet.support.TestNetwork;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A store of the caller's own making, served on the same port as a client, as a node serving its points does. */
class CustomObjectStoreTest {

    /** One read-only object whose value lives elsewhere, as a bus resource does. */
    static final class Reading implements BacnetObject, ObjectStore {
        final ObjectIdentifier id = new ObjectIdentifier(2, 7);
        final List<Consumer<ObjectIdentifier>> listeners = new CopyOnWriteArrayList<>();
        volatile float value = 400f;

        void set(float newValue) {
            value = newValue;
            listeners.forEach(listener -> listener.accept(id));
        }

        @Override
        public ObjectIdentifier id() {
            return id;
        }

        @Override
        public String name() {
            return "CO2";
        }

        @Override
        public List<Integer> propertyIds() {
            return List.of(
                    PropertyIdentifier.OBJECT_NAME, PropertyIdentifier.PRESENT_VALUE, PropertyIdentifier.STATUS_FLAGS);
        }

        @Override
        public Property read(int property) {
            return switch (property) {
                case PropertyIdentifier.OBJECT_NAME -> Property.of(new CharacterStringValue(name()));
                case PropertyIdentifier.PRESENT_VALUE -> Property.of(new RealValue(value));
                case PropertyIdentifier.STATUS_FLAGS -> Property.of(BitStringValue.of("0000"));
                default -> throw PropertyException.unknownProperty();
            };
        }

        @Override
        public void write(int property, Integer arrayIndex, BacnetValue newValue, int priority) {
            throw PropertyException.writeAccessDenied();
        }

        @Override
        public List<BacnetObject> objects() {
            return List.of(this);
        }

        @Override
        public Optional<BacnetObject> find(ObjectIdentifier objectId) {
            return objectId.equals(id) ? Optional.of(this) : Optional.empty();
        }

        @Override
        public void addChangeListener(Consumer<ObjectIdentifier> listener) {
            listeners.add(listener);
        }

        @Override
        public void removeChangeListener(Consumer<ObjectIdentifier> listener) {
            listeners.remove(listener);
        }
    }

    @Test
    void aNodeServesItsOwnObjectsAndIsAClientOnTheSamePort() throws Exception {
        Reading reading = new Reading();
        try (BacnetStack stack = BacnetStack.open(TestNetwork.deviceConfig());
                LocalDevice device = new LocalDevice(stack, DeviceConfig.of(9000, "Node"), reading).start()) {
            BacnetClient client = stack.client();
            BacnetAddress self = TestNetwork.loopback(stack.localPort());
            List<CovEvent> events = new CopyOnWriteArrayList<>();
            client.addCovListener(events::add);

            assertEquals(
                    400f,
                    await(client.readProperty(self, reading.id, PropertyIdentifier.PRESENT_VALUE, null))
                            .value());
            await(client.subscribeCov(self, reading.id, 3, true, 60));
            reading.set(650f);

            // No cov-increment: the change is reported, after the initial notification of the subscription.
            await().atMost(Duration.ofSeconds(15)).until(() -> events.stream()
                    .anyMatch(e -> Float.valueOf(650f).equals(e.presentValue())));
            assertEquals(400f, events.get(0).presentValue());
            BacnetErrorException denied = assertThrows(
                    BacnetErrorException.class,
                    () -> await(client.writeProperty(
                            self, reading.id, PropertyIdentifier.PRESENT_VALUE, null, new RealValue(1f), 8)));
            assertEquals(ErrorNames.CODE_WRITE_ACCESS_DENIED, denied.error().errorCode());
            assertEquals(List.of(ObjectIdentifier.device(9000), reading.id), await(client.readObjectList(self, 9000)));
        }
    }
}
