// SPDX-License-Identifier: Apache-2.0
package io.objectbus.northbound.opcua;

import static org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS;
import static org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig.USER_TOKEN_POLICY_USERNAME;

import io.objectbus.bus.BusValue;
import io.objectbus.bus.BusView;
import io.objectbus.model.ObjectDescriptor;
import io.objectbus.opcua.security.SelfSignedIdentity;
import io.objectbus.opcua.security.ServerCertificates;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.identity.AnonymousIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.IdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.UsernameIdentityValidator;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's bus served over OPC UA (Eclipse Milo's server SDK): every object and resource of the node as Object and
 * Variable nodes, values live, writes through {@code $set}. It watches the bus in-VM through a {@link BusView}.
 */
public final class BusOpcUaServer implements BusView.Listener, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BusOpcUaServer.class);

    private final ServerSettings settings;
    private final BusView view;
    private OpcUaServer server;
    private BusNamespace namespace;
    private BusView.Watch watch;

    public BusOpcUaServer(ServerSettings settings, BusView view) {
        this.settings = settings;
        this.view = view;
    }

    public void start() throws Exception {
        SelfSignedIdentity identity = SelfSignedIdentity.loadOrCreate(
                Path.of(settings.certificateDir(), "server.p12"),
                "ObjectBus node " + settings.node(),
                "urn:objectbus:" + settings.node() + ":opcua-server");
        OpcUaServerConfig config = OpcUaServerConfig.builder()
                .setApplicationUri(identity.applicationUri())
                .setProductUri("urn:objectbus")
                .setApplicationName(LocalizedText.english("ObjectBus node " + settings.node()))
                .setEndpoints(endpoints(identity))
                .setCertificateManager(
                        ServerCertificates.manager(identity, new CertificateValidator.InsecureCertificateValidator()))
                .setIdentityValidator(users())
                .build();
        server = AccessLevelFirst.server(
                config,
                profile -> new OpcTcpServerTransport(
                        OpcTcpServerTransportConfig.newBuilder().build()));
        namespace = new BusNamespace(server, settings.node(), new BusWriter(settings, view));
        namespace.startup();
        server.startup().get(30, TimeUnit.SECONDS);
        watch = view.watch(BusView.Selection.node(settings.node()), this);
        LOG.info(
                "OPC UA server of node {} on {} ({}, {})",
                settings.node(),
                settings.endpointUrl(),
                settings.secure() ? settings.securityPolicy() : "no security",
                settings.login() ? "user " + settings.username() : "anonymous");
    }

    @Override
    public void close() throws Exception {
        if (watch != null) {
            watch.close();
        }
        if (namespace != null) {
            namespace.shutdown();
        }
        if (server != null) {
            server.shutdown().get(10, TimeUnit.SECONDS);
        }
    }

    private IdentityValidator users() {
        if (!settings.login()) {
            return AnonymousIdentityValidator.INSTANCE;
        }
        return new UsernameIdentityValidator(challenge -> settings.username().equals(challenge.getUsername())
                && settings.password() != null
                && settings.password().equals(challenge.getPassword()));
    }

    private Set<EndpointConfig> endpoints(SelfSignedIdentity identity) {
        EndpointConfig.Builder base = EndpointConfig.newBuilder()
                .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                .setBindAddress(settings.host())
                .setHostname(settings.host().equals("0.0.0.0") ? "localhost" : settings.host())
                .setBindPort(settings.port())
                .setPath(settings.path())
                .setCertificate(identity.certificate())
                .addTokenPolicies(settings.login() ? USER_TOKEN_POLICY_USERNAME : USER_TOKEN_POLICY_ANONYMOUS);
        Set<EndpointConfig> endpoints = new LinkedHashSet<>();
        if (settings.secure()) {
            endpoints.add(base.copy()
                    .setSecurityPolicy(SecurityPolicy.valueOf(settings.securityPolicy()))
                    .setSecurityMode(MessageSecurityMode.SignAndEncrypt)
                    .build());
            // Part 12 clause 7.2: with only secure endpoints, clients find them through one without security.
            endpoints.add(EndpointConfig.newBuilder()
                    .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                    .setBindAddress(settings.host())
                    .setHostname(settings.host())
                    .setBindPort(settings.port())
                    .setPath(settings.path() + "/discovery")
                    .setCertificate(identity.certificate())
                    .build());
        } else {
            endpoints.add(base.copy()
                    .setSecurityPolicy(SecurityPolicy.None)
                    .setSecurityMode(MessageSecurityMode.None)
                    .build());
        }
        return endpoints;
    }

    @Override
    public void described(String node, ObjectDescriptor object) {
        namespace.described(object);
    }

    @Override
    public void removed(String node, String objectId) {
        namespace.removed(objectId);
    }

    @Override
    public void value(BusValue value) {
        namespace.value(value);
    }
}
