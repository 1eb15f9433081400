// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import io.objectbus.model.ObjectDescriptor;

/** An object on the bus and the node it belongs to, as a {@link BusView} lists it. */
public record BusObject(String node, ObjectDescriptor descriptor) {}
