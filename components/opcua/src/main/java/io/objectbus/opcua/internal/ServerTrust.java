// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua.internal;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.milo.opcua.stack.core.security.CertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.DefaultClientCertificateValidator;
import org.eclipse.milo.opcua.stack.core.security.FileBasedCertificateQuarantine;
import org.eclipse.milo.opcua.stack.core.security.FileBasedTrustListManager;
import org.eclipse.milo.opcua.stack.core.util.CertificateUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Which server certificates a client accepts: those of a trust list folder, or any (each logged once). */
public final class ServerTrust {

    private static final Logger LOG = LoggerFactory.getLogger(ServerTrust.class);

    private ServerTrust() {}

    public static CertificateValidator of(String trustListDir) throws Exception {
        if (trustListDir == null || trustListDir.isBlank()) {
            return new AcceptAny();
        }
        Path pki = Path.of(trustListDir);
        return new DefaultClientCertificateValidator(
                FileBasedTrustListManager.createAndInitialize(pki),
                FileBasedCertificateQuarantine.create(pki.resolve("rejected").resolve("certs")));
    }

    /** Accepts every certificate and says so, with its thumbprint, so that an operator can pin it later. */
    static final class AcceptAny implements CertificateValidator {

        /** Thumbprints already logged, in this JVM: an adapter makes a new validator on every connection attempt. */
        private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

        @Override
        public void validateCertificateChain(
                List<X509Certificate> chain, String applicationUri, String[] validHostnames) {
            X509Certificate certificate = chain.get(0);
            String thumbprint = thumbprint(certificate);
            if (SEEN.add(thumbprint)) {
                LOG.warn(
                        "Accepting OPC UA server certificate {} (SHA-1 {}) without a trust list: set trustListDir to"
                                + " check server certificates",
                        certificate.getSubjectX500Principal(),
                        thumbprint);
            }
        }

        private static String thumbprint(X509Certificate certificate) {
            try {
                return java.util.HexFormat.of()
                        .formatHex(CertificateUtil.thumbprint(certificate).bytesOrEmpty());
            } catch (Exception e) {
                return "?";
            }
        }
    }
}
