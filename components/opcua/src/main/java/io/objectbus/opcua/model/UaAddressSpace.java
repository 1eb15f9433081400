// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua.model;

import java.util.List;

/**
 * What one browse of a server found: the objects under the browse roots that hold variables.
 *
 * @param endpointUrl the server the browse ran against
 */
public record UaAddressSpace(String endpointUrl, List<UaObject> objects) {

    public UaAddressSpace {
        objects = List.copyOf(objects);
    }
}
