// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import io.objectbus.component.ObjectBusComponent;
import java.nio.file.Path;
import java.util.Map;
import org.apache.camel.CamelContext;
import org.apache.camel.FailedToCreateRouteException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * What is wrong with a route file, in one line a user can act on: where (line and column, which Camel's YAML parser
 * gives, or the line of the route that could not be made) and what. The file's text is never quoted: it may hold
 * passwords.
 */
final class RouteFileProblem {

    private RouteFileProblem() {}

    /** "line 6, column 11: Unknown node id: tooo", or the error without a place when none is known. */
    static String of(Throwable error, Map<String, Integer> routeLines) {
        for (Throwable cause = error; cause != null; cause = next(cause)) {
            if (cause instanceof MarkedYamlEngineException yaml) {
                return yaml(yaml);
            }
            if (cause instanceof FailedToCreateRouteException route) {
                Integer line = routeLines.get(route.getRouteId());
                if (line != null && line > 0) {
                    return "line " + line + ", route " + route.getRouteId() + ": " + message(rootCause(route));
                }
                if (line != null) { // a templated route: Camel's YAML parser gives it no line
                    return "templated route " + route.getRouteId() + ": " + message(rootCause(route));
                }
            }
        }
        return message(error);
    }

    /** The error and, when another lies below it, its root cause. */
    static String message(Throwable error) {
        Throwable root = rootCause(error);
        String top = firstLine(error.getMessage());
        return root == error || top.contains(firstLine(root.getMessage()))
                ? top
                : top + " (" + firstLine(root.getMessage()) + ")";
    }

    static String source(Path file) {
        return "route file " + file;
    }

    /** On the bus's {@code $errors} (which logs it too), or in the log alone while the bus does not run. */
    static void report(CamelContext context, Path file, String reason) {
        ObjectBusComponent bus = context.hasComponent("objectbus") instanceof ObjectBusComponent c ? c : null;
        if (bus != null && bus.getBus() != null) {
            bus.getBus().errors().report(source(file), reason, null);
        } else {
            DropInRoutes.LOG.error("Route file {}: {}", file, reason);
        }
    }

    private static String yaml(MarkedYamlEngineException yaml) {
        String problem = yaml.getProblem() == null ? firstLine(yaml.getMessage()) : yaml.getProblem();
        String context = yaml.getContext() == null ? "" : " (" + yaml.getContext() + ")";
        Mark mark = yaml.getProblemMark().or(yaml::getContextMark).orElse(null);
        String where = mark == null ? "" : "line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ": ";
        return where + problem.trim() + context;
    }

    private static Throwable next(Throwable cause) {
        return cause.getCause() == cause ? null : cause.getCause();
    }

    private static Throwable rootCause(Throwable error) {
        Throwable root = error;
        while (next(root) != null) {
            root = next(root);
        }
        return root;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
