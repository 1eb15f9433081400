// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.lorawan;

import org.apache.camel.CamelConfiguration;
import org.apache.camel.CamelContext;
import org.apache.camel.PropertyInject;

/**
 * LoRaWAN in the node: the adapter is the kamelet {@code lorawan-gateway} of the catalogue; with the simulated site
 * this starts a simulated packet forwarder gateway with three sensors, which routes/simulator/sim-lorawan.camel.yaml
 * serves. The node's network server for it listens on loopback, on {@code objectbus.sim.lorawan.port} or, when that
 * is 0, on a free port, which is written back into that property for the YAML file to use. A configured port that is
 * taken ends the node's start with the setting named.
 */
public class LorawanNodeConfiguration implements CamelConfiguration {

    static final String PORT = "objectbus.sim.lorawan.port";

    @PropertyInject(value = "objectbus.sim.enabled", defaultValue = "true")
    private boolean simulation;

    @PropertyInject(value = PORT, defaultValue = "0")
    private int port;

    @PropertyInject(value = "objectbus.sim.lorawan.period", defaultValue = "10000")
    private long period;

    @Override
    public void configure(CamelContext context) throws Exception {
        if (simulation && context.getRegistry().lookupByName("lorawanSimulator") == null) {
            int free = SimulatedLorawanSite.claim(port);
            context.getPropertiesComponent().addOverrideProperty(PORT, String.valueOf(free));
            SimulatedLorawanSite site = new SimulatedLorawanSite(free, period);
            context.getRegistry().bind("lorawanSimulator", site);
            context.addService(site, true, true);
        }
    }
}
