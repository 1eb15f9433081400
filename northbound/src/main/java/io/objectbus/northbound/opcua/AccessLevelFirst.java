// SPDX-License-Identifier: Apache-2.0
package io.objectbus.northbound.opcua;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.servicesets.impl.AccessController;
import org.eclipse.milo.opcua.sdk.server.servicesets.impl.DefaultAccessController;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.types.structured.WriteValue;
import org.eclipse.milo.opcua.stack.transport.server.OpcServerTransportFactory;

/**
 * Milo's access control with the Variable's own AccessLevel looked at before the user's. Milo 1.0 checks only
 * UserAccessLevel, so a write to a read-only Variable is refused with Bad_UserAccessDenied; Part 4 clause 5.10.4
 * has Bad_NotWritable for a Node whose access level does not allow writing, and Bad_UserAccessDenied for a user
 * who lacks a right.
 */
final class AccessLevelFirst extends DefaultAccessController {

    private final OpcUaServer server;

    private AccessLevelFirst(OpcUaServer server) {
        super(server);
        this.server = server;
    }

    /** A Milo server whose writes are checked by this controller. */
    static OpcUaServer server(OpcUaServerConfig config, OpcServerTransportFactory transports) {
        return new OpcUaServer(config, transports) {
            private AccessController access;

            @Override
            public synchronized AccessController getAccessController() {
                if (access == null) {
                    access = new AccessLevelFirst(this);
                }
                return access;
            }
        };
    }

    @Override
    public Map<WriteValue, AccessResult> checkWriteAccess(Session session, List<WriteValue> writes) {
        Map<WriteValue, AccessResult> results = new LinkedHashMap<>(super.checkWriteAccess(session, writes));
        results.replaceAll((write, result) -> result.equals(AccessResult.DENIED_USER_ACCESS) && notWritable(write)
                ? new AccessResult.Denied(StatusCodes.Bad_NotWritable)
                : result);
        return results;
    }

    private boolean notWritable(WriteValue write) {
        return write.getAttributeId().equals(AttributeId.Value.uid())
                && server.getAddressSpaceManager()
                        .getManagedNode(write.getNodeId())
                        .filter(UaVariableNode.class::isInstance)
                        .map(node -> !AccessLevel.fromValue(((UaVariableNode) node).getAccessLevel())
                                .contains(AccessLevel.CurrentWrite))
                        .orElse(false);
    }
}
