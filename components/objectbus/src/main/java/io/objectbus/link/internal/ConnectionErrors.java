// SPDX-License-Identifier: Apache-2.0
package io.objectbus.link.internal;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.security.cert.CertificateException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.eclipse.paho.mqttv5.common.MqttException;

/** Says in one line why a link could not connect, naming what to check. */
final class ConnectionErrors {

    /** MQTT 5 CONNACK reason codes, and their MQTT 3.1.1 equivalents. */
    private static final int BAD_CREDENTIALS = 0x86;

    private static final int NOT_AUTHORIZED = 0x87;
    private static final int V3_BAD_CREDENTIALS = 4;
    private static final int V3_NOT_AUTHORIZED = 5;

    private ConnectionErrors() {}

    static String describe(Throwable error, ConnectionSettings settings) {
        if (error instanceof MqttException mqtt) {
            int code = mqtt.getReasonCode();
            if (code == BAD_CREDENTIALS || code == V3_BAD_CREDENTIALS) {
                return "refused: bad user name or password (user '" + settings.username() + "')";
            }
            if (code == NOT_AUTHORIZED || code == V3_NOT_AUTHORIZED) {
                return "refused: user '" + settings.username() + "' is not authorized";
            }
        }
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            String reason = describeCause(cause, settings);
            if (reason != null) {
                return reason;
            }
        }
        return String.valueOf(error.getMessage() == null ? error : error.getMessage());
    }

    private static String describeCause(Throwable cause, ConnectionSettings settings) {
        String message = String.valueOf(cause.getMessage());
        if (cause instanceof CertificateException && message.contains("subject alternative")) {
            return "TLS: the certificate of " + settings.url() + " is not issued for that host (" + message + ")";
        }
        if (cause instanceof SSLHandshakeException && message.contains("PKIX")) {
            return "TLS: the certificate of " + settings.url() + " is not trusted; check trustStore ("
                    + settings.trustStore() + ")";
        }
        if (cause instanceof SSLException && refusedCertificate(message)) {
            return "TLS: " + settings.url() + " refused this node's certificate; check keyStore (" + settings.keyStore()
                    + ") and the far broker's trust store (" + message + ")";
        }
        if (cause instanceof SSLException) {
            return "TLS: " + message;
        }
        if (cause instanceof ConnectException) {
            return "nothing listens on " + settings.url() + " (" + message + ")";
        }
        if (cause instanceof UnknownHostException) {
            return "unknown host in " + settings.url();
        }
        if (cause instanceof SocketTimeoutException) {
            return "no answer from " + settings.url();
        }
        return null;
    }

    private static boolean refusedCertificate(String message) {
        return message.contains("bad_certificate")
                || message.contains("certificate_unknown")
                || message.contains("certificate_required")
                || message.contains("unknown_ca");
    }
}
