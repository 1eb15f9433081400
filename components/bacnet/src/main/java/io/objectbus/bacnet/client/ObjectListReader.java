// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.client;

import io.objectbus.bacnet.model.BacnetAddress;
import io.objectbus.bacnet.model.BacnetValue;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.model.PropertyIdentifier;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Reads a device's object-list whole, and element by element when the whole list does not fit into one APDU and
 * the device cannot segment: index 0 gives the length, then 1..n one identifier each (clause 12.1, arrays).
 */
final class ObjectListReader {
    private final BacnetClient client;

    ObjectListReader(BacnetClient client) {
        this.client = client;
    }

    CompletableFuture<List<ObjectIdentifier>> read(BacnetAddress address, int deviceInstance) {
        ObjectIdentifier device = ObjectIdentifier.device(deviceInstance);
        return client.readProperty(address, device, PropertyIdentifier.OBJECT_LIST, null)
                .thenApply(result -> identifiers(result.values()))
                .exceptionallyCompose(failure -> Replies.isSegmentationAbort(failure)
                        ? readElementwise(address, device)
                        : CompletableFuture.failedFuture(Replies.unwrap(failure)));
    }

    private CompletableFuture<List<ObjectIdentifier>> readElementwise(BacnetAddress address, ObjectIdentifier device) {
        return client.readProperty(address, device, PropertyIdentifier.OBJECT_LIST, 0)
                .thenCompose(length -> readFrom(address, device, 1, count(length), new ArrayList<>()));
    }

    /** One request at a time: a device that cannot segment is usually also a small one. */
    private CompletableFuture<List<ObjectIdentifier>> readFrom(
            BacnetAddress address, ObjectIdentifier device, int index, int count, List<ObjectIdentifier> found) {
        if (index > count) {
            return CompletableFuture.completedFuture(List.copyOf(found));
        }
        return client.readProperty(address, device, PropertyIdentifier.OBJECT_LIST, index)
                .thenCompose(element -> {
                    found.addAll(identifiers(element.values()));
                    return readFrom(address, device, index + 1, count, found);
                });
    }

    private static int count(PropertyResult length) {
        if (length.values().size() == 1 && length.values().get(0) instanceof BacnetValue.UnsignedValue n) {
            return (int) n.value();
        }
        throw new BacnetException("object-list length is not an Unsigned: " + length.values());
    }

    private static List<ObjectIdentifier> identifiers(List<BacnetValue> values) {
        List<ObjectIdentifier> ids = new ArrayList<>();
        for (BacnetValue value : values) {
            if (!(value instanceof BacnetValue.ObjectIdValue id)) {
                throw new BacnetException("object-list holds a " + value + ", not an object identifier");
            }
            ids.add(id.id());
        }
        return ids;
    }
}
