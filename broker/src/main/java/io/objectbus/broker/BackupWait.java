// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.activemq.artemis.core.server.ActivationFailureListener;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits while the broker is the backup of a live/backup pair: Artemis starts a backup without its listeners and
 * activates it, listeners and all, when its primary dies. Says when the backup holds a full copy of the primary's
 * journal, from which on a failover loses nothing. Made before the server starts, so that it hears a failed
 * activation (a listener whose port was taken after the check, say) instead of waiting for one that never comes.
 */
final class BackupWait {

    private static final Logger LOG = LoggerFactory.getLogger(BackupWait.class);
    private static final long PRIMARY_ACTIVATION_MILLIS = 30_000;

    private final ActiveMQServer server;
    private final AtomicReference<Exception> activationFailure = new AtomicReference<>();
    private final ActivationFailureListener failureListener = activationFailure::set;

    BackupWait(ActiveMQServer server) {
        this.server = server;
        server.registerActivationFailureListener(failureListener);
    }

    /**
     * Returns once the server is active; at once for a primary or a broker without a pair.
     *
     * @throws ActivationFailedException when a primary's activation failed; the server is left to its owner to stop
     */
    void awaitActive() throws Exception {
        try {
            if (!server.waitForActivation(0, TimeUnit.MILLISECONDS)) {
                awaitActivation();
            }
        } finally {
            server.unregisterActivationFailureListener(failureListener);
        }
    }

    private void awaitActivation() throws Exception {
        if (!backup()) {
            awaitPrimary();
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

    /** A primary activates within its start; one that did not has failed (its listener says so) or never will. */
    private void awaitPrimary() throws Exception {
        long deadline = System.currentTimeMillis() + PRIMARY_ACTIVATION_MILLIS;
        while (!server.waitForActivation(100, TimeUnit.MILLISECONDS)) {
            Exception failure = activationFailure.get();
            if (failure != null) {
                throw new ActivationFailedException(failure);
            }
            if (System.currentTimeMillis() > deadline) {
                throw new ActivationFailedException(null);
            }
        }
    }

    /**
     * The server's policy, not its configuration: a primary that starts while its backup is active (a failover ago) is
     * made a backup by Artemis within its start, and waits as one.
     */
    private boolean backup() {
        return server.getHAPolicy() != null && server.getHAPolicy().isBackup();
    }

    /** Artemis throws from isReplicaSync until the backup's activation exists, a moment into its start. */
    static boolean replicaSync(ActiveMQServer server) {
        try {
            return server.isReplicaSync();
        } catch (NullPointerException notYetActivating) {
            return false;
        }
    }

    /** The broker started but will not serve: its activation failed. */
    static final class ActivationFailedException extends IllegalStateException {

        ActivationFailedException(Exception cause) {
            super(
                    "the broker started but did not become active: "
                            + (cause == null ? "see its AMQ errors above" : cause.getMessage()),
                    cause);
        }
    }
}
