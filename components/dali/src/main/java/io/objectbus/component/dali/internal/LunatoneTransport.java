// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.internal;

import io.objectbus.component.dali.GarbageAnswerException;
import io.objectbus.component.dali.GatewayTransport;
import io.objectbus.component.dali.frame.BackwardFrame;
import io.objectbus.component.dali.frame.ForwardFrame;
import io.objectbus.component.dali.frame.FrameException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A Lunatone DALI-2 IoT gateway: {@code GET /info} of its REST API says it is one, then its WebSocket at {@code /}
 * carries raw frames ({@link LunatoneMessage}): each forward frame goes as a daliFrame, is acknowledged with a result
 * code and, when it asks something, answered with a daliAnswer. The daliMonitor reports of input devices' event
 * messages go to the bus-frame listener. Line 0 only: the DALI-2 IoT has one DALI line.
 */
public final class LunatoneTransport implements GatewayTransport {

    private static final Logger LOG = LoggerFactory.getLogger(LunatoneTransport.class);
    private static final int LINE = 0;

    private final GatewayAddress address;
    private final Duration connectTimeout;
    private volatile Consumer<ForwardFrame> busFrames = f -> {};
    private HttpClient http;
    private WebSocket socket;
    private LunatoneSocket listener;

    public LunatoneTransport(String host, int port, int connectTimeoutMillis, int answerTimeoutMillis) {
        this.address = new GatewayAddress(host, port, connectTimeoutMillis, answerTimeoutMillis);
        this.connectTimeout = Duration.ofMillis(connectTimeoutMillis);
    }

    @Override
    public void open() throws IOException {
        http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .build();
        checkInfo();
        listener = new LunatoneSocket(describe());
        try {
            socket = http.newWebSocketBuilder()
                    .connectTimeout(connectTimeout)
                    .buildAsync(URI.create("ws://" + describe() + "/"), listener)
                    .get(address.connectTimeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IOException("Lunatone " + describe() + ": no WebSocket at /: " + cause(e), e);
        }
    }

    /** The REST API's /info answers with the gateway's name and version; anything else is not a DALI-2 IoT. */
    private void checkInfo() throws IOException {
        HttpRequest get = HttpRequest.newBuilder(URI.create("http://" + describe() + "/info"))
                .timeout(connectTimeout.plusMillis(address.answerTimeoutMillis()))
                .GET()
                .build();
        HttpResponse<String> info;
        try {
            info = http.send(get, HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (info.statusCode() != 200 || !info.body().trim().startsWith("{")) {
            throw new IOException("Lunatone " + describe() + ": GET /info answered " + info.statusCode()
                    + ", not a DALI-2 IoT gateway's info");
        }
        LOG.info("Lunatone gateway {}: {}", describe(), info.body().trim());
    }

    @Override
    public BackwardFrame transmit(ForwardFrame frame) throws IOException {
        if (socket == null) {
            throw new IOException("not connected to Lunatone " + describe());
        }
        listener.replies.clear();
        try {
            socket.sendText(LunatoneMessage.frame(LINE, frame), true).join();
        } catch (CompletionException e) {
            throw new IOException("Lunatone " + describe() + ": " + cause(e), e);
        }
        LunatoneMessage ack = reply();
        if (!(ack instanceof LunatoneMessage.FrameResult result)) {
            throw new GarbageAnswerException("Lunatone " + describe() + " answered " + ack + " to " + frame, null);
        }
        if (result.result() != LunatoneMessage.SENT) {
            throw new IllegalStateException(
                    "Lunatone " + describe() + " did not send " + frame + ": " + result.reason());
        }
        if (!frame.answered()) {
            return BackwardFrame.none();
        }
        LunatoneMessage answer = reply();
        if (!(answer instanceof LunatoneMessage.Answer a)) {
            throw new GarbageAnswerException("Lunatone " + describe() + " answered " + answer + " to " + frame, null);
        }
        return a.backward();
    }

    private LunatoneMessage reply() throws IOException {
        LunatoneMessage m;
        try {
            m = listener.replies.poll(address.answerTimeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (m == null) {
            throw new IOException(
                    listener.closed != null
                            ? "Lunatone " + describe() + " closed the WebSocket: " + listener.closed
                            : "Lunatone " + describe() + " did not answer within " + address.answerTimeoutMillis()
                                    + " ms");
        }
        if (m instanceof LunatoneMessage.Garbage g) {
            throw new GarbageAnswerException("Lunatone " + describe() + ": " + g.reason(), null);
        }
        return m;
    }

    /** Hands on the input devices' event messages the monitor reported; never blocks. */
    @Override
    public void pollBusFrames() throws IOException {
        if (listener == null) {
            return;
        }
        if (listener.closed != null) {
            throw new IOException("Lunatone " + describe() + " closed the WebSocket: " + listener.closed);
        }
        for (LunatoneMessage.Monitor m = listener.monitor.poll(); m != null; m = listener.monitor.poll()) {
            if (m.line() == LINE && m.bits() == 24 && !m.framingError()) {
                ForwardFrame f = new ForwardFrame(24, m.data(), false, false);
                if (f.isEvent()) {
                    busFrames.accept(f);
                }
            }
        }
    }

    @Override
    public void onBusFrame(Consumer<ForwardFrame> listener) {
        this.busFrames = listener;
    }

    @Override
    public String describe() {
        return address.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
            socket = null;
        }
        http = null;
    }

    private static String cause(Exception e) {
        Throwable t = e.getCause() != null ? e.getCause() : e;
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }

    /** Collects the WebSocket's messages: acknowledgements and answers for the sender, monitor reports apart. */
    static final class LunatoneSocket implements WebSocket.Listener {

        final BlockingQueue<LunatoneMessage> replies = new LinkedBlockingQueue<>();
        final BlockingQueue<LunatoneMessage.Monitor> monitor = new LinkedBlockingQueue<>(10_000);
        volatile String closed;
        private final String gateway;
        private final StringBuilder text = new StringBuilder();

        LunatoneSocket(String gateway) {
            this.gateway = gateway;
        }

        @Override
        public java.util.concurrent.CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                handle(text.toString());
                text.setLength(0);
            }
            ws.request(1);
            return null;
        }

        private void handle(String message) {
            try {
                LunatoneMessage m = LunatoneMessage.parse(message);
                if (m instanceof LunatoneMessage.Monitor mon) {
                    monitor.offer(mon);
                } else if (m instanceof LunatoneMessage.FrameResult r && r.line() == LINE
                        || m instanceof LunatoneMessage.Answer a && a.line() == LINE) {
                    replies.add(m);
                } else {
                    LOG.debug("Lunatone {}: {}", gateway, m);
                }
            } catch (FrameException e) {
                replies.add(new LunatoneMessage.Garbage(e.getMessage()));
            }
        }

        @Override
        public java.util.concurrent.CompletionStage<?> onClose(WebSocket ws, int status, String reason) {
            closed = "status " + status + (reason.isEmpty() ? "" : " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            closed = error.getMessage() != null
                    ? error.getMessage()
                    : error.getClass().getSimpleName();
        }
    }
}
