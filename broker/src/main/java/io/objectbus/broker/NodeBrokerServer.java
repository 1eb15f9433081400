// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.paging.PagingManager;
import org.apache.activemq.artemis.core.server.impl.ActiveMQServerImpl;
import org.apache.activemq.artemis.spi.core.security.ActiveMQSecurityManager;

/** The Artemis server with the node's {@link SharedPagingManager}. */
final class NodeBrokerServer extends ActiveMQServerImpl {

    NodeBrokerServer(Configuration configuration, ActiveMQSecurityManager securityManager) {
        super(configuration, null, securityManager);
    }

    @Override
    public PagingManager createPagingManager() throws Exception {
        return new SharedPagingManager(
                super.createPagingManager(), getConfiguration().getManagementAddress());
    }
}
