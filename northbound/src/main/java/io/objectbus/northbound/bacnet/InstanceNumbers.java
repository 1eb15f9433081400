// SPDX-License-Identifier: Apache-2.0
package io.objectbus.northbound.bacnet;

import io.objectbus.bacnet.model.ObjectIdentifier;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * Object instance numbers for bus resources: derived from the resource's name, so that a building management system
 * finds the same point under the same number after a restart of the node. Two names that hash alike take the next
 * free number, in the order they appear.
 */
final class InstanceNumbers {
    private final Map<String, ObjectIdentifier> assigned = new HashMap<>();
    private final Set<ObjectIdentifier> taken = new HashSet<>();

    synchronized ObjectIdentifier of(int type, String objectId, String resourceId) {
        String key = type + ":" + objectId + "/" + resourceId;
        ObjectIdentifier known = assigned.get(key);
        if (known != null) {
            return known;
        }
        // 0..4194302: 4194303 is the wildcard instance (clause 12.1.1.2).
        int instance = (int) (hash(objectId + "/" + resourceId) % ObjectIdentifier.MAX_INSTANCE);
        ObjectIdentifier id = new ObjectIdentifier(type, instance);
        while (taken.contains(id)) {
            id = new ObjectIdentifier(type, (id.instance() + 1) % ObjectIdentifier.MAX_INSTANCE);
        }
        assigned.put(key, id);
        taken.add(id);
        return id;
    }

    synchronized void release(int type, String objectId, String resourceId) {
        ObjectIdentifier id = assigned.remove(type + ":" + objectId + "/" + resourceId);
        if (id != null) {
            taken.remove(id);
        }
    }

    private static long hash(String name) {
        CRC32 crc = new CRC32();
        crc.update(name.getBytes(StandardCharsets.UTF_8));
        return crc.getValue();
    }
}
