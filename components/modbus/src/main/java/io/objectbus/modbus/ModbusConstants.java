// SPDX-License-Identifier: Apache-2.0
package io.objectbus.modbus;

import org.apache.camel.spi.Metadata;

/** Message headers of the {@code modbus:} component, and the values of its event header. */
public final class ModbusConstants {

    @Metadata(
            label = "consumer",
            description = "What the exchange carries: connecting (body the RegisterMap, before the first connection),"
                    + " up (the device answers), values (body a List of ModbusReading: one per entry read, its value or"
                    + " why it failed) or lost (body the reason the device is out of reach, a String).",
            javaType = "String",
            enums = "connecting,up,values,lost")
    public static final String EVENT = "ModbusEvent";

    @Metadata(
            label = "consumer",
            description = "The name of the connection the exchange comes from.",
            javaType = "String")
    public static final String ADAPTER = "ModbusAdapter";

    /** {@link #EVENT}: the consumer starts; the body is its register map. */
    public static final String CONNECTING = "connecting";
    /** {@link #EVENT}: connected and answering. */
    public static final String UP = "up";
    /** {@link #EVENT}: a poll's readings. */
    public static final String VALUES = "values";
    /** {@link #EVENT}: the device is out of reach; values are not current until the next up. */
    public static final String LOST = "lost";

    private ModbusConstants() {}
}
