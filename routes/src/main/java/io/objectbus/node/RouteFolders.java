// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import org.apache.camel.CamelContext;

/** What other parts of the node may ask about the route folders ({@code objectbus.routes.folders}). */
public final class RouteFolders {

    private RouteFolders() {}

    /** Whether the node has loaded its route files once: their routes exist (or were reported broken) from then on. */
    public static boolean loaded(CamelContext context) {
        DropInRoutes routes = context.hasService(DropInRoutes.class);
        return routes != null && routes.isStarted();
    }
}
