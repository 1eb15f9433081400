// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.enocean;

import io.objectbus.model.Ids;
import io.objectbus.transforms.enocean.DeviceConfig;
import io.objectbus.transforms.enocean.EnoceanDevice;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.camel.CamelContext;
import org.apache.camel.RouteTemplateContext;

/**
 * The parameters of one {@code enocean-gateway} route, read and checked once: template parameters are text, so each
 * is converted to its type here and a wrong one names itself.
 *
 * @param gateway          the {@code enocean:} endpoint URI of the gateway
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

    static AdapterSettings of(RouteTemplateContext template) {
        Parameters p = new Parameters(template);
        String gatewayId = Ids.require(p.text("gatewayId", DEFAULT_GATEWAY_ID), "gatewayId: object");
        String gateway = p.text("gateway", "");
        if (!gateway.startsWith("enocean:")) {
            throw new IllegalArgumentException(
                    "parameter gateway must be an enocean: endpoint URI, got '" + gateway + "'");
        }
        return new AdapterSettings(
                gateway,
                gatewayId,
                DeviceConfig.parse(p.text("devices", "")),
                deviceFile(p, gatewayId),
                Duration.ofSeconds(p.integer("learnModeTimeout", 60)),
                Duration.ofMillis(p.integer("confirmTimeout", 2000)));
    }

    private static Path deviceFile(Parameters p, String gatewayId) {
        String file = p.text("deviceFile", "");
        if (!file.isBlank()) {
            return Path.of(file);
        }
        String dataDir = p.resolve("{{objectbus.broker.data-dir:data}}");
        String name = gatewayId.equals(DEFAULT_GATEWAY_ID)
                ? "enocean-devices.json"
                : "enocean-devices-" + gatewayId + ".json";
        return Path.of(dataDir, name);
    }

    /** The gateway's place in its own notation, without scheme and options: {@code tcp:127.0.0.1:9600}. */
    String address() {
        String rest = gateway.substring("enocean:".length());
        int query = rest.indexOf('?');
        return query < 0 ? rest : rest.substring(0, query);
    }

    /** Template parameters as text with property placeholders resolved. */
    private record Parameters(RouteTemplateContext template) {

        String text(String name, String defaultValue) {
            Object value = template.getProperty(name);
            String text = value == null ? "" : resolve(value.toString()).strip();
            return text.isEmpty() ? defaultValue : text;
        }

        long integer(String name, long defaultValue) {
            String text = text(name, String.valueOf(defaultValue));
            try {
                long value = Long.parseLong(text);
                if (value < 0) {
                    throw new NumberFormatException();
                }
                return value;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(
                        "parameter " + name + " must be a whole number of at least 0, got '" + text + "'");
            }
        }

        String resolve(String text) {
            CamelContext context = template.getCamelContext();
            return context.resolvePropertyPlaceholders(text);
        }
    }
}
