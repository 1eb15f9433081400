// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.dali.sim;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The TCP side of a simulated gateway: listens on 127.0.0.1, serves each client on a thread of its own. */
final class LoopbackListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LoopbackListener.class);

    private final String name;
    private final ServerSocket server;
    private final Consumer<Socket> serve;
    private final List<Socket> clients = new CopyOnWriteArrayList<>();

    /**
     * @param port 0: the kernel picks one
     * @param serve reads and answers one client until it leaves; the client is closed and forgotten after it
     */
    LoopbackListener(String name, int port, Consumer<Socket> serve) throws IOException {
        this.name = name;
        this.serve = serve;
        this.server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        Thread acceptor = new Thread(this::accept, name + "-accept-" + port());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                // Answers go out at once: Nagle's wait for an ACK would break the 100 ms send-twice window.
                client.setTcpNoDelay(true);
                clients.add(client);
                Thread t = new Thread(() -> serveThenForget(client), name + "-client-" + client.getPort());
                t.setDaemon(true);
                t.start();
            } catch (IOException e) {
                LOG.debug("{} stopped accepting: {}", name, e.getMessage());
            }
        }
    }

    private void serveThenForget(Socket client) {
        try (client) {
            serve.accept(client);
        } catch (IOException e) {
            LOG.debug("{} could not close a client: {}", name, e.getMessage());
        } finally {
            clients.remove(client);
        }
    }

    /** Drops every client connection but keeps listening (a gateway that restarted). */
    void dropClients() {
        clients.forEach(c -> {
            try {
                c.close();
            } catch (IOException e) {
                LOG.debug("closing a client: {}", e.getMessage());
            }
        });
    }

    @Override
    public void close() throws IOException {
        server.close();
        dropClients();
    }
}
