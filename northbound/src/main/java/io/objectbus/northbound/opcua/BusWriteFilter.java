// SPDX-License-Identifier: Apache-2.0
package io.objectbus.northbound.opcua;

import io.objectbus.transforms.opcua.OpcUaTypes;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilter;
import org.eclipse.milo.opcua.sdk.server.nodes.filters.AttributeFilterContext;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;

/**
 * Sends a client's write of a Variable's value to the bus instead of setting it: the Variable shows the new value
 * when the bus publishes it, that is when the device has it.
 */
final class BusWriteFilter implements AttributeFilter {

    private final BusWriter writer;
    private final String objectId;
    private final String resourceId;

    BusWriteFilter(BusWriter writer, String objectId, String resourceId) {
        this.writer = writer;
        this.objectId = objectId;
        this.resourceId = resourceId;
    }

    @Override
    public void writeAttribute(AttributeFilterContext ctx, AttributeId attributeId, Object value) throws UaException {
        if (attributeId != AttributeId.Value) {
            ctx.setAttribute(attributeId, value);
            return;
        }
        Object written = value instanceof DataValue dv ? dv.value().value() : value;
        try {
            writer.write(objectId, resourceId, OpcUaTypes.toBus(written));
        } catch (IllegalArgumentException e) {
            throw new UaException(StatusCodes.Bad_TypeMismatch, e.getMessage());
        }
    }
}
