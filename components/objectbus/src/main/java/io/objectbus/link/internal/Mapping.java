// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal;

import java.util.List;
import org.eclipse.paho.mqttv5.common.MqttMessage;

/** What a link publishes on the far broker for one message bound for it: nothing, one publication, or several. */
public interface Mapping {

    record Publication(String topic, MqttMessage message) {}

    List<Publication> map(LinkMessage message);
}
