// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.bridges;

import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteTemplateDefinition;

/**
 * Links of the node as two route templates: {@code objectbus-router} (to another ObjectBus node, both ways) and
 * {@code objectbus-cloud-bridge} (to a cloud broker, in a public topic convention). Each instance is one route,
 * {@code router-<name>} or {@code bridge-<name>}, whose link stores what is bound for the far side while it is away.
 * A YAML file in {@code routes/bridges/} or {@code camel.route-template[n].*} properties instantiate them; see
 * docs/routers.md.
 */
public class RouterTemplates extends RouteBuilder {

    public static final String ROUTER = "objectbus-router";
    public static final String BRIDGE = "objectbus-cloud-bridge";

    private static final String CONNECTION = "url=RAW({{url}})&username={{username}}&password=RAW({{password}})"
            + "&trustStore={{trustStore}}&trustStorePassword=RAW({{trustStorePassword}})&keyStore={{keyStore}}"
            + "&keyStorePassword=RAW({{keyStorePassword}})&hostnameVerification={{hostnameVerification}}"
            + "&nodes={{nodes}}&types={{types}}&tags={{tags}}&transit={{transit}}&maxStoreBytes={{maxStoreBytes}}"
            + "&window={{window}}&reconnectDelay={{reconnectDelay}}&reconnectMaxDelay={{reconnectMaxDelay}}";

    @Override
    public void configure() {
        router();
        bridge();
    }

    private void router() {
        RouteTemplateDefinition template = routeTemplate(ROUTER)
                .templateParameter(
                        "name",
                        null,
                        "Link id (text, [A-Za-z0-9_-]): names the route router-<name>, its"
                                + " queues and its entry in the node's links.")
                .templateParameter(
                        "remoteNode",
                        null,
                        "Id of the node at the far end (text); it runs a router to" + " this node too.");
        connection(template, "true");
        // spotless:off
        template
            .from("oblink:{{name}}?remoteNode={{remoteNode}}&" + CONNECTION)
                .routeId("router-{{name}}")
                .to("objectbus:forward");
        // spotless:on
    }

    private void bridge() {
        RouteTemplateDefinition template = routeTemplate(BRIDGE)
                .templateParameter("name", null, "Bridge id (text, [A-Za-z0-9_-]): names the route bridge-<name>.")
                .templateParameter(
                        "format",
                        "telemetry",
                        "telemetry ({site}/{object}/{resource} with a small JSON"
                                + " value), sparkplug (Sparkplug B topics, JSON payloads) or objectbus (the bus's payloads).")
                .templateParameter(
                        "site",
                        "",
                        "Site name for {site}, and the Sparkplug group id; the node id when" + " empty (text).")
                .templateParameter(
                        "topicTemplate",
                        "",
                        "Topic of a value with {site}, {node}, {object},"
                                + " {resource}; empty for the format's own (text).");
        connection(template, "false");
        // spotless:off
        template
            .from("oblink:{{name}}?format={{format}}&site={{site}}&topicTemplate={{topicTemplate}}&" + CONNECTION)
                .routeId("bridge-{{name}}")
                .to("objectbus:forward");
        // spotless:on
    }

    private static void connection(RouteTemplateDefinition template, String transit) {
        template.templateParameter(
                        "url",
                        null,
                        "The far broker: ssl://host:8883, wss://host:8883/mqtt (TLS), or"
                                + " tcp:// and ws:// on a trusted network (text).")
                .templateParameter("username", "", "User name on the far broker (text).")
                .templateParameter("password", "", "Password on the far broker (text; never logged).")
                .templateParameter(
                        "trustStore",
                        "",
                        "PKCS#12 file with the far broker's certificate or CA; empty" + " for the JVM's trust (text).")
                .templateParameter("trustStorePassword", "", "Its password (text).")
                .templateParameter("keyStore", "", "PKCS#12 file with this node's certificate, for mutual TLS (text).")
                .templateParameter("keyStorePassword", "", "Its password (text).")
                .templateParameter(
                        "hostnameVerification", "true", "Check that the far certificate names the host" + " (boolean).")
                .templateParameter("nodes", "*", "Globs of the nodes whose objects cross (text, comma-separated).")
                .templateParameter("types", "", "Globs of the object types that cross; empty for all (text).")
                .templateParameter("tags", "", "Globs of the object tags that cross; empty for all (text).")
                .templateParameter(
                        "transit", transit, "Carry other nodes' objects too, not only this node's" + " (boolean).")
                .templateParameter(
                        "maxStoreBytes",
                        "67108864",
                        "Bytes kept on disk while the far side is away;"
                                + " beyond, new messages are dropped and counted (integer).")
                .templateParameter(
                        "window",
                        "256",
                        "Publications in flight per stream (integer); 1 for a far"
                                + " broker that must not see them out of order under load.")
                .templateParameter("reconnectDelay", "1000", "First wait before reconnecting, ms; doubles (integer).")
                .templateParameter("reconnectMaxDelay", "30000", "Longest wait between attempts, ms (integer).");
    }
}
