// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the YAML route files of the route folders one by one, so that a broken file is logged and skipped instead of
 * keeping the node from starting. Changed files are reloaded by Camel's route reload watcher.
 */
final class DropInRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(DropInRoutes.class);
    static final String SUFFIX = ".camel.yaml";

    private DropInRoutes() {}

    /** Loads every route file of the folders and returns how many failed. */
    static int load(CamelContext context, List<Path> folders) {
        int failed = 0;
        for (Path folder : folders) {
            for (Path file : routeFiles(folder)) {
                if (!load(context, file)) {
                    failed++;
                }
            }
        }
        return failed;
    }

    private static boolean load(CamelContext context, Path file) {
        try {
            Resource resource = ResourceHelper.resolveMandatoryResource(context, "file:" + file.toAbsolutePath());
            PluginHelper.getRoutesLoader(context).loadRoutes(resource);
            return true;
        } catch (Exception e) {
            LOG.error(
                    "Route file {} was not loaded: {}. The other routes run; fix the file and save it to load it.",
                    file,
                    rootMessage(e));
            return false;
        }
    }

    private static List<Path> routeFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(SUFFIX))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            LOG.error("Cannot list route folder {}: {}", folder, e.toString());
            return List.of();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == e ? String.valueOf(e.getMessage()) : e.getMessage() + " (" + cause.getMessage() + ")";
    }
}
