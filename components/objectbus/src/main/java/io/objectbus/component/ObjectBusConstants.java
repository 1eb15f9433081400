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

    @Metadata(
            label = "consumer",
            description = "A command's exchange (commandUri): the name of the command to run ($cmd).",
            javaType = "String")
    public static final String COMMAND = "ObjectBusCommand";

    @Metadata(
            label = "consumer",
            description = "A command's exchange (commandUri): where the route reports progress, report(done, of,"
                    + " text); each report goes to the asker.",
            javaType = "io.objectbus.bus.CommandProgress")
    public static final String PROGRESS = "ObjectBusProgress";

    @Metadata(label = "producer", description = "How many values the bus rejected (see $errors).", javaType = "int")
    public static final String REJECTED = "ObjectBusRejected";

    @Metadata(
            description = "forward: the MQTT topic to publish on; subscribe: the topic of the publication.",
            javaType = "String")
    public static final String TOPIC = "ObjectBusTopic";

    @Metadata(
            description = "forward: the MQTT QoS (0 or 1), 1 when not set; subscribe: the QoS it was published with.",
            javaType = "int")
    public static final String QOS = "ObjectBusQos";

    @Metadata(
            description = "forward and subscribe: the MQTT 5 response topic of a request, where there is one.",
            javaType = "String")
    public static final String RESPONSE_TOPIC = "ObjectBusResponseTopic";

    @Metadata(
            description = "forward and subscribe: the MQTT 5 correlation data, where there is some.",
            javaType = "byte[]")
    public static final String CORRELATION_DATA = "ObjectBusCorrelationData";

    @Metadata(
            label = "producer",
            description = "forward: the nodes the message came through, origin first, comma-separated; published as"
                    + " the MQTT 5 user property ob-path.",
            javaType = "String")
    public static final String PATH = "ObjectBusPath";

    @Metadata(
            label = "producer",
            description = "forward: the message's id in the network (origin node and number), published as the MQTT 5"
                    + " user property ob-id.",
            javaType = "String")
    public static final String MESSAGE_ID = "ObjectBusMessageId";

    @Metadata(
            description = "forward: true for a resent current message, which subscribers receive flagged retained;"
                    + " subscribe: true for a publication with the retain flag or a resent current message.",
            javaType = "boolean")
    public static final String CURRENT_STATE = "ObjectBusCurrentState";

    private ObjectBusConstants() {}
}
