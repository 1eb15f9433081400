// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * The objects of this node's previous run that other cluster members still held when this run began. Live subscribers
 * on every member were last told of them by their descriptors; each one this run does not describe is removed the way
 * the bus removes an object that goes (an empty {@code $info}), once the node has started its routes, so that an
 * object this run describes again is never shown gone in between. Each is announced once, however many members held
 * it.
 */
final class PreviousRunObjects {

    private final Topics topics;
    private final BusTransport transport;
    private final Predicate<String> describedNow;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final Set<String> announced = ConcurrentHashMap.newKeySet();
    private volatile boolean started;

    /** @param describedNow whether this run has described the object of that id */
    PreviousRunObjects(Topics topics, BusTransport transport, Predicate<String> describedNow) {
        this.topics = topics;
        this.transport = transport;
        this.describedNow = describedNow;
    }

    /** Whether the topic is a descriptor of one of this node's objects. */
    boolean isOwnObjectInfo(String topic) {
        return objectId(topic) != null;
    }

    /** A member held this descriptor of the previous run and has forgotten it. */
    void gone(String infoTopic) {
        pending.add(infoTopic);
        if (started) {
            announce();
        }
    }

    /** The node has started its routes: what they did not describe is gone. */
    void started() {
        started = true;
        announce();
    }

    private void announce() {
        for (String topic : pending) {
            pending.remove(topic);
            if (!describedNow.test(objectId(topic)) && announced.add(topic)) {
                transport.publish(topic, new byte[0], 1);
            }
        }
    }

    private String objectId(String topic) {
        String own = topics.prefix() + "/" + topics.node() + "/";
        if (topic == null || !topic.startsWith(own) || !topic.endsWith("/$info")) {
            return null;
        }
        String id = topic.substring(own.length(), topic.length() - "/$info".length());
        return io.objectbus.model.Ids.isValid(id) ? id : null;
    }
}
