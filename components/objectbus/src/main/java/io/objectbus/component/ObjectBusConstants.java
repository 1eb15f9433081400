// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component;

import org.apache.camel.spi.Metadata;

/** Message headers of the {@code objectbus} component. */
public final class ObjectBusConstants {

    @Metadata(
            description = "The object id a value, event or stale mark is for; overrides the object option.",
            javaType = "String")
    public static final String OBJECT = "ObjectBusObject";

    @Metadata(
            description = "The resource id a single value is for; overrides the resource option.",
            javaType = "String")
    public static final String RESOURCE = "ObjectBusResource";

    @Metadata(description = "Quality of the values: good, uncertain, bad or stale.", javaType = "String")
    public static final String QUALITY = "ObjectBusQuality";

    @Metadata(description = "Why the quality is not good.", javaType = "String")
    public static final String REASON = "ObjectBusReason";

    @Metadata(
            description = "When the device measured the values: an Instant, epoch milliseconds or ISO-8601 text.",
            javaType = "Object")
    public static final String TIMESTAMP = "ObjectBusTimestamp";

    @Metadata(label = "consumer", description = "The effective value to write to the device.", javaType = "Object")
    public static final String VALUE = "ObjectBusValue";

    @Metadata(
            label = "consumer",
            description = "The priority level the effective value comes from (0 = default).",
            javaType = "int")
    public static final String PRIORITY = "ObjectBusPriority";

    @Metadata(label = "producer", description = "How many values the bus rejected (see $errors).", javaType = "int")
    public static final String REJECTED = "ObjectBusRejected";

    private ObjectBusConstants() {}
}
