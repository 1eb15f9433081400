// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.client;

import io.objectbus.bacnet.internal.service.ReadPropertyMultiple;
import io.objectbus.bacnet.internal.service.ReadPropertyMultipleAck;
import io.objectbus.bacnet.internal.service.ServiceChoice;
import io.objectbus.bacnet.model.BacnetAddress;
import io.objectbus.bacnet.model.ObjectIdentifier;
import io.objectbus.bacnet.stack.BacnetStack;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/** ReadPropertyMultiple: requests grouped per object in one ReadAccessSpecification each (clause 15.7). */
final class MultipleReader {
    private final BacnetStack stack;

    MultipleReader(BacnetStack stack) {
        this.stack = stack;
    }

    CompletableFuture<List<PropertyResult>> read(BacnetAddress device, List<ReadRequest> reads) {
        Map<ObjectIdentifier, List<ReadPropertyMultiple.Reference>> grouped = new LinkedHashMap<>();
        for (ReadRequest read : reads) {
            grouped.computeIfAbsent(read.objectId(), id -> new ArrayList<>())
                    .add(new ReadPropertyMultiple.Reference(read.property(), read.arrayIndex()));
        }
        List<ReadPropertyMultiple.Spec> specs = grouped.entrySet().stream()
                .map(e -> new ReadPropertyMultiple.Spec(e.getKey(), e.getValue()))
                .toList();
        byte[] request = ReadPropertyMultiple.Serializer.encode(new ReadPropertyMultiple(specs));
        return stack.sendConfirmed(device, ServiceChoice.READ_PROPERTY_MULTIPLE, request)
                .thenApply(answer -> results(Replies.complex(answer, ServiceChoice.READ_PROPERTY_MULTIPLE)));
    }

    private static List<PropertyResult> results(byte[] service) {
        List<PropertyResult> results = new ArrayList<>();
        for (ReadPropertyMultipleAck.ObjectResult object :
                ReadPropertyMultipleAck.Serializer.decode(service).results()) {
            for (ReadPropertyMultipleAck.Result result : object.results()) {
                results.add(new PropertyResult(
                        object.objectId(), result.property(), result.arrayIndex(), result.value(), result.error()));
            }
        }
        return results;
    }
}
