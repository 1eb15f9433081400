// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet;

import io.objectbus.bacnet.client.BacnetClient;
import io.objectbus.bacnet.model.BacnetAddress;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.model.ObjectType;
import io.objectbus.bacnet.model.PropertyIdentifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.camel.Message;

/** Works out device, object and property from headers first, endpoint options second. */
final class Targets {
    private Targets() {}

    /** The device's address: given outright, or found by its instance with Who-Is. */
    static CompletableFuture<BacnetAddress> device(BacnetClient client, Integer instance, String address) {
        if (address != null && !address.isBlank()) {
            return CompletableFuture.completedFuture(BacnetAddress.parse(address));
        }
        if (instance == null) {
            return CompletableFuture.failedFuture(
                    new IllegalArgumentException("no device: set deviceInstance or deviceAddress"));
        }
        return client.resolve(instance).thenApply(device -> device.address());
    }

    static CompletableFuture<BacnetAddress> device(BacnetClient client, Message in, BacnetConfiguration config) {
        Integer instance = in.getHeader(BacnetConstants.DEVICE_INSTANCE, config.getDeviceInstance(), Integer.class);
        String address = in.getHeader(BacnetConstants.DEVICE_ADDRESS, config.getDeviceAddress(), String.class);
        return device(client, instance, address);
    }

    static Integer deviceInstance(Message in, BacnetConfiguration config) {
        return in.getHeader(BacnetConstants.DEVICE_INSTANCE, config.getDeviceInstance(), Integer.class);
    }

    static ObjectIdentifier object(Message in, BacnetConfiguration config) {
        String id = in.getHeader(BacnetConstants.OBJECT_ID, String.class);
        if (id != null) {
            return ObjectIdentifier.parse(id);
        }
        String type = in.getHeader(BacnetConstants.OBJECT_TYPE, config.getObjectType(), String.class);
        Integer instance = in.getHeader(BacnetConstants.OBJECT_INSTANCE, config.getObjectInstance(), Integer.class);
        if (type == null || instance == null) {
            throw new IllegalArgumentException("no object: set objectType and objectInstance, or CamelBacnetObjectId");
        }
        return new ObjectIdentifier(ObjectType.parse(type), instance);
    }

    static int property(Message in, BacnetConfiguration config) {
        return PropertyIdentifier.parse(
                in.getHeader(BacnetConstants.PROPERTY_ID, config.getPropertyId(), String.class));
    }

    /** readPropertyMultiple's properties: a list or comma separated names; else the single property. */
    static List<Integer> properties(Message in, BacnetConfiguration config) {
        Object header = in.getHeader(BacnetConstants.PROPERTY_IDS);
        Collection<?> items = header instanceof Collection<?> list
                ? list
                : header != null ? List.of(header.toString().split(",")) : List.of(property(in, config));
        List<Integer> ids = new ArrayList<>();
        for (Object item : items) {
            ids.add(item instanceof Number n ? n.intValue() : PropertyIdentifier.parse(item.toString()));
        }
        return ids;
    }

    /** Objects named in a comma separated list such as {@code analog-input:1,binary-input:2}. */
    static List<ObjectIdentifier> objects(String list) {
        List<ObjectIdentifier> ids = new ArrayList<>();
        if (list != null) {
            for (String item : list.split(",")) {
                if (!item.isBlank()) {
                    ids.add(ObjectIdentifier.parse(item.trim()));
                }
            }
        }
        return ids;
    }
}
