// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet;

import org.apache.camel.spi.Metadata;

/** Message headers of the {@code bacnet:} component. */
public final class BacnetConstants {
    @Metadata(
            label = "producer",
            description = "The operation to perform, overriding the operation option.",
            javaType = "io.objectbus.bacnet.BacnetOperation")
    public static final String OPERATION = "CamelBacnetOperation";

    @Metadata(
            description = "Device instance number: the target of a producer operation, or the device an"
                    + " I-Am or COV notification came from.",
            javaType = "Integer")
    public static final String DEVICE_INSTANCE = "CamelBacnetDeviceInstance";

    @Metadata(
            description = "Device address as host:port, or host:port/network/machex for a routed device.",
            javaType = "String")
    public static final String DEVICE_ADDRESS = "CamelBacnetDeviceAddress";

    @Metadata(
            description = "Object identifier as type:instance, e.g. analog-input:1 (overrides the object type"
                    + " and instance headers).",
            javaType = "String")
    public static final String OBJECT_ID = "CamelBacnetObjectId";

    @Metadata(
            label = "producer",
            description = "Object type: a name (analog-input, analogInput, AI) or a number.",
            javaType = "String")
    public static final String OBJECT_TYPE = "CamelBacnetObjectType";

    @Metadata(label = "producer", description = "Object instance number.", javaType = "Integer")
    public static final String OBJECT_INSTANCE = "CamelBacnetObjectInstance";

    @Metadata(
            label = "producer",
            description = "Property identifier: a name (present-value) or a number.",
            javaType = "String")
    public static final String PROPERTY_ID = "CamelBacnetPropertyId";

    @Metadata(
            label = "producer",
            description = "Properties for readPropertyMultiple: a comma separated list or a"
                    + " java.util.List of names or numbers.",
            javaType = "String")
    public static final String PROPERTY_IDS = "CamelBacnetPropertyIds";

    @Metadata(label = "producer", description = "Array index; 0 reads an array's length.", javaType = "Integer")
    public static final String ARRAY_INDEX = "CamelBacnetArrayIndex";

    @Metadata(label = "producer", description = "Write priority 1..16.", javaType = "Integer")
    public static final String PRIORITY = "CamelBacnetPriority";

    @Metadata(
            label = "producer",
            description = "The value to write; when absent the body is written. A null"
                    + " value, the text null or BacnetValue.NullValue relinquishes the priority.",
            javaType = "Object")
    public static final String VALUE = "CamelBacnetValue";

    @Metadata(
            label = "producer",
            description = "The BACnet datatype to write the value as: real, double,"
                    + " unsigned, signed, enumerated, boolean, characterString or null. Inferred from the object type when"
                    + " absent.",
            javaType = "String")
    public static final String VALUE_TYPE = "CamelBacnetValueType";

    @Metadata(
            label = "producer",
            description = "Whether a COV subscription asks for confirmed notifications.",
            javaType = "Boolean")
    public static final String COV_CONFIRMED = "CamelBacnetCovConfirmed";

    @Metadata(
            label = "producer",
            description = "Lifetime of a COV subscription in seconds; 0 is indefinite.",
            javaType = "Integer")
    public static final String COV_LIFETIME = "CamelBacnetCovLifetime";

    @Metadata(
            label = "consumer",
            description = "Seconds left of the COV subscription a notification belongs to.",
            javaType = "Long")
    public static final String TIME_REMAINING = "CamelBacnetTimeRemaining";

    @Metadata(
            label = "consumer",
            description = "What a network consumer's exchange tells: bound (its UDP socket is bound, first, and"
                    + " again when it can be used after unusable; body the local port), unusable (the socket cannot be"
                    + " bound, or sends from it fail; body the reason), scanned (body DeviceScan), values (body"
                    + " PointValues), lost (body DeviceLost) or announced (an answering device said I-Am again, body"
                    + " DeviceInfo).",
            javaType = "String")
    public static final String EVENT = "CamelBacnetEvent";

    public static final String BOUND = "bound";
    public static final String UNUSABLE = "unusable";
    public static final String SCANNED = "scanned";
    public static final String VALUES = "values";
    public static final String LOST = "lost";
    public static final String ANNOUNCED = "announced";

    private BacnetConstants() {}
}
