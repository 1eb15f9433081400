// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua.model;

import java.util.List;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;

/**
 * An Object (or folder) node with the Variables it holds, as a browse found it.
 *
 * @param address the node id with its namespace URI ({@code nsu=...;s=...}), stable across server restarts
 * @param path the browse names from the browse root down to this node; empty for the root itself
 * @param rootName the browse name of the browse root the node was found under
 * @param typeName the browse name of the node's type definition ({@code FolderType}, {@code BaseObjectType}, ...)
 */
public record UaObject(
        NodeId nodeId,
        String address,
        String rootName,
        List<String> path,
        String displayName,
        String description,
        String typeName,
        List<UaVariable> variables) {

    public UaObject {
        path = List.copyOf(path);
        variables = List.copyOf(variables);
    }
}
