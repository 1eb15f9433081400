// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a link reaches the far broker.
 *
 * @param url {@code ssl://host:8883}, {@code wss://host:8443/mqtt}, or plain {@code tcp://} and {@code ws://}
 * @param keyStore PKCS#12 with this node's certificate, for mutual TLS; null for none
 * @param trustStore PKCS#12 with the far broker's certificate or its CA; null for the JVM's default trust
 */
public record ConnectionSettings(
        String url,
        String clientId,
        String username,
        String password,
        Path keyStore,
        String keyStorePassword,
        Path trustStore,
        String trustStorePassword,
        boolean hostnameVerification,
        Duration keepAlive,
        Duration reconnectDelay,
        Duration reconnectMaxDelay) {

    public boolean secure() {
        return url.startsWith("ssl://") || url.startsWith("wss://");
    }

    /** Secrets stay out of logs. */
    @Override
    public String toString() {
        return "ConnectionSettings[url=" + url + ", clientId=" + clientId + ", username=" + username + ", keyStore="
                + keyStore + ", trustStore=" + trustStore + "]";
    }
}
