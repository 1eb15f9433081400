// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bacnet.internal.transport;

import io.objectbus.bacnet.internal.Apdu;
import io.objectbus.bacnet.internal.Bvlc;
import io.objectbus.bacnet.internal.DecodeException;
import io.objectbus.bacnet.internal.Npdu;
import io.objectbus.bacnet.model.BacnetAddress;
import io.objectbus.bacnet.stack.StackConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.DatagramChannel;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * BACnet/IP over a {@link DatagramChannel} (Annex J): one reader thread decodes BVLC, NPDU and APDU and hands the
 * APDU on; a datagram that fails to decode is logged with its reason and dropped, so nothing a peer sends can stop
 * the port.
 */
public final class UdpTransport implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(UdpTransport.class);

    /** Receives every decoded APDU with the address of the device that sent it. */
    public interface Receiver {
        void onApdu(BacnetAddress source, Npdu npdu, Apdu apdu);
    }

    /** Told when a send fails after sends worked, and when one works again after a failure. */
    public interface SendWatcher {
        void sendFailed(String reason);

        void sendWorks();
    }

    private final StackConfig config;
    private final Receiver receiver;
    private final ForeignRegistration foreign;
    private volatile BiConsumer<InetSocketAddress, String> rejectListener = (from, reason) -> {};
    private final List<SendWatcher> sendWatchers = new CopyOnWriteArrayList<>();
    private final AtomicReference<String> sendFailure = new AtomicReference<>();
    private DatagramChannel channel;
    private Thread reader;
    private int localPort;

    public UdpTransport(StackConfig config, Receiver receiver, ForeignRegistration foreign) {
        this.config = config;
        this.receiver = receiver;
        this.foreign = foreign;
    }

    public void start() throws IOException {
        channel = DatagramChannel.open();
        channel.setOption(StandardSocketOptions.SO_BROADCAST, true);
        channel.bind(new InetSocketAddress(config.bindAddress(), config.localPort()));
        localPort = ((InetSocketAddress) channel.getLocalAddress()).getPort();
        reader = new Thread(this::readLoop, "bacnet-udp-" + localPort);
        reader.setDaemon(true);
        reader.start();
        foreign.start(this);
        LOG.info("BACnet/IP listening on {}:{}", config.bindAddress(), localPort);
    }

    public int localPort() {
        return localPort;
    }

    /** Called with the sender and the reason of every datagram that is dropped. */
    public void setRejectListener(BiConsumer<InetSocketAddress, String> listener) {
        this.rejectListener = listener;
    }

    /** Sends an APDU to one device, through its router when it is on a remote network. */
    public void send(BacnetAddress destination, byte[] apdu, boolean expectingReply) throws IOException {
        Npdu npdu = destination.isRemote()
                ? Npdu.routed(apdu, expectingReply, destination.network(), destination.mac())
                : Npdu.local(apdu, expectingReply);
        sendBvlc(new Bvlc.OriginalUnicastNpdu(Npdu.Serializer.encode(npdu)), destination.socket());
    }

    /** Broadcasts an APDU locally, or to every network when {@code global} (DNET X'FFFF', clause 6.2.2). */
    public void broadcast(byte[] apdu, boolean global) throws IOException {
        Npdu npdu = global ? Npdu.routed(apdu, false, Npdu.GLOBAL_BROADCAST, new byte[0]) : Npdu.local(apdu, false);
        byte[] encoded = Npdu.Serializer.encode(npdu);
        if (foreign.isActive()) {
            sendBvlc(new Bvlc.DistributeBroadcastToNetwork(encoded), foreign.bbmd());
        } else {
            InetSocketAddress target = new InetSocketAddress(config.broadcastAddress(), config.broadcastPort());
            sendBvlc(new Bvlc.OriginalBroadcastNpdu(encoded), target);
        }
    }

    public void addSendWatcher(SendWatcher watcher) {
        sendWatchers.add(watcher);
    }

    public void removeSendWatcher(SendWatcher watcher) {
        sendWatchers.remove(watcher);
    }

    void sendBvlc(Bvlc message, SocketAddress target) throws IOException {
        try {
            channel.send(ByteBuffer.wrap(Bvlc.Serializer.encode(message)), target);
        } catch (ClosedChannelException e) {
            throw e;
        } catch (IOException e) {
            sendFailed("send to " + target + " failed: " + e.getMessage());
            throw e;
        }
        if (sendFailure.get() != null && sendFailure.getAndSet(null) != null) {
            LOG.info("BACnet/IP port {}: sending works again", localPort);
            sendWatchers.forEach(SendWatcher::sendWorks);
        }
    }

    /** Watchers hear of the first failure only, not of every retry that fails the same way. */
    private void sendFailed(String reason) {
        if (sendFailure.getAndSet(reason) == null) {
            LOG.warn("BACnet/IP port {}: {}", localPort, reason);
            sendWatchers.forEach(watcher -> watcher.sendFailed(reason));
        }
    }

    private void readLoop() {
        ByteBuffer buffer = ByteBuffer.allocate(2048);
        while (channel.isOpen()) {
            try {
                buffer.clear();
                InetSocketAddress from = (InetSocketAddress) channel.receive(buffer);
                buffer.flip();
                onDatagram(Arrays.copyOf(buffer.array(), buffer.limit()), from);
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                LOG.warn("BACnet/IP receive failed on port {}: {}", localPort, e.toString());
            }
        }
    }

    /** Decodes one datagram and hands its APDU on; never throws. Public so the decoder can be tested on bytes. */
    public void onDatagram(byte[] datagram, InetSocketAddress from) {
        try {
            Bvlc bvlc = Bvlc.Serializer.decode(datagram);
            byte[] npdu = npduOf(bvlc);
            if (npdu == null) {
                otherBvlc(bvlc, from);
                return;
            }
            // A Forwarded-NPDU names its originator, who gets the answer, not the BBMD that forwarded it (J.4.5).
            InetSocketAddress origin = bvlc instanceof Bvlc.ForwardedNpdu forwarded ? forwarded.origin() : from;
            onNpdu(Npdu.Serializer.decode(npdu), origin, from);
        } catch (DecodeException e) {
            reject(from, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("BACnet/IP datagram from {} failed in its handler", from, e);
            reject(from, "handler failed: " + e);
        }
    }

    private static byte[] npduOf(Bvlc bvlc) {
        if (bvlc instanceof Bvlc.ForwardedNpdu forwarded) {
            return forwarded.npdu();
        } else if (bvlc instanceof Bvlc.OriginalUnicastNpdu unicast) {
            return unicast.npdu();
        } else if (bvlc instanceof Bvlc.OriginalBroadcastNpdu broadcast) {
            return broadcast.npdu();
        }
        return null;
    }

    private void onNpdu(Npdu npdu, InetSocketAddress origin, InetSocketAddress from) {
        if (npdu.networkMessage()) {
            LOG.debug("Skipping network layer message type {} from {}", npdu.messageType(), from);
            return;
        }
        if (npdu.hasDestination() && npdu.dnet() != Npdu.GLOBAL_BROADCAST) {
            reject(from, "NPDU for remote network " + npdu.dnet() + " reached a non-router");
            return;
        }
        BacnetAddress source =
                npdu.hasSource() ? new BacnetAddress(origin, npdu.snet(), npdu.sadr()) : BacnetAddress.local(origin);
        receiver.onApdu(source, npdu, Apdu.Serializer.decode(npdu.payload()));
    }

    private void otherBvlc(Bvlc bvlc, InetSocketAddress from) {
        if (bvlc instanceof Bvlc.Result result) {
            foreign.onResult(result, from);
        } else {
            LOG.debug(
                    "Ignoring BVLC {} from {}: this node is not a BBMD",
                    bvlc.getClass().getSimpleName(),
                    from);
        }
    }

    private void reject(InetSocketAddress from, String reason) {
        LOG.warn("Dropped BACnet/IP datagram from {}: {}", from, reason);
        rejectListener.accept(from, reason);
    }

    @Override
    public void close() {
        foreign.stop();
        try {
            if (channel != null) {
                channel.close();
            }
            if (reader != null) {
                reader.join(2000);
            }
        } catch (IOException e) {
            LOG.debug("Closing BACnet/IP port {}: {}", localPort, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
