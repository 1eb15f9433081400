// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua.internal;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

import io.objectbus.opcua.OpcUaConfiguration;
import io.objectbus.opcua.security.SelfSignedIdentity;
import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.OpcUaClientConfigBuilder;
import org.eclipse.milo.opcua.sdk.client.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.identity.IdentityProvider;
import org.eclipse.milo.opcua.sdk.client.identity.UsernameProvider;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.structured.EndpointDescription;
import org.eclipse.milo.opcua.stack.core.util.EndpointUtil;

/**
 * Makes the Milo client for an adapter: asks the server for its endpoints (Part 4 clause 5.4.4), takes the one with
 * the configured security policy and mode, and sets the adapter's certificate and user.
 */
public final class UaClients {

    private UaClients() {}

    public static OpcUaClient create(OpcUaConfiguration config) throws Exception {
        SecurityPolicy policy = policy(config.getSecurityPolicy());
        MessageSecurityMode mode = mode(config.getSecurityMode(), policy);
        SelfSignedIdentity identity = policy == SecurityPolicy.None ? null : identity(config);
        return OpcUaClient.create(
                config.getEndpointUrl(),
                endpoints -> Optional.of(select(endpoints, policy, mode, config.getEndpointUrl())),
                transport -> transport.setConnectTimeout(uint((int) config.getRequestTimeout())),
                client -> configure(client, config, identity));
    }

    private static void configure(
            OpcUaClientConfigBuilder client, OpcUaConfiguration config, SelfSignedIdentity identity) {
        client.setApplicationName(LocalizedText.english("ObjectBus OPC UA adapter"))
                .setApplicationUri(identity == null ? applicationUri() : identity.applicationUri())
                .setProductUri("urn:objectbus")
                .setRequestTimeout(uint((int) config.getRequestTimeout()))
                .setIdentityProvider(user(config));
        try {
            client.setCertificateValidator(ServerTrust.of(config.getTrustListDir()));
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the trust list " + config.getTrustListDir() + ": " + e, e);
        }
        if (identity != null) {
            client.setKeyPair(identity.keyPair())
                    .setCertificate(identity.certificate())
                    .setCertificateChain(new java.security.cert.X509Certificate[] {identity.certificate()});
        }
    }

    static SecurityPolicy policy(String name) {
        for (SecurityPolicy policy : SecurityPolicy.values()) {
            if (policy.name().equalsIgnoreCase(name == null ? "None" : name.strip())) {
                return policy;
            }
        }
        throw new IllegalArgumentException("unknown securityPolicy " + name + "; use None, Basic256Sha256,"
                + " Aes128_Sha256_RsaOaep or Aes256_Sha256_RsaPss");
    }

    static MessageSecurityMode mode(String name, SecurityPolicy policy) {
        if (name == null || name.isBlank()) {
            return policy == SecurityPolicy.None ? MessageSecurityMode.None : MessageSecurityMode.SignAndEncrypt;
        }
        for (MessageSecurityMode mode : MessageSecurityMode.values()) {
            if (mode.name().equalsIgnoreCase(name.strip())) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown securityMode " + name + "; use None, Sign or SignAndEncrypt");
    }

    /**
     * The endpoint with the policy and mode, addressed at the configured host and port: servers often advertise a
     * host name their clients cannot resolve.
     */
    static EndpointDescription select(
            List<EndpointDescription> endpoints, SecurityPolicy policy, MessageSecurityMode mode, String url) {
        return endpoints.stream()
                .filter(e -> policy.getUri().equals(e.getSecurityPolicyUri()) && e.getSecurityMode() == mode)
                .findFirst()
                .map(e -> EndpointUtil.updateUrl(e, EndpointUtil.getHost(url), EndpointUtil.getPort(url)))
                .orElseThrow(() -> new IllegalArgumentException("the server offers no endpoint with security "
                        + policy.name() + "/" + mode + "; it offers " + offered(endpoints)));
    }

    private static String offered(List<EndpointDescription> endpoints) {
        return endpoints.stream()
                .map(e -> SecurityPolicy.fromUriSafe(e.getSecurityPolicyUri())
                                .map(Enum::name)
                                .orElse(e.getSecurityPolicyUri())
                        + "/" + e.getSecurityMode())
                .distinct()
                .collect(Collectors.joining(", "));
    }

    private static IdentityProvider user(OpcUaConfiguration config) {
        String user = config.getUsername();
        if (user == null || user.isBlank()) {
            return AnonymousProvider.INSTANCE;
        }
        return new UsernameProvider(user, config.getPassword() == null ? "" : config.getPassword());
    }

    private static SelfSignedIdentity identity(OpcUaConfiguration config) throws Exception {
        Path file = Path.of(config.getCertificateDir(), "client.p12");
        return SelfSignedIdentity.loadOrCreate(file, "ObjectBus OPC UA adapter", applicationUri());
    }

    private static String applicationUri() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName().toLowerCase(Locale.ROOT);
        } catch (Exception e) {
            host = "localhost";
        }
        return "urn:" + host + ":objectbus:opcua-client";
    }
}
