// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.modbus;

import io.objectbus.transforms.modbus.ModbusMapping;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;

/**
 * What a node needs for Modbus: the mapping bean the {@code modbus-device} and {@code modbus-write} kamelets call, so
 * that a route file can attach devices. Listed in {@code camel.main.configuration-classes}.
 */
public class ModbusNodeConfiguration implements CamelConfiguration {

    /** The bean with the Modbus mapping of every adapter. */
    public static final String MAPPING = "modbusMapping";

    @Override
    public void configure(CamelContext context) {
        if (context.getRegistry().lookupByName(MAPPING) == null) {
            context.getRegistry().bind(MAPPING, new ModbusMapping());
        }
    }
}
