// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import org.apache.camel.CamelContext;
import org.apache.camel.main.Main;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What the node does when its start fails: says why in one line, and stops what did start, within a bound. */
final class StartFailure {

    private static final Logger LOG = LoggerFactory.getLogger(NodeMain.class);
    private static final long STOP_MILLIS = 10_000;

    private StartFailure() {}

    static void handle(Main main, Throwable failure) {
        log(failure);
        stop(main);
    }

    /** One line; a stack trace follows only for what the node did not expect (an Error, a failure of no part). */
    private static void log(Throwable failure) {
        NodeStartException known = find(failure);
        if (known != null && NodeStartException.error(failure) == null) {
            LOG.error("The node did not start: {}", known.getMessage());
        } else {
            String line = known != null ? known.getMessage() : NodeStartException.reason(failure);
            LOG.error("The node did not start: {}", line, failure);
        }
    }

    private static NodeStartException find(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof NodeStartException known) {
                return known;
            }
        }
        return null;
    }

    /**
     * Stops the broker and whatever else did start, and keeps Camel's own shutdown hook from waiting for a context
     * that no one would stop.
     */
    private static void stop(Main main) {
        main.completed();
        CamelContext context = main.getCamelContext();
        if (context == null) {
            return;
        }
        Thread stop = new Thread(() -> stopQuietly(context), "objectbus-stop-after-failure");
        stop.setDaemon(true);
        stop.start();
        try {
            stop.join(STOP_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void stopQuietly(CamelContext context) {
        try {
            context.stop();
        } catch (Throwable e) {
            LOG.debug("Stopping after the failed start: {}", e.toString());
        }
    }
}
