// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.objectbus.bus.Json;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The events journal after a crash in the middle of writing its last line: the node starts again with the whole lines
 * (as {@link EventLog} does: read, rewrite, then append), and what comes next is kept on lines of its own.
 */
class EventJournalTest {

    private static final int CAPACITY = 200;

    @TempDir
    Path dir;

    @Test
    void aLastLineCutByACrashIsLeftOutAndTheEventsAfterTheRestartAreKept() throws Exception {
        Path file = dir.resolve("events.jsonl");
        byte[] third = line(entry("lamp-3", "lamp-failure"));
        write(file, line(entry("lamp-1", "lamp-failure")), line(entry("lamp-2", "lamp-failure")), cut(third, 20));

        List<Map<String, Object>> kept = restart(file, entry("lamp-4", "lamp-failure"));

        assertThat(objects(kept)).containsExactly("lamp-1", "lamp-2");
        assertThat(objects(new EventJournal(file).read())).containsExactly("lamp-1", "lamp-2", "lamp-4");
    }

    @Test
    void aLastLineCutInsideAMultiByteCharacterLosesOnlyThatLine() throws Exception {
        Path file = dir.resolve("events.jsonl");
        // "Kühlraum" and "°C" are two bytes each in UTF-8: the crash cut the second byte of the "°".
        byte[] second = line(entry("kühlraum-2", "zu warm: 9 °C"));
        int cutAt = indexOf(second, "°".getBytes(StandardCharsets.UTF_8)) + 1;
        write(file, line(entry("kühlraum-1", "zu warm: 8 °C")), cut(second, cutAt));

        List<Map<String, Object>> kept = restart(file, entry("kühlraum-3", "wieder kalt"));

        assertThat(objects(kept)).containsExactly("kühlraum-1");
        assertThat(objects(new EventJournal(file).read())).containsExactly("kühlraum-1", "kühlraum-3");
    }

    /** What a node's start does with the journal, then one new event; returns what it read. */
    private static List<Map<String, Object>> restart(Path file, Map<String, Object> next) {
        EventJournal journal = new EventJournal(file);
        List<Map<String, Object>> read = journal.read();
        List<Map<String, Object>> all = new ArrayList<>(read);
        journal.rewrite(all);
        all.add(next);
        journal.append(next, CAPACITY, () -> all);
        journal.close();
        return read;
    }

    private static Map<String, Object> entry(String object, String alarm) throws Exception {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("node", "n1");
        entry.put("object", object);
        entry.put("ts", "2026-12-04T10:00:00Z");
        entry.put(
                "event",
                Json.parse(("{\"alarm\":\"" + alarm + "\",\"active\":true}").getBytes(StandardCharsets.UTF_8)));
        return entry;
    }

    private static byte[] line(Map<String, Object> entry) {
        byte[] json = Json.bytes(entry);
        byte[] line = Arrays.copyOf(json, json.length + 1);
        line[json.length] = '\n';
        return line;
    }

    private static byte[] cut(byte[] line, int length) {
        return Arrays.copyOf(line, length);
    }

    private static void write(Path file, byte[]... parts) throws Exception {
        for (byte[] part : parts) {
            Files.write(file, part, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(bytes, i, i + part.length), part)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not found");
    }

    private static List<String> objects(List<Map<String, Object>> entries) {
        return entries.stream().map(e -> String.valueOf(e.get("object"))).toList();
    }
}
