// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan;

import org.apache.camel.spi.Metadata;

/** Message headers of the {@code lorawan:} component. EUIs are 16 lower-case hex digits, DevAddrs 8. */
public final class LorawanConstants {

    @Metadata(
            label = "consumer",
            description = "What the exchange is: uplink (body the decrypted FRMPayload, byte[]), join (an OTAA device"
                    + " joined), gateway (a gateway came up or went down; body up or down), stats (body the gateway's"
                    + " stat JSON) or error (refused input; body the bytes).",
            javaType = "String",
            enums = "uplink,join,gateway,stats,error")
    public static final String EVENT = "CamelLorawanEvent";

    @Metadata(
            description = "The device EUI. Producer: the device the downlink goes to (required).",
            javaType = "String")
    public static final String DEV_EUI = "CamelLorawanDevEui";

    @Metadata(label = "consumer", description = "The device's session address.", javaType = "String")
    public static final String DEV_ADDR = "CamelLorawanDevAddr";

    @Metadata(label = "consumer", description = "The full 32-bit uplink frame counter.", javaType = "Long")
    public static final String FCNT = "CamelLorawanFCnt";

    @Metadata(
            description = "The FPort, 1..223 for application data, 0 for MAC commands; -1 for an uplink without"
                    + " payload. Producer: overrides the fPort option.",
            javaType = "Integer")
    public static final String FPORT = "CamelLorawanFPort";

    @Metadata(
            description = "Consumer: whether the uplink was a confirmed one. Producer: overrides the confirmed option.",
            javaType = "Boolean")
    public static final String CONFIRMED = "CamelLorawanConfirmed";

    @Metadata(
            label = "consumer",
            description = "Whether the uplink acknowledges the last confirmed downlink.",
            javaType = "Boolean")
    public static final String ACK = "CamelLorawanAck";

    @Metadata(
            label = "consumer",
            description = "The gateway: the one that heard the uplink best, the one that came up or down, sent stats,"
                    + " or sent refused input (absent when not known).",
            javaType = "String")
    public static final String GATEWAY_EUI = "CamelLorawanGatewayEui";

    @Metadata(label = "consumer", description = "How many gateways heard the uplink.", javaType = "Integer")
    public static final String GATEWAY_COUNT = "CamelLorawanGatewayCount";

    @Metadata(label = "consumer", description = "The best RSSI of the uplink, dBm.", javaType = "Integer")
    public static final String RSSI = "CamelLorawanRssi";

    @Metadata(label = "consumer", description = "The SNR of the best reception, dB.", javaType = "Double")
    public static final String SNR = "CamelLorawanSnr";

    @Metadata(label = "consumer", description = "The uplink's frequency, MHz.", javaType = "Double")
    public static final String FREQUENCY = "CamelLorawanFrequency";

    @Metadata(label = "consumer", description = "The uplink's data rate, e.g. SF7BW125.", javaType = "String")
    public static final String DATA_RATE = "CamelLorawanDataRate";

    @Metadata(
            label = "consumer",
            description = "Every reception of the uplink, a List of io.objectbus.component.lorawan.Reception.",
            javaType = "java.util.List")
    public static final String RECEPTIONS = "CamelLorawanReceptions";

    @Metadata(
            label = "consumer",
            description = "Why input was refused (error) or why a gateway is up or down (gateway).",
            javaType = "String")
    public static final String REASON = "CamelLorawanReason";

    @Metadata(
            label = "consumer",
            description = "With error: how many inputs from this gateway were refused so far.",
            javaType = "Long")
    public static final String ERROR_COUNT = "CamelLorawanErrorCount";

    @Metadata(
            label = "producer",
            description = "The outcome of a downlink: sent (unconfirmed, the gateway reported it sent) or acknowledged"
                    + " (confirmed, the device's next uplink acknowledged it).",
            javaType = "String")
    public static final String OUTCOME = "CamelLorawanOutcome";

    public static final String UPLINK = "uplink";
    public static final String JOIN = "join";
    public static final String GATEWAY = "gateway";
    public static final String STATS = "stats";
    public static final String ERROR = "error";

    private LorawanConstants() {}
}
