// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal;

import java.util.Arrays;
import java.util.List;

/**
 * A message on its way over a link: the MQTT topic, payload and properties, and what the network adds to it.
 *
 * @param path the nodes it came through, origin first, comma-separated; null for a message of this node
 * @param networkId its id in the network, {@code origin:number}, the same on every node it reaches
 * @param currentState a resent current message (a snapshot), received flagged retained
 * @param hist replayed after an outage
 * @param sequence the link's store sequence, {@code epoch:n}; null for a live message
 */
public record LinkMessage(
        String topic,
        byte[] payload,
        int qos,
        String responseTopic,
        byte[] correlationData,
        String path,
        String networkId,
        boolean currentState,
        boolean hist,
        String sequence) {

    public List<String> pathNodes() {
        return path == null || path.isEmpty() ? List.of() : Arrays.asList(path.split(","));
    }

    /** The path as the next node sees it: this one appended. */
    public String pathThrough(String node) {
        return path == null || path.isEmpty() ? node : path + "," + node;
    }

    public LinkMessage withPayload(byte[] newPayload) {
        return new LinkMessage(
                topic, newPayload, qos, responseTopic, correlationData, path, networkId, currentState, hist, sequence);
    }

    public LinkMessage withReply(String newResponseTopic, byte[] newCorrelation) {
        return new LinkMessage(
                topic, payload, qos, newResponseTopic, newCorrelation, path, networkId, currentState, hist, sequence);
    }

    public LinkMessage stored(boolean asHist, String newSequence) {
        return new LinkMessage(
                topic,
                payload,
                qos,
                responseTopic,
                correlationData,
                path,
                networkId,
                currentState,
                asHist,
                newSequence);
    }

    public LinkMessage identified(String id) {
        return new LinkMessage(
                topic, payload, qos, responseTopic, correlationData, path, id, currentState, hist, sequence);
    }
}
