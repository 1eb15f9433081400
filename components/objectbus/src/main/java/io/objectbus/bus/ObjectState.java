// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import io.objectbus.model.ObjectDescriptor;
import java.time.Instant;
import java.util.Map;

/**
 * One object on the bus: its descriptor, its encoded {@code $info}, its resources, and the route that described it
 * (null when described outside any route).
 */
final class ObjectState {

    final ObjectDescriptor descriptor;
    final String owner;
    final String infoTopic;
    final byte[] info;
    final Map<String, ResourceState> resources;
    volatile Instant lastSeen;
    volatile boolean stale;

    ObjectState(
            ObjectDescriptor descriptor,
            String owner,
            String infoTopic,
            byte[] info,
            Map<String, ResourceState> resources) {
        this.descriptor = descriptor;
        this.owner = owner;
        this.infoTopic = infoTopic;
        this.info = info;
        this.resources = resources;
    }

    String id() {
        return descriptor.id();
    }
}
