// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua;

import org.apache.camel.spi.Metadata;

/** Message headers of the {@code opcua:} component, and the values of its event header. */
public final class OpcUaConstants {

    @Metadata(
            label = "consumer",
            description = "What the exchange carries: connecting (a connection is being made: before the first one,"
                    + " before each new attempt and while a lost one is re-established; body the reason of the last"
                    + " failure, a String, or null), browsed (body a UaAddressSpace: the Objects and Variables found"
                    + " below the roots), values (body a List of UaValue: node id and DataValue) or lost (body the"
                    + " reason the connection is gone or could not be made, or that the server lost the subscription, a"
                    + " String).",
            javaType = "String",
            enums = "connecting,browsed,values,lost")
    public static final String EVENT = "OpcUaEvent";

    @Metadata(
            label = "consumer",
            description = "The name of the connection the exchange comes from.",
            javaType = "String")
    public static final String ADAPTER = "OpcUaAdapter";

    /** {@link #EVENT}: a connection is being made; the body is why the last one failed, or null. */
    public static final String CONNECTING = "connecting";
    /** {@link #EVENT}: a browse found the body's address space. */
    public static final String BROWSED = "browsed";
    /** {@link #EVENT}: monitored Variables changed. */
    public static final String VALUES = "values";
    /**
     * {@link #EVENT}: the connection is gone, or the server lost the subscription; values are not current until the
     * next browsed.
     */
    public static final String LOST = "lost";

    private OpcUaConstants() {}
}
