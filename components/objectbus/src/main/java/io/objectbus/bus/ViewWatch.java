// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import io.objectbus.model.ObjectDescriptor;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One watcher of a {@link BusView}: its selection and listener. Deliveries are serialised by the watch's own lock,
 * so that the listener sees one change at a time and the current picture before any change that follows it.
 */
final class ViewWatch implements BusView.Watch, BusView.Listener {

    private static final Logger LOG = LoggerFactory.getLogger(ViewWatch.class);

    private final Predicate<String> nodes;
    private final Predicate<String> objects;
    private final BusView.Listener listener;
    private final ViewHub hub;
    final boolean ownNode;
    private volatile boolean closed;

    ViewWatch(BusView.Selection selection, String ownNodeId, BusView.Listener listener, ViewHub hub) {
        this.nodes = selection.nodeMatcher();
        this.objects = selection.objectMatcher();
        this.ownNode = nodes.test(ownNodeId);
        this.listener = listener;
        this.hub = hub;
    }

    boolean selectsNode(String node) {
        return nodes.test(node);
    }

    boolean selectsObject(String object) {
        return objects.test(object);
    }

    @Override
    public synchronized void described(String node, ObjectDescriptor object) {
        if (!closed) {
            try {
                listener.described(node, object);
            } catch (RuntimeException e) {
                failed("described " + node + "/" + object.id(), e);
            }
        }
    }

    @Override
    public synchronized void removed(String node, String objectId) {
        if (!closed) {
            try {
                listener.removed(node, objectId);
            } catch (RuntimeException e) {
                failed("removed " + node + "/" + objectId, e);
            }
        }
    }

    @Override
    public synchronized void value(BusValue value) {
        if (!closed) {
            try {
                listener.value(value);
            } catch (RuntimeException e) {
                failed("value " + value.node() + "/" + value.object() + "/" + value.resource(), e);
            }
        }
    }

    /** A listener's fault must not reach the adapter or router whose change it was told of. */
    private static void failed(String what, RuntimeException e) {
        LOG.warn("A bus view listener failed on {}: {}", what, e.toString(), e);
    }

    @Override
    public void close() {
        closed = true;
        hub.remove(this);
    }
}
