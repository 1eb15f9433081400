// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.postoffice.Binding;
import org.apache.activemq.artemis.core.server.ActiveMQServer;
import org.apache.activemq.artemis.core.server.cluster.RemoteQueueBinding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells a member back from a silence from one that started again, by its snapshot queue: the same queue (its binding
 * here connects again) is the same run, whose picture this member still holds and which has not been sent this one's;
 * a new queue is a new run, which its bindings bring the picture anyway and whose old state must not be shown again.
 */
final class MemberReturns {

    private static final Logger LOG = LoggerFactory.getLogger(MemberReturns.class);
    private static final long LOOK_MILLIS = 250;
    /** The bindings of a member come right after its bridge connects; a member that sends none by then is let be. */
    private static final int LOOKS = 120;

    private final ActiveMQServer server;
    private final String snapshotQueuePrefix;
    /** The remote id of each member's snapshot queue, as its binding last came. */
    private final Map<String, Long> snapshotQueues = new ConcurrentHashMap<>();
    /** That id when the member left. */
    private final Map<String, Long> queueWhenLeft = new ConcurrentHashMap<>();

    MemberReturns(ActiveMQServer server, String snapshotQueuePrefix) {
        this.server = server;
        this.snapshotQueuePrefix = snapshotQueuePrefix;
    }

    void bound(String member, long remoteQueueId) {
        snapshotQueues.put(member, remoteQueueId);
    }

    void left(String member) {
        Long queue = snapshotQueues.get(member);
        if (queue != null) {
            queueWhenLeft.put(member, queue);
        }
    }

    /** Runs {@code sameRun} once the member's snapshot binding has connected again to the queue it had. */
    void back(String member, Runnable sameRun) {
        Long before = queueWhenLeft.remove(member);
        if (before == null) {
            return;
        }
        ScheduledFuture<?>[] looking = {null};
        int[] looks = {0};
        // The server's pool: it exists once the server has started, as it has when a member can come back.
        looking[0] = server.getScheduledPool()
                .scheduleWithFixedDelay(
                        () -> {
                            Boolean same = sameQueue(member, before);
                            if (same == null && ++looks[0] < LOOKS) {
                                return;
                            }
                            looking[0].cancel(false);
                            if (Boolean.TRUE.equals(same)) {
                                runSafely(member, sameRun);
                            } else {
                                LOG.info(
                                        "Cluster member {} is back with a new run: its queues bring it the picture",
                                        member);
                            }
                        },
                        LOOK_MILLIS,
                        LOOK_MILLIS,
                        TimeUnit.MILLISECONDS);
    }

    private static void runSafely(String member, Runnable sameRun) {
        try {
            sameRun.run();
        } catch (RuntimeException e) {
            LOG.warn("Could not take cluster member {} back: {}", member, e.toString(), e);
        }
    }

    /** True for the same queue connected again, false for another, null while it is not known yet. */
    private Boolean sameQueue(String member, long before) {
        // A remote binding is named by the queue's name and the id of the member that has it.
        Binding binding = server.getPostOffice().getBinding(SimpleString.of(snapshotQueuePrefix + member + member));
        if (!(binding instanceof RemoteQueueBinding remote) || !remote.isConnected()) {
            return null;
        }
        return Objects.equals(remote.getRemoteQueueID(), before);
    }
}
