// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.objectbus.component.dali.GarbageAnswerException;
import io.objectbus.component.dali.frame.Address;
import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.DimmingCurve;
import io.objectbus.component.dali.frame.ForwardFrame;
import io.objectbus.component.dali.frame.GearCommand;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The HelvarNet transport against a small HelvarNet router in the test on 127.0.0.1 (commands as in Helvar's
 * "HelvarNet Overview": C:14 direct level to a device, C:152 query load level, C:104 query device type, error 11 for
 * a device that does not exist).
 */
class HelvarNetTransportTest {

    private static final Pattern COMMAND = Pattern.compile(">V:2,C:(\\d+),(?:L:(\\d+),F:\\d+,)?(@[\\d.]+)");

    private final Map<String, Integer> levels = new ConcurrentHashMap<>(Map.of("@1.2.1.4", 0));
    private final List<String> received = new CopyOnWriteArrayList<>();
    private volatile String garbage;
    private ServerSocket server;
    private DaliBus bus;

    @BeforeEach
    void start() throws IOException {
        server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::serve, "helvarnet-router");
        t.setDaemon(true);
        t.start();
        bus = new DaliBus(
                new HelvarNetTransport("127.0.0.1", server.getLocalPort(), "1.2.1", 2000, 1000),
                new BusTiming(1, 5),
                10,
                50,
                200);
        bus.start();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> LinkState.UP.equals(bus.state().state()));
    }

    @AfterEach
    void stop() throws IOException {
        bus.stop();
        server.close();
    }

    private void serve() {
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
                String answer = answer(command.toString());
                received.add(command.toString());
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
        Matcher m = COMMAND.matcher(command);
        if (!m.matches()) {
            return "!V:2,C:0=1";
        }
        String request = command.substring(5);
        if (garbage != null) {
            return garbage;
        }
        Integer level = levels.get(m.group(3));
        return switch (m.group(1)) {
            case "14" -> {
                levels.computeIfPresent(m.group(3), (k, v) -> Integer.parseInt(m.group(2)));
                yield null;
            }
            case "152" -> level == null ? "!V:2," + request + "=11" : "?V:2," + request + "=" + level;
            case "104" -> level == null ? "!V:2," + request + "=11" : "?V:2," + request + "=1";
            default -> "!V:2," + request + "=1";
        };
    }

    private BackwardFrame send(ForwardFrame frame) throws Exception {
        return bus.submit(List.of(frame), null).result().get(30, TimeUnit.SECONDS);
    }

    @Test
    void aDaliLevelBecomesADirectLevelInPercentOfTheDevice() throws Exception {
        send(ForwardFrame.dapc(Address.shortAddress(3), DimmingCurve.arc(50)));
        // A direct level has no answer: the router may take it after the bus went on.
        await().atMost(Duration.ofSeconds(30)).until(() -> !received.isEmpty());
        // Arc level 226 (nearest 50 %) is 50.6 % of light output: HelvarNet gets whole percent.
        assertEquals(">V:2,C:14,L:51,F:0,@1.2.1.4", received.get(0));
        assertEquals(51, levels.get("@1.2.1.4"));
        assertEquals(
                BackwardFrame.answer(DimmingCurve.arc(50)),
                send(ForwardFrame.command(Address.shortAddress(3), GearCommand.QUERY_ACTUAL_LEVEL)));
        send(ForwardFrame.command(Address.shortAddress(3), GearCommand.OFF));
        await().atMost(Duration.ofSeconds(30)).until(() -> levels.get("@1.2.1.4") == 0);
    }

    @Test
    void aDeviceThatDoesNotExistIsNoAnswer() throws Exception {
        assertEquals(
                BackwardFrame.answer(BackwardFrame.YES),
                send(ForwardFrame.command(Address.shortAddress(3), GearCommand.QUERY_CONTROL_GEAR_PRESENT)));
        assertEquals(
                BackwardFrame.none(),
                send(ForwardFrame.command(Address.shortAddress(9), GearCommand.QUERY_CONTROL_GEAR_PRESENT)));
    }

    @Test
    void aFrameHelvarNetCannotCarryIsRefusedAndTheLinkStays() throws Exception {
        ExecutionException e = assertThrows(
                ExecutionException.class,
                () -> send(ForwardFrame.command(Address.group(1), GearCommand.GO_TO_SCENE, 2)));
        assertTrue(
                e.getCause().getMessage().startsWith("HelvarNet carries no G1 GO_TO_SCENE 2"),
                e.getCause().getMessage());
        assertEquals(LinkState.UP, bus.state().state());
    }

    @Test
    void aGarbageAnswerFailsTheQueryWithWhatCame() throws Exception {
        garbage = "?V:9,C:1=zz";
        ExecutionException e = assertThrows(
                ExecutionException.class,
                () -> send(ForwardFrame.command(Address.shortAddress(3), GearCommand.QUERY_ACTUAL_LEVEL)));
        assertTrue(
                e.getCause().getMessage().contains("answered '?V:2,C:152")
                        || e.getCause().getMessage().contains("answered '?V:9,C:1=zz'"),
                e.getCause().getMessage());
    }

    @Test
    void randomAnswersDecodeOrAreGarbageNeverAnythingElse() {
        Random random = new Random(50000);
        String alphabet = "?!V:2,C=15@.#0123456789x";
        for (int i = 0; i < 50_000; i++) {
            StringBuilder s = new StringBuilder(i % 3 == 0 ? "?V:2,C:152,@1.1.1.1=" : "");
            for (int n = random.nextInt(12); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            try {
                BackwardFrame b = HelvarNetAnswer.decode(s.toString(), "C:152,@1.1.1.1", true);
                assertTrue(b.kind() != BackwardFrame.Kind.ANSWER || b.value() <= 254);
            } catch (GarbageAnswerException e) {
                assertTrue(e.getMessage().startsWith("HelvarNet answered"), e.getMessage());
            }
        }
    }
}
