// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import io.objectbus.model.ObjectDescriptor;
import java.time.Instant;
import java.util.Map;

/**
 * One object on the bus: its descriptor, its encoded {@code $info}, its resources, the route that described it
 * (null when described outside any route) and the writer bound to it by that route (null for none).
 */
final class ObjectState {

    final ObjectDescriptor descriptor;
    final String owner;
    /** Where the object's writes go, bound when it was described; null: to the set consumer that takes them. */
    final WriteHandler writer;
    /** Where the object's commands go, bound when it was described; null for none. */
    final CommandHandler commander;

    final String infoTopic;
    final byte[] info;
    final Map<String, ResourceState> resources;
    volatile Instant lastSeen;
    volatile boolean stale;

    ObjectState(
            ObjectDescriptor descriptor,
            String owner,
            WriteHandler writer,
            CommandHandler commander,
            String infoTopic,
            byte[] info,
            Map<String, ResourceState> resources) {
        this.descriptor = descriptor;
        this.owner = owner;
        this.writer = writer;
        this.commander = commander;
        this.infoTopic = infoTopic;
        this.info = info;
        this.resources = resources;
    }

    String id() {
        return descriptor.id();
    }
}
