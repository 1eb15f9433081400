// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

/**
 * Holds the current message of many topics outside the broker, so that a new MQTT subscription receives them as it
 * would receive retained messages, without the broker keeping a retained queue per topic.
 */
public interface CurrentStateSource {

    /** A current message of one topic. */
    interface Sink {
        void accept(String topic, byte[] payload);
    }

    /**
     * Calls the sink for every current message whose topic matches the MQTT topic filter (with {@code +} and
     * {@code #}); cheap when the filter lies outside the topics this source holds.
     */
    void forEachMatching(String topicFilter, Sink sink);
}
