// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua.security;

import java.security.KeyPair;
import java.security.cert.X509Certificate;
import org.eclipse.milo.opcua.stack.core.security.CertificateManager;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.DefaultApplicationGroup;
import org.eclipse.milo.opcua.stack.core.security.DefaultCertificateManager;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.MemoryCertificateStore;
import org.eclipse.milo.opcua.stack.core.security.MemoryTrustListManager;
import org.eclipse.milo.opcua.stack.core.security.RsaSha256CertificateFactory;

/** The certificate manager of an OPC UA server with one application certificate, held in memory. */
public final class ServerCertificates {

    private ServerCertificates() {}

    /**
     * @param clientValidator decides which client certificates the server accepts on secure channels
     */
    public static CertificateManager manager(SelfSignedIdentity identity, CertificateValidator clientValidator)
            throws Exception {
        RsaSha256CertificateFactory factory = new RsaSha256CertificateFactory() {
            @Override
            protected KeyPair createRsaSha256KeyPair() {
                return identity.keyPair();
            }

            @Override
            protected X509Certificate[] createRsaSha256CertificateChain(KeyPair keyPair) {
                return new X509Certificate[] {identity.certificate()};
            }
        };
        DefaultApplicationGroup group = DefaultApplicationGroup.createAndInitialize(
                new MemoryTrustListManager(), new MemoryCertificateStore(), factory, clientValidator);
        return new DefaultCertificateManager(new MemoryCertificateQuarantine(), group);
    }
}
