// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.network;

import io.objectbus.bacnet.client.BacnetAbortException;
import io.objectbus.bacnet.client.BacnetClient;
import io.objectbus.bacnet.client.BacnetErrorException;
import io.objectbus.bacnet.client.BacnetRejectException;
import io.objectbus.bacnet.client.PropertyResult;
import io.objectbus.bacnet.client.ReadRequest;
import io.objectbus.bacnet.model.ErrorNames;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.model.PropertyIdentifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Reads properties of several objects: with ReadPropertyMultiple where the device has it (clause 15.7), else one
 * ReadProperty at a time. Properties an object does not have are left out; a device that does not answer fails the
 * read.
 */
final class PropertyFetcher {
    /** Octets one object's present-value and status-flags take in a ReadPropertyMultiple-ACK, generously. */
    private static final int OCTETS_PER_VALUE_PAIR = 32;

    private final BacnetClient client;

    PropertyFetcher(BacnetClient client) {
        this.client = client;
    }

    /** One object's properties by name; empty when the device knows no such object. */
    CompletableFuture<Map<String, Object>> read(DeviceState device, ObjectIdentifier id, List<Integer> properties) {
        return readAll(device, List.of(id), properties)
                .thenApply(found -> found.isEmpty() ? Map.of() : found.get(0).properties());
    }

    /** Present-value and status-flags of many objects, as many per request as the device's max APDU takes. */
    CompletableFuture<List<PointSnapshot>> readValues(DeviceState device, List<ObjectIdentifier> ids) {
        int perRequest = Math.max(1, (device.info().maxApdu() - 16) / OCTETS_PER_VALUE_PAIR);
        CompletableFuture<List<PointSnapshot>> all = CompletableFuture.completedFuture(new ArrayList<>());
        for (int from = 0; from < ids.size(); from += perRequest) {
            List<ObjectIdentifier> chunk = ids.subList(from, Math.min(ids.size(), from + perRequest));
            all = all.thenCompose(
                    found -> readAll(device, chunk, ScanProperties.VALUE).thenApply(more -> {
                        found.addAll(more);
                        return found;
                    }));
        }
        return all;
    }

    private CompletableFuture<List<PointSnapshot>> readAll(
            DeviceState device, List<ObjectIdentifier> ids, List<Integer> properties) {
        if (!device.readsMultiple()) {
            return readEach(device, ids, properties);
        }
        List<ReadRequest> requests = new ArrayList<>();
        ids.forEach(id -> properties.forEach(p -> requests.add(ReadRequest.of(id, p))));
        return client.readPropertyMultiple(device.info().address(), requests)
                .thenApply(PropertyFetcher::snapshots)
                .exceptionallyCompose(failure -> {
                    Throwable cause = unwrap(failure);
                    if (isUnsupported(cause)) {
                        device.readsMultiple(false);
                    } else if (!isTooLong(cause)) {
                        return CompletableFuture.failedFuture(cause);
                    }
                    return readEach(device, ids, properties);
                });
    }

    /** One ReadProperty after the other: a device without ReadPropertyMultiple is usually a small one. */
    private CompletableFuture<List<PointSnapshot>> readEach(
            DeviceState device, List<ObjectIdentifier> ids, List<Integer> properties) {
        CompletableFuture<List<PointSnapshot>> all = CompletableFuture.completedFuture(new ArrayList<>());
        for (ObjectIdentifier id : ids) {
            all = all.thenCompose(found -> readObject(device, id, properties).thenApply(values -> {
                if (!values.isEmpty()) {
                    found.add(new PointSnapshot(id, values));
                }
                return found;
            }));
        }
        return all;
    }

    private CompletableFuture<Map<String, Object>> readObject(
            DeviceState device, ObjectIdentifier id, List<Integer> properties) {
        CompletableFuture<Map<String, Object>> all = CompletableFuture.completedFuture(new LinkedHashMap<>());
        for (int property : properties) {
            all = all.thenCompose(found -> client.readProperty(device.info().address(), id, property, null)
                    .handle((result, failure) -> {
                        if (failure == null) {
                            found.put(result.propertyName(), result.value());
                        } else if (!(unwrap(failure) instanceof BacnetErrorException)) {
                            throw new CompletionException(unwrap(failure));
                        }
                        return found;
                    }));
        }
        return all;
    }

    private static List<PointSnapshot> snapshots(List<PropertyResult> results) {
        Map<ObjectIdentifier, Map<String, Object>> byObject = new LinkedHashMap<>();
        for (PropertyResult result : results) {
            if (result.ok()) {
                byObject.computeIfAbsent(result.objectId(), id -> new LinkedHashMap<>())
                        .put(PropertyIdentifier.name(result.property()), result.value());
            }
        }
        List<PointSnapshot> snapshots = new ArrayList<>();
        byObject.forEach((id, properties) -> snapshots.add(new PointSnapshot(id, properties)));
        return snapshots;
    }

    /** A device without ReadPropertyMultiple rejects it or refuses the service (clause 15.7, 18.8). */
    private static boolean isUnsupported(Throwable cause) {
        return cause instanceof BacnetRejectException
                || (cause instanceof BacnetErrorException e && e.error().errorClass() == ErrorNames.CLASS_SERVICES);
    }

    /** The answer did not fit into one APDU: read property by property instead. */
    private static boolean isTooLong(Throwable cause) {
        return cause instanceof BacnetAbortException;
    }

    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
