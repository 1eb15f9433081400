// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jgroups.Address;
import org.jgroups.EmptyMessage;
import org.jgroups.Event;
import org.jgroups.Message;
import org.jgroups.View;
import org.jgroups.conf.ClassConfigurator;
import org.jgroups.protocols.raft.RAFT;
import org.jgroups.raft.util.Utils;
import org.jgroups.stack.Protocol;
import org.jgroups.util.MessageBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Raft leader's lease, kept by the node on its own monotonic clock. jgroups-raft's leader steps down only when its
 * view of the group loses the majority; a leader that was paused (SIGSTOP, a long pause of its machine) wakes with its
 * old view and runs on beside the leader the others elected meanwhile until it hears of the new term. Here the leader
 * asks the other members every lease interval to confirm that it leads their current term, and holds the lease only
 * while a majority, itself included, confirmed an ask sent less than a lease's length ago: a leader that wakes from a
 * pause finds its confirmations stale at once. A new leader holds the lease only a lease's length after it was elected,
 * when the lease of any leader before it has run out (members confirm only the leader of their current term).
 */
public final class LeaderLease extends Protocol {

    private static final Logger LOG = LoggerFactory.getLogger(LeaderLease.class);

    static final short PROTOCOL_ID = 580;
    static final short HEADER_ID = 1580;

    static {
        ClassConfigurator.addProtocol(PROTOCOL_ID, LeaderLease.class);
        ClassConfigurator.add(HEADER_ID, LeaseHeader.class);
    }

    private final long intervalMillis;
    private final long length;
    /** When each member (by Raft id) last confirmed this leader's term: the time of the ask it answered. */
    private final Map<String, Long> confirmed = new ConcurrentHashMap<>();

    private volatile long leaderTerm = -1;
    private volatile long leaderSince;
    private volatile View view;
    private volatile boolean held;
    private volatile Runnable onChange = () -> {};
    private RAFT raft;
    private Future<?> asking;
    private Future<?> watching;

    /** Asks every interval; the lease lasts {@code leaseIntervals} intervals. */
    LeaderLease(long intervalMillis, int leaseIntervals) {
        this.intervalMillis = intervalMillis;
        this.length = TimeUnit.MILLISECONDS.toNanos(intervalMillis * leaseIntervals);
    }

    /** Called on JGroups' timer whenever {@link #holds()} turns. */
    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    long lengthMillis() {
        return TimeUnit.NANOSECONDS.toMillis(length);
    }

    /**
     * Whether this member leads and may act on it now: a lease's length since its election, and a majority confirmed it
     * within the last lease's length. Read on the clock at each call, so a paused member answers no on waking.
     */
    public boolean holds() {
        long now = System.nanoTime();
        return raft != null
                && raft.isLeader()
                && raft.currentTerm() == leaderTerm
                && now - leaderSince >= length
                && confirmedWithin(now) + 1 >= raft.majority();
    }

    private int confirmedWithin(long now) {
        int count = 0;
        for (long askedAt : confirmed.values()) {
            if (now - askedAt < length) {
                count++;
            }
        }
        return count;
    }

    @Override
    public void init() throws Exception {
        super.init();
        raft = RAFT.findProtocol(RAFT.class, this, false);
    }

    @Override
    public void start() throws Exception {
        super.start();
        // Fixed delay, not rate: a member that wakes from a pause asks once, not once for every interval it slept.
        asking = getTransport().getTimer().scheduleWithFixedDelay(this::ask, 0, intervalMillis, TimeUnit.MILLISECONDS);
        long watch = Math.max(50, intervalMillis / 4);
        watching = getTransport().getTimer().scheduleWithFixedDelay(this::watch, watch, watch, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (asking != null) {
            asking.cancel(false);
        }
        if (watching != null) {
            watching.cancel(false);
        }
        super.stop();
    }

    /** The leader asks the other members of its view to confirm its term; a new term starts the lease's wait. */
    private void ask() {
        track();
        View current = view;
        long term = leaderTerm;
        if (term < 0 || current == null) {
            return;
        }
        long now = System.nanoTime();
        for (Address member : current.getMembersRaw()) {
            if (!member.equals(local_addr)) {
                send(member, new LeaseHeader(true, term, now));
            }
        }
    }

    private synchronized void track() {
        long term = raft.isLeader() ? raft.currentTerm() : -1;
        if (term != leaderTerm) {
            confirmed.clear();
            leaderSince = System.nanoTime();
            leaderTerm = term;
        }
    }

    private void watch() {
        track();
        boolean now = holds();
        if (now != held) {
            held = now;
            onChange.run();
        }
    }

    private void send(Address to, LeaseHeader header) {
        Message message =
                new EmptyMessage(to).putHeader(id, header).setFlag(Message.Flag.OOB, Message.Flag.NO_RELIABILITY);
        down_prot.down(message);
    }

    private void received(Address from, LeaseHeader header) {
        if (header.ask) {
            // Only the leader of this member's current term is confirmed: an older leader back from a pause is not.
            if (Objects.equals(raft.leader(), from) && raft.currentTerm() == header.term) {
                send(from, new LeaseHeader(false, header.term, header.askedAt));
            }
        } else if (header.term == leaderTerm && raft.isLeader()) {
            confirmed.merge(Utils.extractRaftId(from), header.askedAt, Math::max);
        }
    }

    @Override
    public Object up(Message message) {
        LeaseHeader header = message.getHeader(id);
        if (header != null) {
            received(message.src(), header);
            return null;
        }
        return up_prot.up(message);
    }

    @Override
    public void up(MessageBatch batch) {
        for (Iterator<Message> it = batch.iterator(); it.hasNext(); ) {
            Message message = it.next();
            LeaseHeader header = message.getHeader(id);
            if (header != null) {
                it.remove();
                received(message.src(), header);
            }
        }
        if (!batch.isEmpty()) {
            up_prot.up(batch);
        }
    }

    @Override
    public Object up(Event event) {
        if (event.getType() == Event.VIEW_CHANGE) {
            viewed(event.getArg());
        }
        return up_prot.up(event);
    }

    @Override
    public Object down(Event event) {
        if (event.getType() == Event.VIEW_CHANGE) {
            viewed(event.getArg());
        }
        return down_prot.down(event);
    }

    /** Said once per view: which members this one is in a group with, the first thing to read after a split. */
    private void viewed(View next) {
        View before = view;
        view = next;
        if (before == null || !before.getViewId().equals(next.getViewId())) {
            LOG.info(
                    "Raft group {} of {}: {} ({} needed to lead)",
                    next.getViewId(),
                    next.size(),
                    next.getMembers(),
                    majority());
        }
    }

    private int majority() {
        return raft == null ? 0 : raft.majority();
    }
}
