// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet;

import io.objectbus.bacnet.stack.BacnetStack;
import io.objectbus.bacnet.stack.StackConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.camel.Endpoint;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.DefaultComponent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code bacnet:} component: BACnet/IP devices discovered, read, written and watched for changes of value.
 * Endpoints on the same local port share one transport, which the component opens with the first of them and
 * closes with the last.
 */
@Component("bacnet")
public class BacnetComponent extends DefaultComponent {
    private static final Logger LOG = LoggerFactory.getLogger(BacnetComponent.class);

    private record Shared(BacnetStack stack, int users) {}

    @Metadata(description = "Default options for every endpoint of this component")
    private BacnetConfiguration configuration = new BacnetConfiguration();

    private final Map<Integer, Shared> stacks = new HashMap<>();

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        BacnetEndpoint endpoint = new BacnetEndpoint(uri, this, remaining, configuration.copy());
        setProperties(endpoint, parameters);
        return endpoint;
    }

    public BacnetConfiguration getConfiguration() {
        return configuration;
    }

    /** Default options for every endpoint of this component. */
    public void setConfiguration(BacnetConfiguration configuration) {
        this.configuration = configuration;
    }

    /** The transport of {@code config}'s local port, opened when no endpoint uses it yet. */
    synchronized BacnetStack acquire(BacnetConfiguration config) throws IOException {
        Shared shared = stacks.get(config.getLocalPort());
        if (shared == null) {
            BacnetStack stack = BacnetStack.open(stackConfig(config));
            shared = new Shared(stack, 0);
            LOG.info(
                    "BACnet/IP port {} opened, broadcasts to {}:{}",
                    stack.localPort(),
                    config.getBroadcastAddress(),
                    config.getBroadcastPort());
        }
        stacks.put(config.getLocalPort(), new Shared(shared.stack(), shared.users() + 1));
        return shared.stack();
    }

    /** Closes the port's transport when its last endpoint lets go of it. */
    synchronized void release(BacnetConfiguration config) {
        Shared shared = stacks.get(config.getLocalPort());
        if (shared == null) {
            return;
        }
        if (shared.users() <= 1) {
            stacks.remove(config.getLocalPort());
            shared.stack().close();
        } else {
            stacks.put(config.getLocalPort(), new Shared(shared.stack(), shared.users() - 1));
        }
    }

    /** How many UDP ports the component has open (for tests of the sharing). */
    synchronized int openPorts() {
        return stacks.size();
    }

    static StackConfig stackConfig(BacnetConfiguration config) {
        // Blank counts as none, so that a route template can leave the option empty.
        String bbmdAddress = config.getBbmdAddress();
        InetSocketAddress bbmd = bbmdAddress == null || bbmdAddress.isBlank() ? null : bbmd(bbmdAddress.trim());
        StackConfig defaults = StackConfig.defaults();
        return new StackConfig(
                config.getBindAddress(),
                config.getLocalPort(),
                config.getBroadcastAddress(),
                config.getBroadcastPort(),
                bbmd,
                Duration.ofSeconds(config.getForeignDeviceTtl()),
                Duration.ofMillis(config.getApduTimeout()),
                config.getApduRetries(),
                defaults.maxApdu());
    }

    private static InetSocketAddress bbmd(String text) {
        int colon = text.lastIndexOf(':');
        return colon < 0
                ? new InetSocketAddress(text, StackConfig.DEFAULT_PORT)
                : new InetSocketAddress(text.substring(0, colon), Integer.parseInt(text.substring(colon + 1)));
    }

    @Override
    protected void doStop() throws Exception {
        synchronized (this) {
            stacks.values().forEach(shared -> shared.stack().close());
            stacks.clear();
        }
        super.doStop();
    }
}
