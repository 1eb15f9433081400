// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.enocean;

import io.objectbus.component.ObjectBusConstants;
import io.objectbus.component.enocean.EnoceanConstants;
import org.apache.camel.builder.RouteBuilder;

/**
 * EnOcean on the bus. The route template {@value #TEMPLATE} attaches one gateway: its telegrams become objects and
 * values, teach-in adds devices, the gateway object offers learn mode. The route {@value #WRITES_ROUTE} takes the
 * bus's writes to EnOcean objects and hands each to the gateway that holds the device.
 *
 * <p>A YAML file in {@code routes/} instantiates the template:
 *
 * <pre>
 * - templatedRoute:
 *     routeTemplateRef: enocean-gateway
 *     routeId: adapter-enocean-office
 *     parameters:
 *       - name: gateway
 *         value: enocean:serial:/dev/ttyUSB0
 * </pre>
 */
public class EnoceanRoutes extends RouteBuilder {

    public static final String TEMPLATE = "enocean-gateway";
    public static final String WRITES_ROUTE = "adapter-enocean-writes";

    private final EnoceanAdapters adapters = new EnoceanAdapters();

    @Override
    public void configure() {
        // A write the device did not confirm is an answer to the writer, not an error of the route: no error handler
        // logs it as one, the exception only goes back to the bus as the reply.
        from("objectbus:set?protocol=enocean")
                .routeId(WRITES_ROUTE)
                .errorHandler(noErrorHandler())
                .process(adapters);

        routeTemplate(TEMPLATE)
                .templateParameter(
                        "gateway",
                        null,
                        "The gateway (text, required): an enocean: endpoint URI, enocean:serial:/dev/ttyUSB0 or"
                                + " enocean:tcp:host:port, with endpoint options if needed")
                .templateParameter(
                        "gatewayId",
                        AdapterSettings.DEFAULT_GATEWAY_ID,
                        "The gateway's object id on the bus (text, [A-Za-z0-9_-]{1,64})")
                .templateParameter(
                        "devices",
                        "",
                        "Devices known without teach-in (text): one per line or separated by ';', each"
                                + " 'SENDER, EEP[, name=..., location=..., interval=s, channels=n, offset=n,"
                                + " dim-timer=n]'; RPS switches and handles can only be added this way")
                .templateParameter(
                        "deviceFile",
                        "",
                        "The JSON file that keeps the devices across restarts (path); default"
                                + " <objectbus.broker.data-dir>/enocean-devices.json, or"
                                + " enocean-devices-<gatewayId>.json for another gatewayId")
                .templateParameter(
                        "learnModeTimeout",
                        "60",
                        "Seconds learn mode stays on after it was switched on (whole number); 0 = until switched off")
                .templateParameter(
                        "confirmTimeout",
                        "2000",
                        "Milliseconds a D2-01 actuator has to confirm a command with its status (whole number)")
                .templateBean(
                        "adapter",
                        GatewayAdapter.class,
                        rtc -> new GatewayAdapter(AdapterSettings.of(rtc), adapters, rtc.getCamelContext()))
                .from("{{gateway}}")
                // spotless:off
                .filter(header(EnoceanConstants.CONNECTION).isNotNull())
                    // The gateway's link (body connecting|up|down, the reason apart): the adapter marks its objects
                    // (LinkStateOnBus) until the bus's generic objectbus:connection?object={{gatewayId}} is used here.
                    .setHeader(ObjectBusConstants.REASON, header(EnoceanConstants.REASON))
                .end()
                // spotless:on
                .process("{{adapter}}");
    }
}
