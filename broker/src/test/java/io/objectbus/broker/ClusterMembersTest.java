// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.objectbus.testing.FreePorts;
import io.objectbus.testing.Paho3Probe;
import io.objectbus.testing.Paho5Probe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.server.Queue;
import org.apache.activemq.artemis.core.server.cluster.RemoteQueueBinding;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two brokers of one symmetric cluster on 127.0.0.1: what one member's bus publishes, the other's clients see. */
class ClusterMembersTest {

    private static final List<String> PICTURE = List.of("ob/v1/+/+", "ob/v1/+/+/+");

    @TempDir
    Path data;

    private final int port1 = FreePorts.next();
    private final int port2 = FreePorts.next();
    private EmbeddedBroker member1;
    private EmbeddedBroker member2;
    private Paho5Probe probe;

    @AfterEach
    void stop() throws Exception {
        if (probe != null) {
            probe.close();
        }
        for (EmbeddedBroker member : new EmbeddedBroker[] {member2, member1}) {
            if (member != null) {
                member.stop();
            }
        }
    }

    /** Two members of one cluster, each naming the other. */
    private void startTwoMembers() throws Exception {
        member1 = member("m1", port1, port2);
        member2 = member("m2", port2, port1);
        member1.start();
        member2.start();
    }

    private EmbeddedBroker member(String name, int port, int other) {
        BrokerSettings settings = new BrokerSettings(
                "127.0.0.1",
                FreePorts.next(),
                0,
                data.resolve(name),
                false,
                0,
                BrokerSettings.DEFAULT_MAX_MESSAGE_BYTES);
        return new EmbeddedBroker(
                settings,
                BrokerSecurity.none(),
                new ClusterSettings("127.0.0.1", port, List.of("127.0.0.1:" + other), "secret"));
    }

