// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.enocean;

import io.objectbus.component.enocean.sim.DefaultSite;
import io.objectbus.component.enocean.sim.GatewaySimulator;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyInject;
import org.apache.camel.support.service.ServiceSupport;

/**
 * EnOcean in the node: the adapter is the kamelet {@code enocean-gateway} of the catalogue; with the simulated site
 * this starts a simulated TCP gateway with the default EnOcean devices, which
 * {@code routes/simulator/sim-enocean.camel.yaml} attaches. The simulator listens on loopback, on
 * {@code objectbus.sim.enocean.port} or, when that is 0, on a free port, which it then writes back into that
 * property for the YAML file to use.
 */
public class EnoceanConfiguration implements CamelConfiguration {

    static final String PORT = "objectbus.sim.enocean.port";

    @PropertyInject(value = "objectbus.sim.enabled", defaultValue = "true")
    private boolean simulation;

    @PropertyInject(value = PORT, defaultValue = "0")
    private int port;

    @PropertyInject(value = "objectbus.sim.enocean.period", defaultValue = "5000")
    private long period;

    @Override
    public void configure(CamelContext context) throws Exception {
        if (simulation && context.getRegistry().lookupByName("enoceanSimulator") == null) {
            GatewaySimulator simulator = DefaultSite.start(port, period);
            context.getPropertiesComponent().addOverrideProperty(PORT, String.valueOf(simulator.port()));
            SimulatorService service = new SimulatorService(simulator);
            context.getRegistry().bind("enoceanSimulator", service);
            context.addService(service, true, true);
        }
    }

    /** Closes the simulator with the context. */
    private static final class SimulatorService extends ServiceSupport {

        private final GatewaySimulator simulator;

        SimulatorService(GatewaySimulator simulator) {
            this.simulator = simulator;
        }

        @Override
        protected void doStop() {
            simulator.close();
        }
    }
}
