// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * A small Helvar router for tests and simulations, on a server socket it is given: one TCP client at a time, ASCII HelvarNet (parameters in any order, as "Message Formatting"
 * allows), devices with a level in percent, Designer groups and scenes of block 1. It answers the queries 104, 112,
 * 152 and 164, applies 11..14, and answers error 11 for a device it does not have and error 1 for anything else.
 */
public final class HelvarNetRouter implements AutoCloseable {

    private final ServerSocket server;
    private final Map<String, Integer> levels = new ConcurrentHashMap<>();
    private final Map<String, Set<Integer>> groups = new ConcurrentHashMap<>();
    private final Map<Integer, Map<String, Integer>> scenes = new ConcurrentHashMap<>();
    private final Set<String> lampFailures = ConcurrentHashMap.newKeySet();
    private final List<String> received = new CopyOnWriteArrayList<>();
    private volatile String garbage;

    public HelvarNetRouter(ServerSocket server) {
        this.server = server;
        Thread t = new Thread(this::serve, "helvarnet-router");
        t.setDaemon(true);
        t.start();
    }

    /** A device in these Designer groups (a device may be in several, as in Designer). */
    public HelvarNetRouter withDevice(String device, int... groupNumbers) {
        levels.put(device, 0);
        groups.put(device, Arrays.stream(groupNumbers).boxed().collect(Collectors.toSet()));
        return this;
    }

    public HelvarNetRouter scene(int scene, String device, int percent) {
        scenes.computeIfAbsent(scene, s -> new ConcurrentHashMap<>()).put(device, percent);
        return this;
    }

    public void lampFailure(String device) {
        lampFailures.add(device);
    }

    public void answerGarbage(String answer) {
        garbage = answer;
    }

    public int level(String device) {
        return levels.getOrDefault(device, -1);
    }

    /** Commands as received, without their closing {@code #}. */
    public List<String> received() {
        return received;
    }

    private void serve() {
        while (!server.isClosed()) {
            serveOne();
        }
    }

    private void serveOne() {
        try (Socket s = server.accept()) {
            InputStream in = s.getInputStream();
            OutputStream out = s.getOutputStream();
            StringBuilder command = new StringBuilder();
            int c;
            while ((c = in.read()) >= 0) {
                if (c != '#') {
                    command.append((char) c);
                    continue;
                }
                received.add(command.toString());
                String answer = answer(command.toString());
                command.setLength(0);
                if (answer != null) {
                    out.write((answer + "#").getBytes(StandardCharsets.US_ASCII));
                    out.flush();
                }
            }
        } catch (IOException e) {
            // The test ended.
        }
    }

    private String answer(String command) {
        String request = command.startsWith(">V:2,") ? command.substring(5) : command;
        Map<String, String> p = parameters(request);
        if (garbage != null) {
            return garbage;
        }
        String device = p.get("@");
        if (device != null && !levels.containsKey(device)) {
            return "!V:2," + request + "=11";
        }
        return switch (p.getOrDefault("C", "")) {
            case "11" -> apply(group(p.get("G")), scenes.getOrDefault(sceneOf(p), Map.of()));
            case "12" -> apply(List.of(device), scenes.getOrDefault(sceneOf(p), Map.of()));
            case "13" -> level(group(p.get("G")), p.get("L"));
            case "14" -> level(List.of(device), p.get("L"));
            case "104" -> "?V:2," + request + "=1";
            case "164" -> "?V:2," + request + "=" + String.join(",", group(p.get("G")));
            case "112" -> "?V:2," + request + "=" + (lampFailures.contains(device) ? 1 : 0);
            case "152" -> "?V:2," + request + "=" + levels.get(device);
            default -> "!V:2," + request + "=1";
        };
    }

    private static int sceneOf(Map<String, String> p) {
        return "1".equals(p.get("B")) ? Integer.parseInt(p.get("S")) : -1;
    }

    private List<String> group(String number) {
        return groups.entrySet().stream()
                .filter(e ->
                        e.getValue().stream().anyMatch(g -> String.valueOf(g).equals(number)))
                .map(Map.Entry::getKey)
                .toList();
    }

    private String apply(List<String> devices, Map<String, Integer> scene) {
        devices.stream().filter(scene::containsKey).forEach(d -> levels.put(d, scene.get(d)));
        return null;
    }

    private String level(List<String> devices, String percent) {
        int level = Math.max(0, Math.min(100, Integer.parseInt(percent)));
        devices.forEach(d -> levels.put(d, level));
        return null;
    }

    @Override
    public void close() throws IOException {
        server.close();
    }

    private static Map<String, String> parameters(String request) {
        Map<String, String> p = new HashMap<>();
        for (String part : request.split(",")) {
            if (part.startsWith("@")) {
                p.put("@", part);
            } else if (part.contains(":")) {
                p.put(part.substring(0, part.indexOf(':')), part.substring(part.indexOf(':') + 1));
            }
        }
        return p;
    }
}
