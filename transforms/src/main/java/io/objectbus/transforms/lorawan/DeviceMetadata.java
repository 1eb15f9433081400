// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.lorawan;

import io.objectbus.component.lorawan.Uplink;
import io.objectbus.model.CovPolicy;
import io.objectbus.model.ResourceDescriptor;
import io.objectbus.model.ValueType;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the network knows of a device's last uplink, as resources of the device's object. */
public final class DeviceMetadata {

    private DeviceMetadata() {}

    /**
     * At most one publication a second of each metadata resource, the last value always (the bus holds back a
     * change that comes sooner and publishes the latest when the second is up): a device that sends several uplinks
     * a second would otherwise put four to six messages on the bus per uplink that say little more than "it came",
     * while its measurements go out at every uplink.
     */
    public static final CovPolicy COALESCED = new CovPolicy(null, null, Duration.ofSeconds(1), null);

    /** The metadata resources every LoRaWAN device object has, published at most once a second ({@link #COALESCED}). */
    public static Map<String, ResourceDescriptor> resources() {
        Map<String, ResourceDescriptor> r = new LinkedHashMap<>();
        r.put("rssi", ResourceDescriptor.number("dB[mW]").described("RSSI", "best RSSI of the last uplink"));
        r.put("snr", ResourceDescriptor.number("dB").described("SNR", "SNR of the best reception of the last uplink"));
        r.put("gateway", text("gateway", "the gateway that heard the last uplink best"));
        r.put("gateways", integer("gateways", "gateways that heard the last uplink"));
        r.put("fCnt", integer("frame counter", "uplink frame counter"));
        r.put("lastSeen", text("last seen", "when the last uplink arrived (ISO 8601)"));
        r.replaceAll((id, d) -> d.withCov(COALESCED));
        return r;
    }

    /** The metadata values of an uplink that arrived at the given time. */
    public static Map<String, Object> values(Uplink uplink, Instant at) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("rssi", (double) uplink.best().rssi());
        v.put("snr", uplink.best().snr());
        v.put("gateway", uplink.best().gatewayEui());
        v.put("gateways", (long) uplink.receptions().size());
        v.put("fCnt", uplink.fCnt());
        v.put("lastSeen", io.objectbus.bus.Json.timestamp(at));
        return v;
    }

    private static ResourceDescriptor integer(String name, String description) {
        return new ResourceDescriptor(ValueType.INTEGER, null, false, null, null, null, name, description, null, null);
    }

    private static ResourceDescriptor text(String name, String description) {
        return new ResourceDescriptor(ValueType.STRING, null, false, null, null, null, name, description, null, null);
    }
}
