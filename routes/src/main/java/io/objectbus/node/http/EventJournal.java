// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.objectbus.bus.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recent events in the node's data folder, so that {@code GET /api/events} has them again after a restart: one
 * JSON document a line, appended as each event comes, rewritten with only the kept ones at the start and whenever it
 * has grown to twice their number. A file it cannot write is logged once and leaves the events in memory only.
 */
final class EventJournal {

    private static final Logger LOG = LoggerFactory.getLogger(EventJournal.class);

    private final Path file;
    private BufferedWriter out;
    private int lines;
    private boolean failed;

    EventJournal(Path file) {
        this.file = file;
    }

    /**
     * The entries of the file, oldest first; lines it cannot read (a line cut by a crash) are left out. A cut may end
     * inside a character of several bytes: the bytes are decoded leniently, so that only that line is lost, not the
     * file (a strict decoder fails on the whole file).
     */
    List<Map<String, Object>> read() {
        List<Map<String, Object>> entries = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return entries;
        }
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            text.lines().map(EventJournal::entry).filter(Objects::nonNull).forEach(entries::add);
        } catch (IOException e) {
            LOG.warn("The recent events of {} cannot be read ({}): /api/events starts empty", file, e.toString());
        }
        return entries;
    }

    private static Map<String, Object> entry(String line) {
        try {
            JsonNode json = Json.parse(line.getBytes(StandardCharsets.UTF_8));
            if (!json.path("event").isObject() || !json.path("node").isTextual()) {
                return null;
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("node", json.path("node").asText());
            entry.put("object", json.path("object").asText());
            entry.put("ts", json.path("ts").asText(null));
            entry.put("event", json.path("event"));
            return entry;
        } catch (IOException e) {
            return null;
        }
    }

    /** Appends one entry; rewrites the file with the kept entries once it has twice as many lines as may be kept. */
    synchronized void append(Map<String, Object> entry, int capacity, Supplier<List<Map<String, Object>>> kept) {
        if (failed) {
            return;
        }
        if (lines >= 2 * capacity) {
            rewrite(kept.get());
            return;
        }
        try {
            if (out == null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
                out = Files.newBufferedWriter(
                        file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            }
            out.write(new String(Json.bytes(entry), StandardCharsets.UTF_8));
            out.newLine();
            out.flush();
            lines++;
        } catch (IOException e) {
            fail(e);
        }
    }

    /** Replaces the file with these entries: written beside it, then moved over it, so a crash leaves one whole. */
    synchronized void rewrite(Iterable<Map<String, Object>> kept) {
        if (failed) {
            return;
        }
        try {
            closeWriter();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path next = file.resolveSibling(file.getFileName() + ".next");
            int written = 0;
            try (BufferedWriter writer = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
                for (Map<String, Object> entry : kept) {
                    writer.write(new String(Json.bytes(entry), StandardCharsets.UTF_8));
                    writer.newLine();
                    written++;
                }
            }
            Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            lines = written;
        } catch (IOException e) {
            fail(e);
        }
    }

    synchronized void close() {
        try {
            closeWriter();
        } catch (IOException e) {
            fail(e);
        }
    }

    private void closeWriter() throws IOException {
        if (out != null) {
            out.close();
            out = null;
        }
    }

    private void fail(IOException e) {
        failed = true;
        LOG.warn(
                "The recent events cannot be kept in {} ({}): /api/events will not have them after a restart",
                file,
                e.toString());
    }
}
