// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The key and trust store types and paths of the TLS listener: PKCS#12 files, or PEM files read by Artemis's PEM key
 * store provider. A PEM certificate and its key are two files; the listener is given a small PEM configuration that
 * names them (Artemis's {@code PEMCFG} type), so that Artemis watches both and takes a renewed pair up without a
 * restart, as it does a PKCS#12 file.
 */
final class TlsMaterial {

    private static final byte[] PEM_START = "-----BEGIN".getBytes(StandardCharsets.US_ASCII);

    private TlsMaterial() {}

    /** The key store type of the listener. */
    static String keyStoreType(BrokerSecurity security) {
        return security.privateKey() == null ? "PKCS12" : "PEMCFG";
    }

    /** The file the listener loads its key store from: the PKCS#12 file, or a PEM configuration under the data folder. */
    static Path keyStorePath(BrokerSecurity security, Path dataDir) {
        if (security.privateKey() == null) {
            return security.keyStore();
        }
        Properties sources = new Properties();
        sources.setProperty("source.key", security.privateKey().toAbsolutePath().toString());
        sources.setProperty("source.cert", security.keyStore().toAbsolutePath().toString());
        Path config = dataDir.resolve("tls").resolve("listener.pemcfg");
        try {
            Files.createDirectories(config.getParent());
            try (OutputStream out = Files.newOutputStream(config)) {
                sources.store(out, "The PEM files of the TLS listener, written by the node at each start");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + config, e);
        }
        return config;
    }

    /** PEMCA for a PEM bundle of CA certificates, PKCS12 otherwise. */
    static String trustStoreType(Path trustStore) {
        return isPem(trustStore) ? "PEMCA" : "PKCS12";
    }

    private static boolean isPem(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            String start = new String(in.readNBytes(4096), StandardCharsets.US_ASCII).stripLeading();
            return start.startsWith(new String(PEM_START, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // Missing or unreadable: the listener's start names the file.
            return false;
        }
    }
}
