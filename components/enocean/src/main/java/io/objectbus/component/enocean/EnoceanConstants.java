// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.enocean;

import org.apache.camel.spi.Metadata;

/** Message headers of the {@code enocean:} component. IDs are 8 upper-case hex digits, RORG 2 hex digits. */
public final class EnoceanConstants {

    @Metadata(
            label = "consumer",
            description = "The ESP3 packet type of the received packet: RADIO_ERP1 or EVENT.",
            javaType = "String")
    public static final String PACKET_TYPE = "CamelEnoceanPacketType";

    @Metadata(
            description =
                    "The sender ID of the telegram, 8 hex digits. Producer: the sender ID of a telegram built from"
                            + " a byte[] or hex body (default the senderId option).",
            javaType = "String")
    public static final String SENDER_ID = "CamelEnoceanSenderId";

    @Metadata(
            description =
                    "The RORG of the telegram, 2 hex digits (F6, D5, A5, D2, D4...). Producer: required to build a"
                            + " telegram from a byte[] or hex body.",
            javaType = "String")
    public static final String RORG = "CamelEnoceanRorg";

    @Metadata(label = "consumer", description = "The ERP1 status byte.", javaType = "Integer")
    public static final String STATUS = "CamelEnoceanStatus";

    @Metadata(
            label = "consumer",
            description = "How many repeaters passed the telegram on (status low nibble).",
            javaType = "Integer")
    public static final String REPEATER_COUNT = "CamelEnoceanRepeaterCount";

    @Metadata(label = "consumer", description = "The number of sub-telegrams received.", javaType = "Integer")
    public static final String SUB_TELEGRAM_COUNT = "CamelEnoceanSubTelegramCount";

    @Metadata(
            description = "The destination ID, 8 hex digits (FFFFFFFF for broadcast). Producer: addresses a telegram"
                    + " built from a byte[] or hex body.",
            javaType = "String")
    public static final String DESTINATION_ID = "CamelEnoceanDestinationId";

    @Metadata(
            label = "consumer",
            description = "The best RSSI of the received sub-telegrams in dBm (negative); absent when not reported.",
            javaType = "Integer")
    public static final String DBM = "CamelEnoceanDbm";

    @Metadata(label = "consumer", description = "The security level of the received telegram.", javaType = "Integer")
    public static final String SECURITY_LEVEL = "CamelEnoceanSecurityLevel";

    @Metadata(
            label = "consumer",
            description = "The event code of an EVENT packet (CO_READY, CO_LRN_MODE_DISABLED...).",
            javaType = "String")
    public static final String EVENT_CODE = "CamelEnoceanEventCode";

    @Metadata(
            label = "consumer",
            description = "The state of the connection to the gateway, on the exchanges the consumer emits with"
                    + " connectionEvents: connecting (before it first opened), up (opened) or down (failed to open or"
                    + " lost); the body is the same text.",
            javaType = "String",
            enums = "connecting,up,down")
    public static final String CONNECTION = "CamelEnoceanConnection";

    /** The values of {@link #CONNECTION}. */
    public static final String CONNECTION_CONNECTING = "connecting";

    public static final String CONNECTION_UP = "up";
    public static final String CONNECTION_DOWN = "down";

    @Metadata(
            label = "consumer",
            description =
                    "With CamelEnoceanConnection down: why the connection is down (e.g. Connection refused); with up:"
                            + " where it goes.",
            javaType = "String")
    public static final String REASON = "CamelEnoceanReason";

    @Metadata(
            label = "producer",
            description = "A common command to send when the body is empty, e.g. CO_RD_IDBASE; overrides the command"
                    + " option.",
            javaType = "String")
    public static final String COMMAND = "CamelEnoceanCommand";

    @Metadata(
            label = "producer",
            description = "The return code of the gateway's RESPONSE (RET_OK, RET_NOT_SUPPORTED...).",
            javaType = "String")
    public static final String RETURN_CODE = "CamelEnoceanReturnCode";

    private EnoceanConstants() {}
}
