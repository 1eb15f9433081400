// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;

/** The TLS context of a link from PKCS#12 stores, with an error that names the store when one cannot be read. */
final class TlsContexts {

    private TlsContexts() {}

    static SSLContext of(ConnectionSettings settings) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers(settings), trustManagers(settings), null);
            return context;
        } catch (IllegalArgumentException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot set up TLS: " + e.getMessage(), e);
        }
    }

    private static KeyManager[] keyManagers(ConnectionSettings settings) throws Exception {
        if (settings.keyStore() == null) {
            return null;
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(
                load(settings.keyStore(), settings.keyStorePassword(), "keyStore"), chars(settings.keyStorePassword()));
        return factory.getKeyManagers();
    }

    private static TrustManager[] trustManagers(ConnectionSettings settings) throws Exception {
        if (settings.trustStore() == null) {
            return null; // the JVM's default trust
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(load(settings.trustStore(), settings.trustStorePassword(), "trustStore"));
        return factory.getTrustManagers();
    }

    private static KeyStore load(Path file, String password, String what) {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, chars(password));
            return store;
        } catch (Exception e) {
            throw new IllegalArgumentException("cannot read the " + what + " " + file + ": " + e.getMessage(), e);
        }
    }

    private static char[] chars(String password) {
        return password == null ? new char[0] : password.toCharArray();
    }
}
