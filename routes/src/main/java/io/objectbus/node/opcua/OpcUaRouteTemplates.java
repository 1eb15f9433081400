// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.opcua;

import static io.objectbus.opcua.OpcUaConstants.BROWSED;
import static io.objectbus.opcua.OpcUaConstants.EVENT;
import static io.objectbus.opcua.OpcUaConstants.LOST;
import static io.objectbus.opcua.OpcUaConstants.VALUES;

import org.apache.camel.builder.RouteBuilder;

/**
 * The OPC UA adapter as two route templates: {@code opcua-source} (browse, describe, subscribe, publish, stale) and
 * {@code opcua-writes} (bus writes to the server). A YAML file in {@code routes/adapters/} or
 * {@code camel.route-template[n].*} properties instantiate them; see docs/adapters/opcua.md.
 */
public class OpcUaRouteTemplates extends RouteBuilder {

    public static final String SOURCE = "opcua-source";
    public static final String WRITES = "opcua-writes";
    /** The bean with the OPC UA mapping of every adapter. */
    public static final String MAPPING = "opcuaMapping";

    private static final String NAME = "Adapter name (text, [A-Za-z0-9_-]): object ids start with it, route ids end"
            + " with it; unique per node, and no name may be another's followed by '-'.";

    @Override
    public void configure() {
        source();
        writes();
    }

    private void source() {
        // spotless:off
        routeTemplate(SOURCE)
            .templateParameter("name", null, NAME)
            .templateParameter("endpointUrl", null, "Server endpoint URL (text), e.g. opc.tcp://plc.local:4840.")
            .templateParameter("roots", "i=85", "Node ids to browse from (text, comma-separated; ns=2;s=Plant or"
                    + " nsu=urn:...;s=Plant). Default: the Objects folder.")
            .templateParameter("depth", "3", "Levels of objects and folders to browse below each root (integer).")
            .templateParameter("writable", "false", "true: variables the server lets us write are writable on the"
                    + " bus; instantiate opcua-writes for the same name too (boolean).")
            .templateParameter("securityPolicy", "None", "None, Basic256Sha256, Aes128_Sha256_RsaOaep or"
                    + " Aes256_Sha256_RsaPss (text).")
            .templateParameter("securityMode", "", "None, Sign or SignAndEncrypt; empty: SignAndEncrypt with a"
                    + " policy, else None (text).")
            .templateParameter("username", "", "User name; empty for anonymous (text).")
            .templateParameter("password", "", "Password (text; never logged).")
            .templateParameter("certificateDir", "data/opcua", "Folder of the adapter's own certificate, client.p12,"
                    + " made on first use (text).")
            .templateParameter("trustListDir", "", "Folder of trusted server certificates; empty: any server"
                    + " certificate is accepted and logged (text).")
            .templateParameter("samplingInterval", "1000", "Sampling interval of monitored items, ms (number).")
            .templateParameter("publishingInterval", "1000", "Publishing interval of the subscription, ms (number).")
            .templateParameter("deadband", "0", "Deadband of numeric variables (number; 0: every change).")
            .templateParameter("deadbandType", "absolute", "absolute, or percent of the EURange (text).")
            .templateParameter("browseInterval", "600000", "Browse again every so many ms; 0 never (integer).")
            .templateParameter("reconnectDelay", "1000", "First wait before reconnecting, ms; doubles (integer).")
            .templateParameter("reconnectMaxDelay", "30000", "Longest wait between connection attempts, ms (integer).")
            .from("opcua:{{name}}?endpointUrl={{endpointUrl}}&roots={{roots}}&depth={{depth}}"
                    + "&securityPolicy={{securityPolicy}}&securityMode={{securityMode}}"
                    + "&username={{username}}&password=RAW({{password}})"
                    + "&certificateDir={{certificateDir}}&trustListDir={{trustListDir}}"
                    + "&samplingInterval={{samplingInterval}}&publishingInterval={{publishingInterval}}"
                    + "&deadband={{deadband}}&deadbandType={{deadbandType}}&browseInterval={{browseInterval}}"
                    + "&reconnectDelay={{reconnectDelay}}&reconnectMaxDelay={{reconnectMaxDelay}}")
                .choice()
                    .when(header(EVENT).isEqualTo(BROWSED))
                        .setBody(method(MAPPING, "describe('{{name}}', ${body}, {{writable}})"))
                        .to("objectbus:describe")
                        .setBody(method(MAPPING, "monitored('{{name}}')"))
                        .to("opcua:{{name}}?operation=monitor")
                        .setBody(method(MAPPING, "removed('{{name}}')"))
                        .split(body())
                            .setHeader("ObjectBusObject", body())
                            .to("objectbus:remove")
                        .end()
                    .endChoice()
                    .when(header(EVENT).isEqualTo(VALUES))
                        .setBody(method(MAPPING, "samples('{{name}}', ${body})"))
                        .to("objectbus:publish")
                    .when(header(EVENT).isEqualTo(LOST))
                        .setHeader("ObjectBusReason", body())
                        .setBody(method(MAPPING, "objectIds('{{name}}')"))
                        .split(body())
                            .setHeader("ObjectBusObject", body())
                            .setBody(header("ObjectBusReason"))
                            .to("objectbus:stale")
                        .end()
                .end();
        // spotless:on
    }

    private void writes() {
        // spotless:off
        routeTemplate(WRITES)
            .templateParameter("name", null, NAME)
            .from("objectbus:set?object={{name}}-*&protocol=opcua")
                // A refused write is an answer, not a fault of the node: the writer gets it, the log a line.
                .errorHandler(noErrorHandler())
                .setBody(method(MAPPING, "write('{{name}}', ${body})"))
                .to("opcua:{{name}}?operation=write");
        // spotless:on
    }
}
