// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.camel.CamelContext;
import org.apache.camel.support.service.ServiceSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The route files of the route folders, each on its own: loaded at start and, while the node runs, loaded when saved,
 * made again when changed and removed when deleted, whatever they hold (routes, templated routes, routes that use
 * kamelets). A file owns the routes it made. A broken file is reported on {@code $errors} and in the log and blocks
 * no other; a file broken by an edit keeps its previous version running until it is fixed or deleted: a new version is
 * parsed and checked ({@link RouteFileCheck}) before the previous one stops.
 */
final class DropInRoutes extends ServiceSupport implements RouteFolderWatcher.Listener {

    static final Logger LOG = LoggerFactory.getLogger(DropInRoutes.class);
    static final String SUFFIX = ".camel.yaml";
    /** Hot reload of the route folders, on unless set to false. */
    static final String RELOAD = "objectbus.routes.reload";

    /** What a file held when it was applied, and the routes it made then. */
    private record Applied(String content, List<String> routeIds) {}

    private final CamelContext context;
    private final List<Path> folders;
    private final boolean reload;
    private final RouteFileLoader loader;
    private final RouteFileCheck check;
    private final SiteLeases leases;
    private final LeaseGuard guard;
    private final Map<Path, Applied> applied = new LinkedHashMap<>();
    private final Map<Path, String> broken = new HashMap<>();
    private RouteFolderWatcher watcher;

    private DropInRoutes(CamelContext context, List<Path> folders, boolean reload) {
        this.context = context;
        this.folders = folders;
        this.reload = reload;
        this.loader = new RouteFileLoader(context);
        this.check = new RouteFileCheck(context);
        this.leases = SiteLeases.of(context);
        this.guard = new LeaseGuard(leases::held);
        context.addRoutePolicyFactory(guard);
    }

    /** Loads the route files of the folders and, unless {@value #RELOAD} is false, watches them until the node stops. */
    static void start(CamelContext context, List<Path> folders) throws Exception {
        boolean reload = context.getPropertiesComponent()
                .resolveProperty(RELOAD)
                .map(Boolean::parseBoolean)
                .orElse(true);
        context.addService(new DropInRoutes(context, folders, reload), true, true);
    }

    static boolean isRouteFile(Path file) {
        return file.getFileName() != null && file.getFileName().toString().endsWith(SUFFIX);
    }

    @Override
    protected void doStart() {
        if (reload) {
            try {
                watcher = new RouteFolderWatcher(
                        folders.stream().filter(Files::isDirectory).toList(), this);
            } catch (IOException e) {
                LOG.error(
                        "Route folders {} cannot be watched ({}): files saved from now on wait for a restart",
                        folders,
                        e.toString());
            }
        }
        rescan();
        if (watcher != null) {
            watcher.start();
            LOG.info("Route folders {} loaded; files saved, changed or deleted there apply at once", folders);
        }
    }

    @Override
    protected void doStop() throws IOException {
        if (watcher != null) {
            watcher.close();
        }
    }

    @Override
    public synchronized void rescan() {
        Set<Path> present = new LinkedHashSet<>();
        folders.forEach(folder -> present.addAll(RouteFolderWatcher.routeFiles(folder)));
        present.forEach(this::changed);
        Set<Path> gone = new LinkedHashSet<>(applied.keySet());
        gone.addAll(broken.keySet());
        gone.removeAll(present);
        gone.forEach(this::deleted);
    }

    @Override
    public synchronized void changed(Path file) {
        String content;
        try {
            content = Files.readString(file);
        } catch (NoSuchFileException e) {
            deleted(file);
            return;
        } catch (IOException e) {
            LOG.error("Route file {} cannot be read: {}", file, e.toString());
            return;
        }
        if (SiteLeases.isOncePerSite(file) && !leaseHeld(file, content)) {
            return;
        }
        Applied before = applied.get(file);
        // A running version saved again unchanged stays as it is (said once when it ends a broken edit); a broken one
        // saved again is reported again, as every save of a broken file is. An editor empties a file before it writes
        // it: to remove a file's routes,
        // delete the file.
        boolean running = before != null && before.content().equals(content);
        if (running && broken.remove(file) != null) {
            LOG.info(
                    "Route file {} is back to its running version: routes {} go on unchanged", file, before.routeIds());
        }
        if (!running && !content.isBlank()) {
            apply(file, content, before);
        }
    }

