// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import com.hivemq.client.mqtt.datatypes.MqttQos;

/** Populates a site with a live subscriber and waits, so that the node's heap can be inspected (jmap -histo). */
public final class ScaleProbe {

    private ScaleProbe() {}

    public static void main(String[] args) throws Exception {
        int objects = Integer.parseInt(args[0]);
        try (NodeProcess node = NodeProcess.start("-Xmx2g", 0);
                Subscriber live = new Subscriber(node.port, "probe-live")) {
            live.subscribe("ob/v1/#", MqttQos.AT_MOST_ONCE);
            node.command("describe", "{\"objects\":" + objects + ",\"resources\":5}");
            live.expect((long) objects * 5);
            node.command(
                    "feed", "{\"objects\":" + objects + ",\"resources\":5,\"count\":" + objects * 5L + ",\"rate\":0}");
            live.awaitQuiet(java.time.Duration.ofSeconds(3), java.time.Duration.ofSeconds(60));
            System.out.println("PID " + node.pid() + " heap " + (node.heapUsed() >> 20) + " MB");
            Thread.sleep(Long.parseLong(args[1]));
        }
    }
}