    @Test
    void aValuePublishedByOneMembersBusReachesASubscriberOnAnotherMember() throws Exception {
        startTwoMembers();
        probe = new Paho5Probe(member2.settings().mqttUrl(), "watcher");
        probe.subscribe("ob/v1/#", 1);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            member1.publish("ob/v1/n1/room/temp", bytes("{\"v\":21}"), 1);
            assertThat(probe.on("ob/v1/n1/room/temp")).isNotEmpty();
        });
        assertThat(probe.on("ob/v1/n1/room/temp").get(0).text()).isEqualTo("{\"v\":21}");
    }

    @Test
    void aLateJoinerOnTheSecondMemberGetsTheFirstMembersCurrentPicture() throws Exception {
        member1 = member("m1", port1, port2);
        member1.start();
        member1.addCurrentStateSource(single("ob/v1/n1/room/temp", "{\"v\":21}"));
        member2 = member("m2", port2, port1);
        member2.start();
        Map<String, byte[]> picture = new ConcurrentHashMap<>();
        member2.followCluster(PICTURE, picture::put);
        member2.addCurrentStateSource(mapSource(picture));

        await().atMost(Duration.ofSeconds(60)).until(() -> picture.containsKey("ob/v1/n1/room/temp"));
        probe = new Paho5Probe(member2.settings().mqttUrl(), "late-joiner");
        probe.subscribe("ob/v1/#", 1);

        var received = probe.awaitOn("ob/v1/n1/room/temp");
        assertThat(received.retained()).isTrue();
        assertThat(received.text()).isEqualTo("{\"v\":21}");
    }

    @Test
    void aMemberFollowsTheOtherMembersLiveValuesButNotItsOwn() throws Exception {
        startTwoMembers();
        Map<String, byte[]> picture = new ConcurrentHashMap<>();
        member2.followCluster(PICTURE, picture::put);

        member2.publish("ob/v1/n2/room/temp", bytes("{\"v\":2}"), 1);
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            member1.publish("ob/v1/n1/room/temp", bytes("{\"v\":1}"), 1);
            assertThat(picture).containsKey("ob/v1/n1/room/temp");
        });
        assertThat(new String(picture.get("ob/v1/n1/room/temp"), StandardCharsets.UTF_8))
                .isEqualTo("{\"v\":1}");
        assertThat(picture).doesNotContainKey("ob/v1/n2/room/temp");
    }

    @Test
    void aNoticeToAnotherMemberReachesThatMembersFollowerAsAnEmptyPayloadFromTheSender() throws Exception {
        startTwoMembers();
        Map<String, String> notices = new ConcurrentHashMap<>();
        member2.followCluster(PICTURE, (ClusterFollower) (member, topic, payload) -> {
            if (payload.length == 0) {
                notices.put(topic, member);
            }
        });
        String to = member2.server().getNodeID().toString();
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            member1.noticeToClusterMember(to, "ob/v1/n2/boiler/$info");
            assertThat(notices).containsKey("ob/v1/n2/boiler/$info");
        });
        assertThat(notices.get("ob/v1/n2/boiler/$info"))
                .isEqualTo(member1.server().getNodeID().toString());
    }

    @Test
    void aNoticeThatCameBeforeTheBusFollowedTheClusterReachesItsFollowerWhenItDoes() throws Exception {
        // A returning node's new run reaches the other members with its broker, before its bus follows the cluster:
        // their notices of its previous run's objects must wait for the bus, not be dropped.
        startTwoMembers();
        String to = member2.server().getNodeID().toString();
        await().atMost(Duration.ofSeconds(60))
                .until(() -> member1
                        .server()
                        .getPostOffice()
                        .getBindingsForAddress(SimpleString.of(ClusterReplies.ADDRESS))
                        .getBindings()
                        .stream()
                        .anyMatch(binding -> binding instanceof RemoteQueueBinding));
        member1.noticeToClusterMember(to, "ob/v1/n2/boiler/$info");
        Queue replies = member2.server().locateQueue(ClusterReplies.ADDRESS + "." + to);
        await().atMost(Duration.ofSeconds(60)).until(() -> replies.getMessagesAcknowledged() >= 1);

        Map<String, String> notices = new ConcurrentHashMap<>();
        member2.followCluster(PICTURE, (ClusterFollower) (member, topic, payload) -> {
            if (payload.length == 0) {
                notices.put(topic, member);
            }
        });
        assertThat(notices)
                .containsEntry(
                        "ob/v1/n2/boiler/$info", member1.server().getNodeID().toString());
    }

    @Test
    void aRequestAnMqttClientPublishesIsMarkedWithTheMemberItEnteredByWhateverItsMqttVersion() throws Exception {
        // Without the mark the answer of another member goes straight to the reply topic, where it is lost while that
        // member has not yet learnt of the asker's reply subscription (ClusterSite: a whole member's answer missing).
        member1 = member("m1", port1, port2);
        member1.start();
        member1.server()
                .createQueue(QueueConfiguration.of("requests")
                        .setAddress(TopicNames.toCoreAddress("ob/v1/$discover"))
                        .setRoutingType(RoutingType.MULTICAST)
                        .setDurable(false));
        Map<String, String> marks = new ConcurrentHashMap<>();
        member1.read("requests", message -> {
            byte[] body = new byte[message.getReadOnlyBodyBuffer().readableBytes()];
            message.getReadOnlyBodyBuffer().readBytes(body);
            marks.put(
                    new String(body, StandardCharsets.UTF_8),
                    String.valueOf(message.getStringProperty(Messages.ASKED_AT)));
        });
        probe = new Paho5Probe(member1.settings().mqttUrl(), "asker-5");
        probe.publish("ob/v1/$discover", "5", 1, false);
        try (Paho3Probe asker3 = new Paho3Probe(member1.settings().mqttUrl(), "asker-3")) {
            asker3.publish("ob/v1/$discover", "3", 1, false);
            await().atMost(Duration.ofSeconds(30)).until(() -> marks.size() == 2);
        }
        String member = member1.server().getNodeID().toString();
        assertThat(marks).containsEntry("5", member).containsEntry("3", member);
    }

    @Test
    void aMemberKeepsAThousandDuplicateIdsAnAddressNotArtemissTwentyThousand() throws Exception {
        // Every address that receives over a bridge gets a cache of this size; the default made a site of
        // 100,000 devices need tens of gigabytes on every member.
        member1 = member("m1", port1, port2);
        assertThat(member1.server().getConfiguration().getIDCacheSize()).isEqualTo(1_000);
    }

    @Test
    void aBrokerWithoutClusterSettingsHasNoClusterListenerNorConnection() throws Exception {
        member1 = new EmbeddedBroker(BrokerSettings.loopback(FreePorts.next(), data.resolve("alone")));
        member1.start();
        assertThat(member1.clustered()).isFalse();
        assertThat(member1.server().getConfiguration().getClusterConfigurations())
                .isEmpty();
        assertThat(member1.server().getConfiguration().getAcceptorConfigurations())
                .noneMatch(acceptor -> acceptor.getName().equals("cluster"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static CurrentStateSource single(String topic, String payload) {
        return mapSource(Map.of(topic, bytes(payload)));
    }

    private static CurrentStateSource mapSource(Map<String, byte[]> messages) {
        return (filter, sink) -> messages.forEach((topic, payload) -> {
            if (filter.equals("#") || filter.startsWith("ob/v1/#")) {
                sink.accept(topic, payload);
            }
        });
    }
}
