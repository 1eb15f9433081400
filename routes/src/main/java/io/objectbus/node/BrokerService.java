// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import io.objectbus.broker.EmbeddedBroker;
import org.apache.camel.support.service.ServiceSupport;

/** The embedded broker as a service of the Camel context. */
final class BrokerService extends ServiceSupport {

    private final EmbeddedBroker broker;

    BrokerService(EmbeddedBroker broker) {
        this.broker = broker;
    }

    @Override
    protected void doStart() throws Exception {
        broker.start();
    }

    @Override
    protected void doStop() throws Exception {
        broker.stop();
    }
}
