// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali;

import org.apache.camel.spi.Metadata;

/** Message headers of the {@code dali:} component. */
public final class DaliConstants {

    @Metadata(
            label = "producer",
            description = "Where the command goes: A0..A63 (short address), G0..G15 (group), broadcast or"
                    + " unaddressed. Not used by special commands.",
            javaType = "String")
    public static final String ADDRESS = "CamelDaliAddress";

    @Metadata(
            label = "producer",
            description = "The command: DAPC, a standard command of IEC 62386-102 Table 15 (OFF, RECALL_MAX_LEVEL,"
                    + " GO_TO_SCENE, QUERY_ACTUAL_LEVEL...) or a special command of Table 16 (DTR0, INITIALISE,"
                    + " RANDOMISE, COMPARE...).",
            javaType = "String")
    public static final String COMMAND = "CamelDaliCommand";

    @Metadata(
            label = "producer",
            description =
                    "The command's value: the level of DAPC, the scene or group of an indexed command, the data"
                            + " byte of a special command, or the DTR0 value a configuration command uses (sent as DTR0 first).",
            javaType = "Integer")
    public static final String VALUE = "CamelDaliValue";

    @Metadata(
            label = "producer",
            description = "Commands with the same merge key replace each other while they wait for the bus (latest"
                    + " wins); level commands get level:<address> by default.",
            javaType = "String")
    public static final String MERGE_KEY = "CamelDaliMergeKey";

    @Metadata(
            label = "producer",
            description = "What came back after the command: answer, none or collision.",
            javaType = "String",
            enums = "answer,none,collision")
    public static final String ANSWER = "CamelDaliAnswer";

    @Metadata(
            label = "producer",
            description = "How many commands waited for the bus before this one (back-pressure).",
            javaType = "Integer")
    public static final String QUEUE_DEPTH = "CamelDaliQueueDepth";

    @Metadata(
            label = "producer",
            description = "True when the command replaced an earlier one with the same merge key that was still"
                    + " waiting; both got this outcome.",
            javaType = "Boolean")
    public static final String MERGED = "CamelDaliMerged";

    @Metadata(
            label = "consumer",
            description = "The state of the link to the gateway, on the exchanges the consumer emits with"
                    + " connectionEvents: connecting, up or down; the body is the same text.",
            javaType = "String",
            enums = "connecting,up,down")
    public static final String CONNECTION = "CamelDaliConnection";

    @Metadata(
            label = "consumer",
            description = "With CamelDaliConnection down: why; with up: where it goes.",
            javaType = "String")
    public static final String REASON = "CamelDaliReason";

    @Metadata(
            label = "consumer",
            description = "On an input device's event message (body an EventMessage): the instance type, 1 push"
                    + " button, 3 occupancy sensor, 4 light sensor; -1 when the event scheme does not carry it.",
            javaType = "Integer")
    public static final String INSTANCE_TYPE = "CamelDaliInstanceType";

    @Metadata(
            label = "consumer",
            description =
                    "On an event message: the sender's short address, -1 when the event scheme does not carry" + " it.",
            javaType = "Integer")
    public static final String SHORT_ADDRESS = "CamelDaliShortAddress";

    private DaliConstants() {}
}
