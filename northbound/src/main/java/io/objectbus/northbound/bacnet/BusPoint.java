// SPDX-License-Identifier: Apache-2.0
package io.objectbus.northbound.bacnet;

import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.model.ObjectType;
import io.objectbus.bacnet.model.PropertyIdentifier;
import io.objectbus.bacnet.server.DeferredWrite;
import io.objectbus.bacnet.server.PriorityArray;
import io.objectbus.bacnet.server.Property;
import io.objectbus.bacnet.server.PropertyException;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.ValueType;
import java.util.List;
import java.util.concurrent.CompletionStage;

/**
 * One bus resource served as a BACnet object: a number as an analog-value, a boolean as a binary-value, an enum as a
 * multi-state-value (state n is the n-th enum text). Its present-value is the bus's current value; a writable
 * resource is commandable, and a WriteProperty of its present-value becomes a {@code $set} at the request's
 * priority, answered when the bus has answered.
 */
final class BusPoint implements DeferredWrite {
    /** A bus value and its quality, as the bus last published them. */
    record Reading(Object value, String quality) {
        static final Reading NONE = new Reading(null, "good");
    }

    private final ObjectIdentifier id;
    private final String objectId;
    private final String resourceId;
    private final String name;
    private final String description;
    private final ResourceDescriptor resource;
    private final PriorityArray priorities;
    private final BusWrites writes;
    private volatile Reading reading = Reading.NONE;

    BusPoint(
            ObjectIdentifier id,
            String objectId,
            String resourceId,
            String description,
            ResourceDescriptor resource,
            BusWrites writes) {
        this.id = id;
        this.objectId = objectId;
        this.resourceId = resourceId;
        this.name = objectId + "/" + resourceId;
        this.description = description;
        this.resource = resource;
        this.writes = writes;
        this.priorities =
                resource.writable() ? new PriorityArray(BusValues.toBacnet(this, resource.relinquishDefault())) : null;
    }

    /** The BACnet object type a resource of this type is served as; -1 for types that are not served. */
    static int typeFor(ValueType type) {
        return switch (type) {
            case NUMBER, INTEGER -> ObjectType.ANALOG_VALUE;
            case BOOLEAN -> ObjectType.BINARY_VALUE;
            case ENUM -> ObjectType.MULTI_STATE_VALUE;
            case STRING -> -1;
        };
    }

    @Override
    public ObjectIdentifier id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    String objectId() {
        return objectId;
    }

    String resourceId() {
        return resourceId;
    }

    String description() {
        return description;
    }

    ResourceDescriptor resource() {
        return resource;
    }

    PriorityArray priorities() {
        return priorities;
    }

    Reading reading() {
        return reading;
    }

    /** The bus value; for a writable resource that has none yet, its relinquish default, which the bus applies. */
    Object value() {
        Object value = reading.value();
        return value == null && priorities != null ? resource.relinquishDefault() : value;
    }

    void update(Reading newer) {
        this.reading = newer;
    }

    /** The state texts of an enum, for a multi-state-value. */
    List<String> states() {
        return resource.enumValues() == null ? List.of() : resource.enumValues();
    }

    @Override
    public List<Integer> propertyIds() {
        return BusPointProperties.ids(this);
    }

    @Override
    public Property read(int property) {
        return BusPointProperties.read(this, property);
    }

    @Override
    public void write(int property, Integer arrayIndex, BacnetValue value, int priority) {
        read(property);
        throw PropertyException.writeAccessDenied();
    }

    @Override
    public CompletionStage<Void> writeLater(int property, Integer arrayIndex, BacnetValue value, int priority) {
        read(property);
        if (property != PropertyIdentifier.PRESENT_VALUE || priorities == null) {
            throw PropertyException.writeAccessDenied();
        }
        if (arrayIndex != null) {
            throw PropertyException.notAnArray();
        }
        Object busValue = BusValues.toBus(this, value);
        return writes.write(objectId, resourceId, busValue, priority).thenRun(() -> priorities.set(priority, value));
    }
}
