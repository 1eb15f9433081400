// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.camel.CamelContext;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.component.file.cluster.FileLockClusterService;

/**
 * The lease that once-per-site route files run under. With {@code objectbus.cluster.lease-dir}: Camel's file lock cluster
 * service on a folder every member of the site reaches; with {@code objectbus.cluster.lease=raft}: a Raft group among
 * the members ({@link RaftLeaseService}). The holder of a file's lock keeps it by writing a heartbeat;
 * when the holder dies the operating system frees the lock and another member takes it once the heartbeat is stale.
 */
final class SiteLeaseService {

    static final String LEASE = "objectbus.cluster.lease";
    static final String LEASE_DIR = "objectbus.cluster.lease-dir";
    static final String LEASE_INTERVAL = "objectbus.cluster.lease-interval";
    private static final String NODE_ID = "camel.component.objectbus.node-id";

    private SiteLeaseService() {}

    /** Adds the lease service to the context: Raft, or a file lock when a lease folder is set; none otherwise. */
    static void register(CamelContext context) throws Exception {
        String kind = property(context, LEASE, "file").trim();
        long interval = interval(context);
        if (kind.equals("raft")) {
            RaftLeaseService.register(
                    context,
                    property(context, NODE_ID, "objectbus"),
                    Path.of(property(context, "objectbus.broker.data-dir", "data")),
                    interval);
        } else if (kind.equals("file")) {
            registerFileLock(context, interval);
        } else {
            throw new NodeStartException(LEASE + " must be file or raft, not " + kind, null);
        }
    }

    /** The lease a once-per-site file asks for: its own under a file lock, the one shared lease under Raft. */
    static String namespace(CamelClusterService service, String lease) {
        return service instanceof RaftLeaseService ? RaftLeaseService.NAMESPACE : lease;
    }

    private static long interval(CamelContext context) {
        String text = property(context, LEASE_INTERVAL, "2000").trim();
        try {
            long interval = Long.parseLong(text);
            if (interval > 0) {
                return interval;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new NodeStartException(LEASE_INTERVAL + " must be a number of milliseconds above 0, not " + text, null);
    }

    private static void registerFileLock(CamelContext context, long interval) throws Exception {
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
        FileLockClusterService service = new FileLockClusterService();
        service.setId(property(context, NODE_ID, "objectbus"));
        service.setRoot(root.toString());
        service.setAcquireLockDelay(interval, TimeUnit.MILLISECONDS);
        service.setAcquireLockInterval(interval, TimeUnit.MILLISECONDS);
        context.addService(service, true, true);
    }

    private static String property(CamelContext context, String name, String defaultValue) {
        return context.getPropertiesComponent().resolveProperty(name).orElse(defaultValue);
    }
}
