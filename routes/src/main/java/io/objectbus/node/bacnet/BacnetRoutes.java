// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bacnet;

import static io.objectbus.bacnet.BacnetConstants.ANNOUNCED;
import static io.objectbus.bacnet.BacnetConstants.ARRAY_INDEX;
import static io.objectbus.bacnet.BacnetConstants.DEVICE_ADDRESS;
import static io.objectbus.bacnet.BacnetConstants.DEVICE_INSTANCE;
import static io.objectbus.bacnet.BacnetConstants.EVENT;
import static io.objectbus.bacnet.BacnetConstants.LOST;
import static io.objectbus.bacnet.BacnetConstants.OBJECT_ID;
import static io.objectbus.bacnet.BacnetConstants.SCANNED;
import static io.objectbus.bacnet.BacnetConstants.VALUES;

import io.objectbus.bacnet.client.BacnetException;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;

/**
 * BACnet/IP on the bus. The route template {@value #TEMPLATE} attaches one BACnet/IP network: its devices' analog,
 * binary and multi-state objects become bus objects, with values by COV where a device allows it and by polling
 * where not, stale while a device does not answer; a device read again or restarted gets the bus's commands back.
 * The route {@value #WRITES_ROUTE} takes the bus's writes to BACnet
 * objects to the device of the adapter that found them, at the bus's priority. A YAML file in {@code routes/}
 * instantiates the template (docs/adapters/bacnet.md):
 *
 * <pre>
 * - templatedRoute:
 *     routeTemplateRef: bacnet-network
 *     routeId: adapter-bacnet-plant
 *     parameters:
 *       - name: name
 *         value: plant
 *       - name: localPort
 *         value: "47808"
 * </pre>
 */
public class BacnetRoutes extends RouteBuilder {
    public static final String TEMPLATE = "bacnet-network";
    public static final String WRITES_ROUTE = "adapter-bacnet-writes";

    private static final String MAPPINGS = BacnetMappings.BEAN;

    @Override
    public void configure() {
        writes();
        network(BacnetTemplateParameters.declare(routeTemplate(TEMPLATE)).from(BacnetTemplateParameters.URI));
    }

    private void network(org.apache.camel.model.RouteDefinition route) {
        // spotless:off
        route
            .choice()
                .when(header(EVENT).isEqualTo(SCANNED))
                    .setProperty("scan", body())
                    .setBody(method(MAPPINGS, "describe('{{name}}', {{localPort}}, ${body}, {{writable}})"))
                    .to("objectbus:describe")
                    .setBody(method(MAPPINGS, "scanSamples('{{name}}', ${exchangeProperty.scan})"))
                    .to("objectbus:publish")
                    .split(method(MAPPINGS, "removed('{{name}}')"))
                        .setHeader("ObjectBusObject", body())
                        .to("objectbus:remove")
                    .end()
                    // A device read again (found, or back after it was lost) may have restarted without the
                    // bus's commands: the bus sends the levels it holds again (none right after a node start).
                    .split(method(MAPPINGS, "objectIds('{{name}}', ${exchangeProperty.scan})"))
                        .setHeader("ObjectBusObject", body())
                        .setBody(simple("BACnet device ${header." + DEVICE_INSTANCE + "} read again"))
                        .to("objectbus:recommand")
                    .end()
                .endChoice()
                .when(header(EVENT).isEqualTo(VALUES))
                    .setBody(method(MAPPINGS, "samples('{{name}}', ${body})"))
                    .to("objectbus:publish")
                .when(header(EVENT).isEqualTo(LOST))
                    .setHeader("ObjectBusReason", method(MAPPINGS, "reason(${body})"))
                    .split(method(MAPPINGS, "lost('{{name}}', ${body})"))
                        .setHeader("ObjectBusObject", body())
                        .setBody(header("ObjectBusReason"))
                        .to("objectbus:stale")
                    .end()
                .endChoice()
                .when(header(EVENT).isEqualTo(ANNOUNCED))
                    // An I-Am of a device that answers: to a Who-Is, or after a restart that emptied its priority
                    // arrays. Each level the bus holds there is read back; an empty one gets its command again.
                    .split(method(MAPPINGS, "held('{{name}}', ${body})"))
                        .setProperty("held", body())
                        .setHeader(DEVICE_ADDRESS, simple("${body.address}"))
                        .setHeader(OBJECT_ID, simple("${body.object}"))
                        .setHeader(ARRAY_INDEX, simple("${body.priority}"))
                        .doTry()
                            .to(BacnetTemplateParameters.READ_LEVEL)
                            .filter(method(MAPPINGS, "emptied(${body})"))
                                .setHeader("ObjectBusObject", simple("${exchangeProperty.held.objectId}"))
                                .setBody(simple("BACnet device ${exchangeProperty.held.device} has priority"
                                        + " ${exchangeProperty.held.priority} of ${exchangeProperty.held.object} empty"))
                                .to("objectbus:recommand")
                            .endDoTry()
                        .doCatch(BacnetException.class)
                            .log(LoggingLevel.DEBUG, "BACnet level not read back: ${exception.message}")
                        .end()
                    .end()
            .end();
        // spotless:on
    }

    private void writes() {
        // spotless:off
        from("objectbus:set?protocol=bacnet")
            .routeId(WRITES_ROUTE)
            // A refused write is an answer to the writer (failed, with the BACnet error), not a fault of the route.
            .errorHandler(noErrorHandler())
            .setProperty(WriteStep.PLAN, method(MAPPINGS, "write(${body})"))
            .loop(simple("${exchangeProperty." + WriteStep.PLAN + ".steps()}"))
                .process(new WriteStep())
                // Not cached (-1): a cached producer would hold the port open after its adapter is gone.
                .toD("bacnet:client?localPort=${header." + WriteStep.LOCAL_PORT + "}&operation=writeProperty", -1)
            .end()
            .bean(MAPPINGS, "applied(${exchangeProperty." + WriteStep.PLAN + "})");
        // spotless:on
    }
}
