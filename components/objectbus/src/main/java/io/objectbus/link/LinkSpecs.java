// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link;

import io.objectbus.component.ObjectBusComponent;
import io.objectbus.link.internal.ConnectionSettings;
import io.objectbus.link.internal.LinkSpec;
import io.objectbus.link.internal.Mapping;
import io.objectbus.link.internal.Selection;
import io.objectbus.link.internal.bridge.CloudMappings;
import io.objectbus.model.Ids;
import java.nio.file.Path;
import java.time.Duration;

/** Turns an endpoint's options into a link specification, refusing what cannot work with a clear reason. */
final class LinkSpecs {

    private LinkSpecs() {}

    static LinkSpec of(String name, LinkConfiguration c, ObjectBusComponent objectBus) {
        if (c.getUrl() == null || c.getUrl().isBlank()) {
            throw new IllegalArgumentException("link " + name + " needs the url of the far broker");
        }
        boolean router = c.getFormat() == null;
        if (router) {
            Ids.require(c.getRemoteNode(), "remote node (remoteNode) of link " + name + ":");
        }
        String localNode = objectBus.getNodeId();
        Selection.Rules rules = new Selection.Rules(
                objectBus.getPrefix(),
                localNode,
                router ? c.getRemoteNode() : null,
                Selection.list(c.getNodes()),
                Selection.list(c.getTypes()),
                Selection.list(c.getTags()),
                c.getTransit() == null ? router : c.getTransit(),
                c.getMaxHops());
        Mapping bridge = router ? null : CloudMappings.of(c.getFormat(), c.getTopicTemplate(), c.getSite(), rules);
        return new LinkSpec(
                name,
                connection(name, localNode, c),
                rules,
                bridge,
                c.getMaxStoreBytes(),
                c.getWindow(),
                Duration.ofMillis(c.getReplyTimeout()));
    }

    private static ConnectionSettings connection(String name, String localNode, LinkConfiguration c) {
        return new ConnectionSettings(
                c.getUrl(),
                "objectbus-link-" + localNode + "-" + name,
                c.getUsername(),
                c.getPassword(),
                path(c.getKeyStore()),
                c.getKeyStorePassword(),
                path(c.getTrustStore()),
                c.getTrustStorePassword(),
                c.isHostnameVerification(),
                Duration.ofMillis(c.getKeepAlive()),
                Duration.ofMillis(c.getReconnectDelay()),
                Duration.ofMillis(c.getReconnectMaxDelay()));
    }

    private static Path path(String file) {
        return file == null || file.isBlank() ? null : Path.of(file);
    }
}
