// SPDX-License-Identifier: Apache-2.0
package io.objectbus.transforms.enocean.adapter;

import io.objectbus.model.Ids;
import io.objectbus.transforms.enocean.DeviceConfig;
import io.objectbus.transforms.enocean.EnoceanDevice;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.camel.CamelContext;

/**
 * The parameters of one {@code enocean-gateway} kamelet, read and checked once when the adapter starts: a wrong one
 * names itself.
 *
 * @param gateway          the {@code enocean:} endpoint URI of the gateway, with the kamelet's link options
 * @param gatewayId        the gateway's object id on the bus
 * @param devices          the devices known by configuration
 * @param deviceFile       where devices are kept across restarts
 * @param learnModeTimeout how long learn mode stays on; zero for until switched off
 * @param confirmTimeout   how long a D2-01 actuator has to confirm a command
 */
record AdapterSettings(
        String gateway,
        String gatewayId,
        List<EnoceanDevice> devices,
        Path deviceFile,
        Duration learnModeTimeout,
        Duration confirmTimeout) {

    static final String DEFAULT_GATEWAY_ID = "enocean-gateway";
    static final String CONNECTION_SUFFIX = "-connection";

    /**
     * Checks and converts the kamelet's parameters (placeholders already resolved by the kamelet).
     *
     * @param dataDir where the default device file goes
     */
    static AdapterSettings of(
            String gateway,
            String gatewayId,
            String devices,
            String deviceFile,
            long learnModeTimeout,
            long confirmTimeout,
            String dataDir) {
        String id = Ids.require(blankTo(gatewayId, DEFAULT_GATEWAY_ID), "gatewayId: object");
        Ids.require(id + CONNECTION_SUFFIX, "gatewayId (at most 53 characters) gives its connection object, whose");
        if (gateway == null || !gateway.startsWith("enocean:")) {
            throw new IllegalArgumentException(
                    "parameter gateway must be serial:<port> or tcp:<host>:<port>, got '" + gateway + "'");
        }
        return new AdapterSettings(
                gateway,
                id,
                DeviceConfig.parse(blankTo(devices, "")),
                deviceFile(blankTo(deviceFile, ""), id, dataDir),
                Duration.ofSeconds(atLeastZero("learnModeTimeout", learnModeTimeout)),
                Duration.ofMillis(atLeastZero("confirmTimeout", confirmTimeout)));
    }

    private static Path deviceFile(String file, String gatewayId, String dataDir) {
        if (!file.isBlank()) {
            return Path.of(file);
        }
        String name = gatewayId.equals(DEFAULT_GATEWAY_ID)
                ? "enocean-devices.json"
                : "enocean-devices-" + gatewayId + ".json";
        return Path.of(dataDir, name);
    }

    private static String blankTo(String text, String defaultValue) {
        return text == null || text.isBlank() ? defaultValue : text.strip();
    }

    private static long atLeastZero(String name, long value) {
        if (value < 0) {
            throw new IllegalArgumentException("parameter " + name + " must be at least 0, got " + value);
        }
        return value;
    }

    /** The object that shows the state of the connection to the gateway. */
    String connectionId() {
        return gatewayId + CONNECTION_SUFFIX;
    }

    /** The gateway's place in its own notation, without scheme and options: {@code tcp:127.0.0.1:9600}. */
    String address() {
        String rest = gateway.substring("enocean:".length());
        int query = rest.indexOf('?');
        return query < 0 ? rest : rest.substring(0, query);
    }

    /** The bean's properties as the kamelet sets them, turned into settings when the adapter starts. */
    static final class Parameters {
        String gateway;
        String gatewayId;
        String devices;
        String deviceFile;
        long learnModeTimeout = 60;
        long confirmTimeout = 2000;

        AdapterSettings settings(CamelContext context) {
            String dataDir = context.resolvePropertyPlaceholders("{{objectbus.broker.data-dir:data}}");
            return AdapterSettings.of(
                    gateway, gatewayId, devices, deviceFile, learnModeTimeout, confirmTimeout, dataDir);
        }
    }
}
