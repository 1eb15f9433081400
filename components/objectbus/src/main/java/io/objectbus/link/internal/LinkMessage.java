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
 * @param sequence the number the sender's store gave it, {@code epoch:n}; null for a live message
 * @param wireSequence the number of the stream it was sent in, {@code stream:n}, by which the receiver puts the
 *     stream back in order
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
        String sequence,
        String wireSequence) {

    /** A message of this node's own, or one to be sent in the store's order. */
    public static LinkMessage of(String topic, byte[] payload, String path, boolean currentState) {
        return new LinkMessage(topic, payload, 1, null, null, path, null, currentState, false, null, null);
    }

    public List<String> pathNodes() {
        return path == null || path.isEmpty() ? List.of() : Arrays.asList(path.split(","));
    }

    /** The path as the next node sees it: this one appended. */
    public String pathThrough(String node) {
        return path == null || path.isEmpty() ? node : path + "," + node;
    }

    public LinkMessage withPayload(byte[] newPayload) {
        return new LinkMessage(
                topic,
                newPayload,
                qos,
                responseTopic,
                correlationData,
                path,
                networkId,
                currentState,
                hist,
                sequence,
                wireSequence);
    }

    public LinkMessage withReply(String newResponseTopic, byte[] newCorrelation) {
        return new LinkMessage(
                topic,
                payload,
                qos,
                newResponseTopic,
                newCorrelation,
                path,
                networkId,
                currentState,
                hist,
                sequence,
                wireSequence);
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
                newSequence,
                wireSequence);
    }

    public LinkMessage identified(String id) {
        return new LinkMessage(
                topic,
                payload,
                qos,
                responseTopic,
                correlationData,
                path,
                id,
                currentState,
                hist,
                sequence,
                wireSequence);
    }

    public LinkMessage sentAs(String newWireSequence) {
        return new LinkMessage(
                topic,
                payload,
                qos,
                responseTopic,
                correlationData,
                path,
                networkId,
                currentState,
                hist,
                sequence,
                newWireSequence);
    }
}
