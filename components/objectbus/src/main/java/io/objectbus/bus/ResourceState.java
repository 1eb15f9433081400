// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import io.objectbus.model.CovPolicy;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.Sample;
import java.time.Instant;

/** One resource's live state: the COV bookkeeping, its current payload and, if writable, its priority array. */
final class ResourceState {

    final String objectId;
    final String id;
    final String topic;
    final ResourceDescriptor descriptor;
    final CovPolicy policy;
    final PriorityArray priorities;

    /** Guarded by this. */
    Sample lastPublished;

    Instant lastPublishedAt;
    Sample latest;
    boolean flushScheduled;

    /** The last published payload: what a new subscriber receives. */
    volatile byte[] payload;

    ResourceState(String objectId, String id, String topic, ResourceDescriptor descriptor, CovPolicy policy) {
        this.objectId = objectId;
        this.id = id;
        this.topic = topic;
        this.descriptor = descriptor;
        this.policy = policy;
        this.priorities = descriptor.writable() ? new PriorityArray(descriptor.relinquishDefault()) : null;
    }
}
