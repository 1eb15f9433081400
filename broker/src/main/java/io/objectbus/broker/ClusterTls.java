// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * TLS between the members of a cluster, both ways: each member's listener asks the others for a certificate of the
 * trusted CA, and each member presents its own when it connects to the others. PKCS#12 stores.
 *
 * @param keyStore the member's key and certificate chain, for its listener and its connections; null for plain TCP
 * @param trustStore the CA (or certificates) that members' certificates must come from
 */
public record ClusterTls(Path keyStore, String keyStorePassword, Path trustStore, String trustStorePassword) {

    public static ClusterTls none() {
        return new ClusterTls(null, "", null, "");
    }

    public boolean enabled() {
        return keyStore != null;
    }

    /** Options of the cluster listener: TLS, and a member certificate required of whoever connects. */
    String acceptorOptions() {
        return enabled() ? stores() + ";needClientAuth=true;enabledProtocols=TLSv1.2,TLSv1.3" : "";
    }

    /**
     * Options of the connectors to the members: TLS with this member's certificate, and the member's name checked
     * against its certificate, so that only a member at the address listed is taken for one.
     */
    String connectorOptions() {
        return enabled() ? stores() + ";verifyHost=true" : "";
    }

    private String stores() {
        return ";sslEnabled=true;keyStoreType=PKCS12;keyStorePath=" + encode(keyStore.toAbsolutePath())
                + ";keyStorePassword=" + encode(keyStorePassword)
                + ";trustStoreType=PKCS12;trustStorePath=" + encode(trustStore.toAbsolutePath())
                + ";trustStorePassword=" + encode(trustStorePassword);
    }

    private static String encode(Object value) {
        return URLEncoder.encode(String.valueOf(value), StandardCharsets.UTF_8);
    }
}
