// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import org.apache.camel.CamelContext;
import org.apache.camel.cluster.CamelClusterEventListener;
import org.apache.camel.cluster.CamelClusterService;
import org.apache.camel.cluster.CamelClusterView;

/**
 * Once-per-site route files ({@code <name>-once-per-site.camel.yaml}): their routes run on the one member of the
 * cluster that holds the lease named after the file, and move to another member when it is lost. A node that is not
 * a cluster member holds every lease; a member without a lease service ({@link SiteLeaseService}) holds none.
 */
final class SiteLeases {

    // No dot before the marker: Camel picks a file's loader by everything after the first dot of its name.
    static final String SUFFIX = "-once-per-site" + DropInRoutes.SUFFIX;

    private final CamelClusterService service;
    private final boolean clustered;
    private final Map<Path, CamelClusterView> views = new ConcurrentHashMap<>();
    private final Map<Path, CamelClusterEventListener.Leadership> listeners = new ConcurrentHashMap<>();
    /** Leadership changes come on the lease's own thread; they are handled on this one, in order. */
    private final ExecutorService events = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "objectbus-site-leases");
        thread.setDaemon(true);
        return thread;
    });

    private SiteLeases(CamelClusterService service, boolean clustered) {
        this.service = service;
        this.clustered = clustered;
    }

    static SiteLeases of(CamelContext context) {
        boolean clustered = Integer.parseInt(context.getPropertiesComponent()
                        .resolveProperty("objectbus.cluster.port")
                        .orElse("0")
                        .trim())
                > 0;
        return new SiteLeases(context.hasService(CamelClusterService.class), clustered);
    }

    static boolean isOncePerSite(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith(SUFFIX);
    }

    /** The lease's name: the file's name without its suffix, the same on every member. */
    static String leaseName(Path file) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length());
    }

    /** Why the file cannot run here at all, or null. */
    String unusable() {
        return clustered && service == null
                ? "a once-per-site file needs a lease on a cluster member: set " + SiteLeaseService.LEASE_DIR
                        + " (a folder every member reaches) or " + SiteLeaseService.LEASE + "=raft"
                : null;
    }

    /** Whether this member holds the file's lease now. */
    boolean held(Path file) {
        if (service == null) {
            return !clustered;
        }
        CamelClusterView view = views.get(file);
        return view != null && view.getLocalMember().isLeader();
    }

    /** Asks for the file's lease; the listener hears each change of who holds it, as whether this member does. */
    void watch(Path file, BiConsumer<Path, Boolean> listener) throws Exception {
        if (service == null || views.containsKey(file)) {
            return;
        }
        CamelClusterView view = service.getView(SiteLeaseService.namespace(service, leaseName(file)));
        CamelClusterEventListener.Leadership heard = (v, leader) ->
                events.execute(() -> listener.accept(file, v.getLocalMember().isLeader()));
        views.put(file, view);
        listeners.put(file, heard);
        view.addEventListener(heard);
    }

    /** The file is gone: its lease is given up. */
    void forget(Path file) {
        CamelClusterView view = views.remove(file);
        if (view != null) {
            // Under Raft the view is shared with the other files: it must stop telling this one.
            view.removeEventListener(listeners.remove(file));
            try {
                service.releaseView(view);
            } catch (Exception e) {
                DropInRoutes.LOG.warn("Lease {} could not be given up: {}", leaseName(file), e.toString());
            }
        }
    }
}
