// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bus;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small file in the node's data folder that says whether the node runs and when it was last seen alive, rewritten
 * every {@link #INTERVAL}. At the next start it tells how the previous run ended: stopped cleanly (the file says so),
 * or crashed (the file still says running: the node died at most one interval after it was last seen alive).
 */
final class RunMarker {

    static final Duration INTERVAL = Duration.ofSeconds(5);
    static final String FILE = "objectbus-run.json";

    /**
     * How the previous run ended.
     *
     * @param end {@code stopped} (a clean stop) or {@code crashed} (killed, out of memory, power cut)
     * @param lastSeen when it stopped, or when it was last seen alive
     * @param started when it started; null if unknown
     */
    record PreviousRun(String end, String lastSeen, String started) {

        boolean crashed() {
            return end.equals("crashed");
        }

        Map<String, Object> describe() {
            Map<String, Object> run = new LinkedHashMap<>();
            run.put("end", end);
            run.put("lastSeen", lastSeen);
            if (started != null) {
                run.put("started", started);
            }
            return run;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(RunMarker.class);

    private final Path file;
    private final Clock clock;
    private String started;
    private volatile boolean warned;

    RunMarker(Path folder, Clock clock) {
        this.file = folder.resolve(FILE);
        this.clock = clock;
    }

    /** Reads how the previous run ended, null for a first run, then marks this run, started then, as running. */
    PreviousRun begin(String startedAt) {
        PreviousRun previous = read();
        started = startedAt;
        write("running", started);
        return previous;
    }

    /** The node is alive now. */
    void alive() {
        write("running", now());
    }

    /** The node stopped cleanly, at that time. */
    void stopped(String at) {
        write("stopped", at);
    }

    private PreviousRun read() {
        if (!Files.exists(file)) {
            return null;
        }
        try {
            JsonNode run = Json.parse(Files.readAllBytes(file));
            String end = run.path("run").asText().equals("stopped") ? "stopped" : "crashed";
            return new PreviousRun(
                    end, run.path("lastSeen").asText(null), run.path("started").asText(null));
        } catch (IOException | RuntimeException e) {
            LOG.warn("Cannot read {} ({}): how the previous run ended is unknown", file, e.toString());
            return null;
        }
    }

    /** Written beside and moved over the marker, so that a crash while writing leaves the previous one whole. */
    private void write(String run, String lastSeen) {
        Map<String, Object> marker = new LinkedHashMap<>();
        marker.put("run", run);
        marker.put("started", started);
        marker.put("lastSeen", lastSeen);
        Path next = file.resolveSibling(FILE + ".next");
        try {
            Files.createDirectories(file.getParent());
            Files.write(next, Json.bytes(marker));
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!warned) {
                warned = true;
                LOG.warn("Cannot write {} ({}): a crash of this run will not be told at the next start", file, e);
            }
        }
    }

    private String now() {
        return Json.timestamp(clock.instant());
    }
}
