// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.testing.FreePorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.camel.component.jgroups.raft.utils.NopStateMachine;
import org.jgroups.JChannel;
import org.jgroups.protocols.raft.Role;
import org.jgroups.raft.RaftHandle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The leader's lease on three real JGroups Raft members in this JVM, on 127.0.0.1: a new leader holds it only a
 * lease's length after its election (by when the lease of a leader before it has run out), and only the leader does.
 */
class LeaderLeaseTest {

    private static final long INTERVAL = 200;

    @TempDir
    Path logs;

    private final List<JChannel> channels = new ArrayList<>();

    @AfterEach
    void close() {
        channels.forEach(JChannel::close);
    }

    @Test
    void aNewLeaderHoldsItsLeaseOnlyALeasesLengthAfterItsElectionAndNoOtherMemberHoldsIt() throws Exception {
        List<Integer> ports =
                IntStream.range(0, 3).mapToObj(i -> FreePorts.next()).toList();
        RaftMembers members = RaftMembers.parse(IntStream.range(0, 3)
                .mapToObj(i -> "m" + i + "@127.0.0.1:" + ports.get(i))
                .collect(Collectors.joining(",")));
        List<LeaderLease> leases = new ArrayList<>();
        List<AtomicLong> elected = new ArrayList<>();
        List<AtomicLong> held = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            LeaderLease lease = new LeaderLease(INTERVAL, RaftLeaseService.LEASE_INTERVALS);
            AtomicLong electedAt = new AtomicLong();
            AtomicLong heldAt = new AtomicLong();
            lease.onChange(() -> heldAt.compareAndSet(0, lease.holds() ? System.nanoTime() : 0));
            String id = "m" + i;
            JChannel channel = RaftLeaseService.channel(
                    members.own(id), members, id, Files.createDirectories(logs.resolve(id)), INTERVAL, lease);
            RaftHandle raft = new RaftHandle(channel, new NopStateMachine()).raftId(id);
            raft.addRoleListener(role -> {
                if (role == Role.Leader) {
                    electedAt.compareAndSet(0, System.nanoTime());
                }
            });
            channels.add(channel);
            leases.add(lease);
            elected.add(electedAt);
            held.add(heldAt);
        }
        for (JChannel channel : channels) {
            channel.connect("lease-test");
        }

        int leader = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> IntStream.range(0, 3)
                                .filter(i -> held.get(i).get() != 0)
                                .findFirst()
                                .orElse(-1),
                        i -> i >= 0);
        long waited = TimeUnit.NANOSECONDS.toMillis(
                held.get(leader).get() - elected.get(leader).get());
        assertThat(elected.get(leader).get()).isNotZero();
        assertThat(waited).isGreaterThanOrEqualTo(INTERVAL * RaftLeaseService.LEASE_INTERVALS);
        await().during(Duration.ofMillis(4 * INTERVAL))
                .atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> {
                    assertThat(leases.get(leader).holds()).isTrue();
                    IntStream.range(0, 3).filter(i -> i != leader).forEach(i -> assertThat(
                                    leases.get(i).holds())
                            .as("m" + i)
                            .isFalse());
                });
    }
}
