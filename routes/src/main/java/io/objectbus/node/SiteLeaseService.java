// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.component.file.cluster.FileLockClusterService;

/**
 * The lease that once-per-site route files run under ({@code objectbus.cluster.lease-dir}): Camel's file lock cluster
 * service on a folder every member of the site reaches. The holder of a file's lock keeps it by writing a heartbeat;
 * when the holder dies the operating system frees the lock and another member takes it once the heartbeat is stale.
 */
final class SiteLeaseService {

    static final String LEASE_DIR = "objectbus.cluster.lease-dir";
    static final String LEASE_INTERVAL = "objectbus.cluster.lease-interval";

    private SiteLeaseService() {}

    /** Adds the lease service to the context when a lease folder is set; none otherwise. */
    static void register(CamelContext context) throws Exception {
        String dir = property(context, LEASE_DIR, "");
        if (dir.isBlank()) {
            return;
        }
        Path root = Path.of(dir).toAbsolutePath();
        try {
            Files.createDirectories(root);
        } catch (Exception e) {
            throw new NodeStartException(LEASE_DIR + " " + root + " cannot be made: " + e.getMessage(), e);
        }
        long interval = Long.parseLong(property(context, LEASE_INTERVAL, "2000").trim());
        FileLockClusterService service = new FileLockClusterService();
        service.setId(property(context, "camel.component.objectbus.node-id", "objectbus"));
        service.setRoot(root.toString());
        service.setAcquireLockDelay(interval, TimeUnit.MILLISECONDS);
        service.setAcquireLockInterval(interval, TimeUnit.MILLISECONDS);
        context.addService(service, true, true);
    }

    private static String property(CamelContext context, String name, String defaultValue) {
        return context.getPropertiesComponent().resolveProperty(name).orElse(defaultValue);
    }
}
