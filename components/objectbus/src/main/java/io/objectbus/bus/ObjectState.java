// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import io.objectbus.model.ObjectDescriptor;
import java.time.Instant;
import java.util.Map;

/** One object on the bus: its descriptor, its encoded {@code $info} and its resources. */
final class ObjectState {

    final ObjectDescriptor descriptor;
    final String infoTopic;
    final byte[] info;
    final Map<String, ResourceState> resources;
    volatile Instant lastSeen;
    volatile boolean stale;

    ObjectState(ObjectDescriptor descriptor, String infoTopic, byte[] info, Map<String, ResourceState> resources) {
        this.descriptor = descriptor;
        this.infoTopic = infoTopic;
        this.info = info;
        this.resources = resources;
    }

    String id() {
        return descriptor.id();
    }
}