    /**
     * Whether this member holds the lease of a once-per-site file, asking for it first; a file whose lease is held
     * elsewhere waits, and runs here when the lease comes ({@link #leaseChanged}).
     */
    private boolean leaseHeld(Path file, String content) {
        String unusable = leases.unusable();
        if (unusable != null) {
            broken(file, content, unusable, null);
            return false;
        }
        try {
            leases.watch(file, this::leaseChanged);
        } catch (Exception e) {
            broken(file, content, "its lease " + SiteLeases.leaseName(file) + " cannot be asked for: " + e, null);
            return false;
        }
        if (!leases.held(file)) {
            LOG.info("Route file {} runs once per site: another member holds it, this one waits", file);
            return false;
        }
        return true;
    }

    /** This member took or lost a once-per-site file's lease: its routes start here, or stop here. */
    private synchronized void leaseChanged(Path file, boolean held) {
        if (held) {
            LOG.info("Route file {}: this member holds its lease", file);
            changed(file);
            return;
        }
        Applied before = applied.remove(file);
        if (before != null) {
            loader.remove(before.routeIds());
            LOG.info("Route file {}: another member holds its lease; routes {} stopped here", file, before.routeIds());
        }
    }

    /** Parses and checks the new version while the previous one still runs: only a version that passes stops it. */
    private void apply(Path file, String content, Applied before) {
        RouteFileLoader.Parsed parsed = null;
        try {
            parsed = loader.parse(file, content, takenBy(file));
            check.check(parsed);
        } catch (Exception e) {
            broken(file, content, RouteFileProblem.of(e, parsed == null ? Map.of() : parsed.routeLines()), before);
            return;
        }
        replace(file, before, parsed, content);
    }

    private void replace(Path file, Applied before, RouteFileLoader.Parsed parsed, String content) {
        if (before != null) {
            loader.remove(before.routeIds());
            applied.remove(file);
        }
        try {
            List<String> routeIds = add(file, parsed);
            applied.put(file, new Applied(content, routeIds));
            broken.remove(file);
            LOG.info("Route file {} {}: routes {}", file, before == null ? "loaded" : "applied again", routeIds);
        } catch (RouteFileLoader.AddFailed e) {
            broken(file, content, RouteFileProblem.of(e.getCause(), parsed.routeLines()), before);
            if (before != null) {
                restore(file, before);
            }
        }
    }

    /** The version that ran before a broken edit runs again; it did a moment ago. */
    private void restore(Path file, Applied before) {
        try {
            List<String> routeIds = add(file, loader.parse(file, before.content(), takenBy(file)));
            applied.put(file, new Applied(before.content(), routeIds));
        } catch (Exception e) {
            LOG.error("Route file {}: its previous version could not be made again: {}", file, e.getMessage());
        }
    }

    /** A once-per-site file's routes are made with the lease's guard on each of them. */
    private List<String> add(Path file, RouteFileLoader.Parsed parsed) throws RouteFileLoader.AddFailed {
        guard.loading(SiteLeases.isOncePerSite(file) ? file : null);
        try {
            return loader.add(parsed);
        } finally {
            guard.loaded();
        }
    }

    private void deleted(Path file) {
        leases.forget(file);
        broken.remove(file);
        Applied before = applied.remove(file);
        if (before != null) {
            loader.remove(before.routeIds());
            LOG.info("Route file {} deleted: routes {} removed", file, before.routeIds());
        }
    }

    /** Reported on $errors and in the log, with what became of the file's routes. */
    private void broken(Path file, String content, String problem, Applied before) {
        broken.put(file, content);
        String reason = problem
                + (before == null
                        ? "; the file was not loaded: fix it and save it"
                        : "; its previous version keeps running until the file is fixed or deleted");
        RouteFileProblem.report(context, file, reason);
    }

    /** The route ids the file may not use: those of the node's other files (by file) and of the node itself. */
    private Map<String, Path> takenBy(Path file) {
        Map<String, Path> owners = new HashMap<>();
        applied.forEach((other, what) -> what.routeIds().forEach(id -> owners.put(id, other)));
        Map<String, Path> taken = new HashMap<>();
        for (String id : loader.routeIds()) {
            Path owner = owners.get(id);
            if (!file.equals(owner)) {
                taken.put(id, owner);
            }
        }
        return taken;
    }
}
