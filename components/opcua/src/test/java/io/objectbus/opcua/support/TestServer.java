// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua.support;

import static org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS;
import static org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig.USER_TOKEN_POLICY_USERNAME;
import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import io.objectbus.opcua.security.SelfSignedIdentity;
import io.objectbus.opcua.security.ServerCertificates;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.Session;
import org.eclipse.milo.opcua.sdk.server.identity.AnonymousIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.IdentityValidator;
import org.eclipse.milo.opcua.sdk.server.identity.UsernameIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.subscriptions.Subscription;
import org.eclipse.milo.opcua.sdk.server.subscriptions.SubscriptionManager;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.structured.DeleteSubscriptionsRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.RequestHeader;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;

/**
 * A real Eclipse Milo server in the test JVM, on 127.0.0.1 and a free port, serving the {@link PlantNamespace} and
 * changing its values every 100 ms. Secure: Basic256Sha256 sign and encrypt, and a user name is required. Public for
 * the node's tests too (this module's test-jar), the packaged-node tests among them, whose node attaches it from a
 * child JVM.
 */
public final class TestServer implements AutoCloseable {

    public static final String USER = "operator";
    public static final String PASSWORD = "s3cret";
    /** A second user, whose password holds what URIs treat specially: %, +, & and =. */
    public static final String ODD_USER = "night-shift";

    public static final String ODD_PASSWORD = "50%+25&more=x%41";

    /** The node id of the folder the plant's objects are in, by namespace URI. */
    public static final String PLANT_ROOT = "nsu=" + PlantNamespace.URI + ";s=Plant";

    private static SelfSignedIdentity identity;

    public final int port;
    private final boolean secure;
    private OpcUaServer server;
    private PlantNamespace plant;
    private ScheduledExecutorService ticker;

    private TestServer(int port, boolean secure) {
        this.port = port;
        this.secure = secure;
    }

    public static TestServer start(int port, boolean secure) throws Exception {
        TestServer server = new TestServer(port, secure);
        server.startServer();
        return server;
    }

    public String url() {
        return "opc.tcp://127.0.0.1:" + port + "/plant";
    }

    public PlantNamespace plant() {
        return plant;
    }

    public void startServer() throws Exception {
        OpcUaServerConfig config = OpcUaServerConfig.builder()
                .setApplicationUri(identity().applicationUri())
                .setProductUri("urn:objectbus:test")
                .setApplicationName(LocalizedText.english("ObjectBus test plant"))
                .setEndpoints(endpoints())
                .setCertificateManager(
                        ServerCertificates.manager(identity(), new CertificateValidator.InsecureCertificateValidator()))
                .setIdentityValidator(users())
                .build();
        server = new OpcUaServer(
                config,
                profile -> new OpcTcpServerTransport(
                        OpcTcpServerTransportConfig.newBuilder().build()));
        plant = new PlantNamespace(server);
        plant.startup();
        server.startup().get(10, TimeUnit.SECONDS);
        ticker = Executors.newSingleThreadScheduledExecutor();
        ticker.scheduleAtFixedRate(plant::tick, 100, 100, TimeUnit.MILLISECONDS);
    }

    /**
     * Deletes every subscription of every session, as the server does when a subscription's lifetime runs out (Part 4
     * clause 5.13.1.1); with {@code timeout} the client is first told so by a Bad_Timeout status change, as a server
     * with a pending Publish request does. Sessions and connections stay.
     */
    public void dropSubscriptions(boolean timeout) throws Exception {
        for (Session session : server.getSessionManager().getAllSessions()) {
            SubscriptionManager subscriptions = session.getSubscriptionManager();
            List<UInteger> ids = new ArrayList<>();
            for (Subscription subscription : subscriptions.getSubscriptions()) {
                if (timeout) {
                    subscriptions.sendStatusChangeNotification(subscription, new StatusCode(StatusCodes.Bad_Timeout));
                }
                ids.add(subscription.getId());
            }
            RequestHeader header =
                    new RequestHeader(NodeId.NULL_VALUE, DateTime.now(), uint(0), uint(0), null, uint(0), null);
            subscriptions
                    .deleteSubscriptions(new DeleteSubscriptionsRequest(header, ids.toArray(UInteger[]::new)))
                    .get(10, TimeUnit.SECONDS);
        }
    }

    /** Closes every session and deletes its subscriptions, as a server does whose session timeout ran out; the
     * connections stay. */
    public void closeSessions() {
        for (Session session : server.getSessionManager().getAllSessions()) {
            server.getSessionManager().killSession(session.getSessionId(), true);
        }
    }

    /** How many subscriptions the server holds, over all sessions. */
    public int subscriptionCount() {
        return server.getSubscriptions().size();
    }

    public void stopServer() throws Exception {
        ticker.shutdownNow();
        plant.shutdown();
        server.shutdown().get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        stopServer();
    }

    private IdentityValidator users() {
        if (!secure) {
            return AnonymousIdentityValidator.INSTANCE;
        }
        return new UsernameIdentityValidator(
                challenge -> USER.equals(challenge.getUsername()) && PASSWORD.equals(challenge.getPassword())
                        || ODD_USER.equals(challenge.getUsername()) && ODD_PASSWORD.equals(challenge.getPassword()));
    }

    private Set<EndpointConfig> endpoints() throws Exception {
        EndpointConfig.Builder base = EndpointConfig.newBuilder()
                .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                .setBindAddress("127.0.0.1")
                .setHostname("127.0.0.1")
                .setBindPort(port)
                .setPath("/plant")
                .setCertificate(identity().certificate());
        Set<EndpointConfig> endpoints = new LinkedHashSet<>();
        if (secure) {
            endpoints.add(base.copy()
                    .setSecurityPolicy(SecurityPolicy.Basic256Sha256)
                    .setSecurityMode(MessageSecurityMode.SignAndEncrypt)
                    .addTokenPolicies(USER_TOKEN_POLICY_USERNAME)
                    .build());
            // Part 12 clause 7.2: without an endpoint with no security, clients need one to discover the others.
            endpoints.add(base.copy()
                    .setPath("/plant/discovery")
                    .setSecurityPolicy(SecurityPolicy.None)
                    .setSecurityMode(MessageSecurityMode.None)
                    .build());
        } else {
            endpoints.add(base.copy()
                    .setSecurityPolicy(SecurityPolicy.None)
                    .setSecurityMode(MessageSecurityMode.None)
                    .addTokenPolicies(USER_TOKEN_POLICY_ANONYMOUS)
                    .build());
        }
        return endpoints;
    }

    /** One certificate for every test server: making an RSA key takes a while. */
    private static synchronized SelfSignedIdentity identity() throws Exception {
        if (identity == null) {
            identity = SelfSignedIdentity.create("ObjectBus test plant", "urn:objectbus:test:plant-server");
        }
        return identity;
    }
}
