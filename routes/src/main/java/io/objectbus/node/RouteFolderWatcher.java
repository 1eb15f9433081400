// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches the route folders (the JDK's WatchService: inotify on Linux) and hands each route file that changed to the
 * listener once a save has settled: an editor's save is several events (truncate, write, rename), and the listener
 * then reads the file as it is.
 */
final class RouteFolderWatcher implements AutoCloseable {

    /** What to do with a file; called on the watcher's thread, one file at a time. */
    interface Listener {
        void changed(Path file);

        /** Events were lost: look at every file again. */
        void rescan();
    }

    /** Events closer than this belong to one save. */
    private static final long SETTLE_MILLIS = 150;

    private final WatchService service;
    private final Listener listener;
    private final Thread thread;

    /** Registers the folders at once, so that nothing saved from now on is missed; {@link #start()} then reports. */
    RouteFolderWatcher(List<Path> folders, Listener listener) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.listener = listener;
        for (Path folder : folders) {
            folder.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE);
        }
        this.thread = new Thread(this::run, "objectbus-route-files");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    private void run() {
        try {
            while (true) {
                Set<Path> files = new LinkedHashSet<>();
                boolean lost = collect(service.take(), files);
                for (WatchKey key = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
                        key != null;
                        key = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) {
                    lost |= collect(key, files);
                }
                report(files, lost);
            }
        } catch (ClosedWatchServiceException | InterruptedException e) {
            // closed with the node
        }
    }

    private static boolean collect(WatchKey key, Set<Path> files) {
        boolean lost = false;
        Path folder = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW) {
                lost = true;
            } else if (event.context() instanceof Path name && DropInRoutes.isRouteFile(name)) {
                files.add(folder.resolve(name));
            }
        }
        key.reset();
        return lost;
    }

    private void report(Set<Path> files, boolean lost) {
        try {
            if (lost) {
                listener.rescan();
            } else {
                files.forEach(listener::changed);
            }
        } catch (RuntimeException e) {
            DropInRoutes.LOG.error("Route files {} not applied", files, e);
        }
    }

    @Override
    public void close() throws IOException {
        service.close();
    }

    /** The route files of a folder (not of its subfolders), by name; none when it is not there or cannot be listed. */
    static List<Path> routeFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(DropInRoutes::isRouteFile).sorted().toList();
        } catch (IOException e) {
            DropInRoutes.LOG.error("Cannot list route folder {}: {}", folder, e.toString());
            return List.of();
        }
    }
}
