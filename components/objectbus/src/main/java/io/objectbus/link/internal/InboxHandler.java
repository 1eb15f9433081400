// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal;

import io.objectbus.link.internal.TopicKind.Kind;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a router does with what the far node sent: notes the store sequence (a gap asks for the picture again), runs
 * control messages, drops what this node received already (another path of a loop, or a resend) and what has been
 * here before, turns answers to forwarded requests back to their askers, and delivers the rest to the route.
 */
final class InboxHandler {

    private static final Logger LOG = LoggerFactory.getLogger(InboxHandler.class);

    private final String prefix;
    private final String localNode;
    private final SeenIds seen;
    private final RequestTable requests;
    private final LinkStatus status;
    private final GapDetector gaps = new GapDetector();
    private final Runnable askForPicture;
    private final Runnable sendPicture;
    private final Consumer<LinkMessage> delivery;

    InboxHandler(
            String prefix,
            String localNode,
            SeenIds seen,
            RequestTable requests,
            LinkStatus status,
            Runnable askForPicture,
            Runnable sendPicture,
            Consumer<LinkMessage> delivery) {
        this.prefix = prefix;
        this.localNode = localNode;
        this.seen = seen;
        this.requests = requests;
        this.status = status;
        this.askForPicture = askForPicture;
        this.sendPicture = sendPicture;
        this.delivery = delivery;
    }

    void accept(LinkMessage m) {
        status.received();
        if (gaps.gapBefore(m.sequence())) {
            status.gap();
            LOG.warn("Messages from {} are missing before {}; asking for its current picture", m.path(), m.sequence());
            askForPicture.run();
        }
        if (Envelope.RESYNC.equals(m.topic())) {
            sendPicture.run();
            return;
        }
        if (m.networkId() != null && !seen.firstTime(m.networkId())) {
            status.duplicate();
            return;
        }
        if (m.pathNodes().contains(localNode)) {
            return; // this node's own message, come back round a loop
        }
        TopicKind kind = TopicKind.of(prefix, m.topic());
        if (kind.kind() == Kind.REPLY) {
            answer(m, kind);
            return;
        }
        delivery.accept(m);
    }

    private void answer(LinkMessage reply, TopicKind kind) {
        RequestTable.Asker asker = kind.node().equals(localNode) ? requests.lookup(reply.correlationData()) : null;
        if (asker == null) {
            LOG.debug("An answer came for a request this node does not know (expired?): dropped");
            return;
        }
        delivery.accept(new LinkMessage(
                asker.responseTopic(),
                reply.payload(),
                1,
                null,
                asker.correlationData(),
                null,
                null,
                false,
                false,
                null,
                null));
    }
}
