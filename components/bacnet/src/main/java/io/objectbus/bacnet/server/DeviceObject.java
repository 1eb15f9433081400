// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.server;

import static io.objectbus.bacnet.model.PropertyIdentifier.*;

import io.objectbus.bacnet.internal.service.IAm;
import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.BacnetValue.BitStringValue;
import io.objectbus.bacnet.model.BacnetValue.CharacterStringValue;
import io.objectbus.bacnet.model.BacnetValue.EnumeratedValue;
import io.objectbus.bacnet.model.BacnetValue.ObjectIdValue;
import io.objectbus.bacnet.model.BacnetValue.UnsignedValue;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.stack.StackConfig;
import java.util.ArrayList;
import java.util.List;

/** The Device object of a {@link LocalDevice} (clause 12.11), its object-list drawn from the object store. */
final class DeviceObject implements BacnetObject {
    private static final List<Integer> IDS = List.of(
            OBJECT_IDENTIFIER,
            OBJECT_NAME,
            OBJECT_TYPE,
            SYSTEM_STATUS,
            VENDOR_NAME,
            VENDOR_IDENTIFIER,
            MODEL_NAME,
            FIRMWARE_REVISION,
            APPLICATION_SOFTWARE_VERSION,
            PROTOCOL_VERSION,
            PROTOCOL_REVISION,
            PROTOCOL_SERVICES_SUPPORTED,
            PROTOCOL_OBJECT_TYPES_SUPPORTED,
            OBJECT_LIST,
            MAX_APDU_LENGTH_ACCEPTED,
            SEGMENTATION_SUPPORTED,
            APDU_TIMEOUT,
            NUMBER_OF_APDU_RETRIES,
            DEVICE_ADDRESS_BINDING,
            DATABASE_REVISION,
            DESCRIPTION,
            PROPERTY_LIST);

    /** Services executed (BACnetServicesSupported bit numbers): subscribeCOV, readProperty, RPM, writeProperty,
     * who-Has, who-Is. */
    private static final int[] SERVICES = {5, 12, 14, 15, 33, 34};

    private final ObjectIdentifier id;
    private final DeviceConfig config;
    private final StackConfig stack;
    private final ObjectStore store;

    DeviceObject(DeviceConfig config, StackConfig stack, ObjectStore store) {
        this.id = ObjectIdentifier.device(config.instance());
        this.config = config;
        this.stack = stack;
        this.store = store;
    }

    @Override
    public ObjectIdentifier id() {
        return id;
    }

    @Override
    public String name() {
        return config.name();
    }

    @Override
    public List<Integer> propertyIds() {
        return IDS;
    }

    @Override
    public Property read(int property) {
        return switch (property) {
            case OBJECT_IDENTIFIER -> Property.of(new ObjectIdValue(id));
            case OBJECT_NAME -> text(config.name());
            case OBJECT_TYPE -> Property.of(new EnumeratedValue(id.type()));
            case SYSTEM_STATUS -> Property.of(new EnumeratedValue(0)); // operational
            case VENDOR_NAME -> text(config.vendorName());
            case VENDOR_IDENTIFIER -> unsigned(config.vendorId());
            case MODEL_NAME -> text(config.modelName());
            case FIRMWARE_REVISION, APPLICATION_SOFTWARE_VERSION -> text("0.1.0");
            case PROTOCOL_VERSION -> unsigned(1);
            case PROTOCOL_REVISION -> unsigned(14);
            case PROTOCOL_SERVICES_SUPPORTED -> Property.of(bits(41, SERVICES));
            case PROTOCOL_OBJECT_TYPES_SUPPORTED -> Property.of(bits(57, new int[] {0, 1, 2, 3, 4, 5, 8, 13, 14, 19}));
            default -> readMore(property);
        };
    }

    private Property readMore(int property) {
        return switch (property) {
            case OBJECT_LIST -> Property.array(objectList());
            case MAX_APDU_LENGTH_ACCEPTED -> unsigned(stack.maxApdu());
            case SEGMENTATION_SUPPORTED -> Property.of(new EnumeratedValue(IAm.SEGMENTATION_NONE));
            case APDU_TIMEOUT -> unsigned(stack.apduTimeout().toMillis());
            case NUMBER_OF_APDU_RETRIES -> unsigned(stack.apduRetries());
            case DEVICE_ADDRESS_BINDING -> Property.list(List.of());
            case DATABASE_REVISION -> unsigned(1);
            case DESCRIPTION -> text("");
            case PROPERTY_LIST ->
                Property.array(IDS.stream()
                        .filter(p ->
                                p != OBJECT_IDENTIFIER && p != OBJECT_NAME && p != OBJECT_TYPE && p != PROPERTY_LIST)
                        .map(p -> (BacnetValue) new EnumeratedValue(p))
                        .toList());
            default -> throw PropertyException.unknownProperty();
        };
    }

    private List<BacnetValue> objectList() {
        List<BacnetValue> list = new ArrayList<>();
        list.add(new ObjectIdValue(id));
        store.objects().forEach(object -> list.add(new ObjectIdValue(object.id())));
        return list;
    }

    @Override
    public void write(int property, Integer arrayIndex, BacnetValue value, int priority) {
        read(property);
        throw PropertyException.writeAccessDenied();
    }

    private static Property text(String value) {
        return Property.of(new CharacterStringValue(value));
    }

    private static Property unsigned(long value) {
        return Property.of(new UnsignedValue(value));
    }

    private static BitStringValue bits(int length, int[] set) {
        boolean[] bits = new boolean[length];
        for (int bit : set) {
            bits[bit] = true;
        }
        return new BitStringValue(bits);
    }
}
