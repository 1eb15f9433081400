// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import io.objectbus.model.ObjectDescriptor;
import io.objectbus.model.ResourceDescriptor;

/**
 * What an adapter must apply to a device: the new effective value of a writable resource, after the priority array
 * resolved it.
 *
 * @param value the effective value, in the resource's type; the relinquish default when every level is relinquished
 * @param priority the level the value comes from, 1 to 16, or 0 for the relinquish default
 * @param writtenPriority the level the triggering request wrote
 */
public record WriteCommand(
        String objectId,
        String resourceId,
        Object value,
        int priority,
        int writtenPriority,
        String owner,
        ObjectDescriptor object,
        ResourceDescriptor resource) {}
