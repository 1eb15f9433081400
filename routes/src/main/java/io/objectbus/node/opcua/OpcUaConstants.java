// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.opcua;

import org.apache.camel.spi.Metadata;

/** Message headers of the {@code opcua} component. */
public final class OpcUaConstants {

    @Metadata(
            label = "consumer",
            description = "What the exchange carries: browsed (body UaAddressSpace), values (body a List of UaValue)"
                    + " or lost (body the reason the connection is gone).",
            javaType = "String")
    public static final String EVENT = "OpcUaEvent";

    @Metadata(label = "consumer", description = "The adapter name the exchange comes from.", javaType = "String")
    public static final String ADAPTER = "OpcUaAdapter";

    public static final String BROWSED = "browsed";
    public static final String VALUES = "values";
    public static final String LOST = "lost";

    private OpcUaConstants() {}
}
