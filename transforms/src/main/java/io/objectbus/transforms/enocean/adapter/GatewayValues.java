// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean.adapter;

import io.objectbus.component.enocean.frame.EnoceanIds;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.transforms.enocean.DeviceRegistry;
import io.objectbus.transforms.enocean.EnoceanDevice;
import io.objectbus.transforms.enocean.EnoceanNormaliser;
import io.objectbus.transforms.enocean.GatewayObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The gateway object and its values (learn mode, device count, who the gateway is), as bus messages. */
final class GatewayValues {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayValues.class);

    private final AdapterSettings settings;
    private final DeviceRegistry registry;
    private final EnoceanNormaliser normaliser;

    GatewayValues(AdapterSettings settings, DeviceRegistry registry, EnoceanNormaliser normaliser) {
        this.settings = settings;
        this.registry = registry;
        this.normaliser = normaliser;
    }

    /** The gateway object and every known device, learn mode off and the device count. */
    void describeAll(BusMessages bus) {
        List<ObjectDescriptor> objects = new ArrayList<>();
        objects.add(GatewayObject.describe(settings.gatewayId(), settings.address()));
        for (EnoceanDevice device : registry.all()) {
            objects.add(normaliser.describe(device));
        }
        bus.describe(objects);
        learnMode(bus, false);
        deviceCount(bus);
    }

    void deviceCount(BusMessages bus) {
        bus.publish(settings.gatewayId(), GatewayObject.DEVICES, (long) registry.size());
    }

    void learnMode(BusMessages bus, boolean on) {
        bus.publish(settings.gatewayId(), GatewayObject.LEARN_MODE, on);
    }

    /** The base ID, version and chip ID the gateway gave. */
    void identity(GatewaySender sender, BusMessages bus) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put(GatewayObject.BASE_ID, EnoceanIds.toHex(sender.baseId().baseId()));
        if (sender.version() != null) {
            values.put(GatewayObject.VERSION, sender.version().appVersion());
            values.put(GatewayObject.CHIP_ID, EnoceanIds.toHex(sender.version().chipId()));
        }
        bus.publish(settings.gatewayId(), values, Instant.now());
        LOG.info("EnOcean gateway {} identified: {}", settings.gatewayId(), values);
    }
}
