// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.junit.jupiter.api.Test;

class UaErrorsTest {

    @Test
    void aStatusCodeIsNamedOnceWithTheServersText() {
        UaException denied = new UaException(
                StatusCodes.Bad_UserAccessDenied,
                "UaServiceFaultException: status=Bad_UserAccessDenied, message=User does not have permission.");
        assertThat(UaErrors.describe(new CompletionException(denied)))
                .isEqualTo("Bad_UserAccessDenied (0x801F0000): User does not have permission");
    }

    @Test
    void javaClassNamesAreLeftOut() {
        UaException refused = new UaException(
                StatusCodes.Bad_ConnectionRejected,
                "status=Bad_ConnectionRejected, message=io.netty.channel.AbstractChannel$AnnotatedConnectException:"
                        + " Connection refused: /127.0.0.1:4840");
        assertThat(UaErrors.describe(refused))
                .isEqualTo("Bad_ConnectionRejected (0x80AC0000): Connection refused: /127.0.0.1:4840");
    }

    @Test
    void withoutAStatusCodeTheInnermostCauseSpeaks() {
        Exception wrapped = new IllegalStateException("connect failed", new ConnectException("Connection refused"));
        assertThat(UaErrors.describe(wrapped)).isEqualTo("connect failed (Connection refused)");
        assertThat(UaErrors.describe(new UaException(StatusCodes.Bad_Timeout))).isEqualTo("Bad_Timeout (0x800A0000)");
    }

    @Test
    void aClassMissingFromTheClassPathIsNamedAsSuch() {
        Error missing = new NoClassDefFoundError("org/bouncycastle/pkcs/PKCS10CertificationRequestBuilder");
        missing.initCause(new ClassNotFoundException("org.bouncycastle.pkcs.PKCS10CertificationRequestBuilder"));
        assertThat(UaErrors.describe(new CompletionException(missing)))
                .isEqualTo("NoClassDefFoundError: org/bouncycastle/pkcs/PKCS10CertificationRequestBuilder");
    }
}
