// SPDX-License-Identifier: Apache-2.0
package io.objectbus.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The phases of a cluster site's step with values: idle, a realistic rate from the simulated devices, the real MQTT
 * devices, a flood; each with every member's CPU, broker addresses and RSS, for a live subscriber of all values.
 */
final class ClusterPhases {

    private static final int STEADY_SECONDS = 30;
    private static final int IDLE_SECONDS = 15;

    private final SiteCluster site;
    private final Subscriber live;
    private final MqttDevices mqttDevices;

    ClusterPhases(SiteCluster site, Subscriber live, MqttDevices mqttDevices) {
        this.site = site;
        this.live = live;
        this.mqttDevices = mqttDevices;
    }

    static void feed(NodeProcess member, int devices, long count, int rate) throws Exception {
        member.command(
                "feed",
                "{\"objects\":" + devices + ",\"resources\":" + ClusterSite.RESOURCES + ",\"count\":" + count
                        + ",\"rate\":" + rate + "}");
    }

    /** What each member costs with no values, sampled as the phases with values are: their CPU's baseline. */
    Map<String, Object> idle() throws Exception {
        live.awaitCurrentState(Duration.ofSeconds(2));
        live.expect(0);
        SiteRun run = SiteRun.start(site);
        run.sample();
        Thread.sleep(IDLE_SECONDS * 1000L);
        Map<String, Object> f = new LinkedHashMap<>();
        run.figures("idle", live, 0).forEach((k, v) -> {
            if (k.contains("CPU %") || k.contains("load")) {
                f.put(k, v);
            }
        });
        return f;
    }

    /** Every device one value per ClusterSite.SECONDS_PER_VALUE, for STEADY_SECONDS, to a live subscriber on the first member. */
    Map<String, Object> steady(List<Integer> shares, int devices) throws Exception {
        long total = 0;
        live.awaitCurrentState(Duration.ofSeconds(2));
        long[] counts = new long[site.size()];
        for (int i = 0; i < site.size(); i++) {
            counts[i] = Math.max(1, (long) shares.get(i) * STEADY_SECONDS / ClusterSite.SECONDS_PER_VALUE);
            total += counts[i];
        }
        live.expect(total);
        SiteRun run = SiteRun.start(site);
        for (int i = 0; i < site.size(); i++) {
            int rate = (int) Math.max(1, shares.get(i) / ClusterSite.SECONDS_PER_VALUE);
            feed(site.members.get(i), shares.get(i), counts[i], rate);
        }
        run.sample();
        live.awaitQuiet(Duration.ofSeconds(5), Duration.ofSeconds(STEADY_SECONDS + 120));
        return run.figures("steady " + devices / ClusterSite.SECONDS_PER_VALUE + " values/s", live, total);
    }

    /** Each real MQTT device one value per ClusterSite.SECONDS_PER_VALUE, for STEADY_SECONDS, to the subscriber of all. */
    Map<String, Object> mqttDevices() throws Exception {
        live.awaitCurrentState(Duration.ofSeconds(2));
        long total = (long) mqttDevices.size() * STEADY_SECONDS / ClusterSite.SECONDS_PER_VALUE;
        live.expect(total);
        SiteRun run = SiteRun.start(site);
        run.sample();
        mqttDevices.report(ClusterSite.SECONDS_PER_VALUE, STEADY_SECONDS);
        live.awaitQuiet(Duration.ofSeconds(5), Duration.ofSeconds(120));
        return run.figures(mqttDevices.size() + " MQTT devices", live, total);
    }

    /** Every member reports {@code flood} values as fast as its bus takes them. */
    Map<String, Object> flood(int[] described, int flood) throws Exception {
        live.awaitCurrentState(Duration.ofSeconds(2));
        long total = (long) flood * site.size();
        live.expect(total);
        SiteRun run = SiteRun.start(site);
        for (int i = 0; i < site.size(); i++) {
            feed(site.members.get(i), described[i], flood, 0);
        }
        run.sample();
        live.awaitQuiet(Duration.ofSeconds(5), Duration.ofSeconds(300));
        return run.figures("flood", live, total);
    }
}
