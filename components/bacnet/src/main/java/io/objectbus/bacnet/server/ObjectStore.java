// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.server;

import io.objectbus.bacnet.model.ObjectIdentifier;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The objects a {@link LocalDevice} serves (all but its Device object). A simulated device uses an {@link
 * InMemoryObjectStore}; a node serving bus points implements this over its own registry.
 */
public interface ObjectStore {
    /** Every object, in object-list order. */
    List<BacnetObject> objects();

    Optional<BacnetObject> find(ObjectIdentifier id);

    /** Called with an object's identifier whenever its present-value or status-flags may have changed (for COV). */
    void addChangeListener(Consumer<ObjectIdentifier> listener);

    void removeChangeListener(Consumer<ObjectIdentifier> listener);
}
