// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.dali;

import io.objectbus.component.dali.sim.DefaultSite;
import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyInject;
import org.apache.camel.support.service.ServiceSupport;

/**
 * DALI in the node: the adapter is the kamelet {@code dali-bus} of the catalogue; with the simulated site this starts
 * a simulated daliserver with the default DALI bus, which {@code routes/simulator/sim-dali.camel.yaml} attaches. The
 * simulator listens on loopback, on {@code objectbus.sim.dali.port} or, when that is 0, on a free port, which it then
 * writes back into that property for the YAML file to use.
 */
public class DaliNodeConfiguration implements CamelConfiguration {

    static final String PORT = "objectbus.sim.dali.port";

    @PropertyInject(value = "objectbus.sim.enabled", defaultValue = "true")
    private boolean simulation;

    @PropertyInject(value = PORT, defaultValue = "0")
    private int port;

    @PropertyInject(value = "objectbus.sim.dali.period", defaultValue = "5000")
    private long period;

    @Override
    public void configure(CamelContext context) throws Exception {
        if (simulation && context.getRegistry().lookupByName("daliSimulator") == null) {
            DefaultSite site = DefaultSite.start(port, period);
            context.getPropertiesComponent().addOverrideProperty(PORT, String.valueOf(site.port()));
            SimulatorService service = new SimulatorService(site);
            context.getRegistry().bind("daliSimulator", service);
            context.addService(service, true, true);
        }
    }

    /** Closes the simulator with the context. */
    private static final class SimulatorService extends ServiceSupport {

        private final DefaultSite site;

        SimulatorService(DefaultSite site) {
            this.site = site;
        }

        @Override
        protected void doStop() throws Exception {
            site.close();
        }
    }
}
