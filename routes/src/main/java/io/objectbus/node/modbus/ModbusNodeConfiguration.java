// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.modbus;

import io.objectbus.transforms.modbus.ModbusMapping;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyInject;

/**
 * What a node needs for Modbus: the mapping bean the {@code modbus-device} and {@code modbus-write} kamelets call, so
 * that a route file can attach devices, and the bean that reports failed reads on $errors; with {@code objectbus.sim.enabled}, the simulated site's Modbus I/O module,
 * which {@code routes/simulator/sim-modbus.camel.yaml} attaches. The module listens on loopback, on
 * {@code objectbus.sim.modbus.port} or, when that is 0, on a free port, which it writes back into that property.
 */
public class ModbusNodeConfiguration implements CamelConfiguration {

    /** The bean with the Modbus mapping of every adapter. */
    public static final String MAPPING = "modbusMapping";

    /** The bean that reports the reads each adapter's device could not give on $errors. */
    public static final String PROBLEMS = "modbusProblems";

    static final String PORT = "objectbus.sim.modbus.port";

    @PropertyInject(value = "objectbus.sim.enabled", defaultValue = "true")
    private boolean simulation;

    @PropertyInject(value = PORT, defaultValue = "0")
    private int port;

    @PropertyInject(value = "objectbus.sim.modbus.period", defaultValue = "2000")
    private long period;

    @Override
    public void configure(CamelContext context) throws Exception {
        if (context.getRegistry().lookupByName(MAPPING) == null) {
            context.getRegistry().bind(MAPPING, new ModbusMapping());
        }
        if (context.getRegistry().lookupByName(PROBLEMS) == null) {
            context.getRegistry().bind(PROBLEMS, new ModbusProblems());
        }
        if (simulation && context.getRegistry().lookupByName("modbusSimulator") == null) {
            SimulatedIoModule module = new SimulatedIoModule(port, period);
            context.getPropertiesComponent().addOverrideProperty(PORT, String.valueOf(module.open()));
            context.getRegistry().bind("modbusSimulator", module);
            context.addService(module, true, true);
        }
    }
}
