// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.core.config.HAPolicyConfiguration;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits while the broker is the backup of a live/backup pair: Artemis starts a backup without its listeners and
 * activates it, listeners and all, when its primary dies. Says when the backup holds a full copy of the primary's
 * journal, from which on a failover loses nothing.
 */
final class BackupWait {

    private static final Logger LOG = LoggerFactory.getLogger(BackupWait.class);

    private final ActiveMQServer server;

    BackupWait(ActiveMQServer server) {
        this.server = server;
    }

    /** Returns once the server is active; at once for a primary or a broker without a pair. */
    void awaitActive() throws Exception {
        if (server.waitForActivation(0, TimeUnit.MILLISECONDS)) {
            return;
        }
        if (!backup()) {
            // A primary activates within its start; one that did not failed (its log says why) and never will.
            if (!server.waitForActivation(30, TimeUnit.SECONDS)) {
                server.stop();
                throw new IllegalStateException(
                        "the broker started but did not become active: see its AMQ errors above");
            }
            return;
        }
        LOG.info("The broker is a backup: it waits for its primary to fail and opens its listeners then");
        boolean synchronizedOnce = false;
        while (!server.waitForActivation(1, TimeUnit.SECONDS)) {
            if (!server.isStarted()) {
                throw new IllegalStateException("the backup broker stopped before it took over from its primary");
            }
            boolean inSync = replicaSync(server);
            if (inSync && !synchronizedOnce) {
                LOG.info("The backup broker is synchronized with its primary (node id {})", server.getNodeID());
            }
            synchronizedOnce |= inSync;
        }
        LOG.info("The backup broker took over from its primary (node id {})", server.getNodeID());
    }

    private boolean backup() {
        HAPolicyConfiguration ha = server.getConfiguration().getHAPolicyConfiguration();
        return ha != null && ha.getType().name().contains("BACKUP");
    }

    /** Artemis throws from isReplicaSync until the backup's activation exists, a moment into its start. */
    static boolean replicaSync(ActiveMQServer server) {
        try {
            return server.isReplicaSync();
        } catch (NullPointerException notYetActivating) {
            return false;
        }
    }
}
