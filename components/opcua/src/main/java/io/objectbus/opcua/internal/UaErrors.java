// SPDX-License-Identifier: Apache-2.0
package io.objectbus.opcua.internal;

import io.objectbus.opcua.model.UaStatus;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.eclipse.milo.opcua.stack.core.UaException;

/** Failures as one line a user can act on: the OPC UA status code where there is one, else the innermost cause. */
public final class UaErrors {

    private UaErrors() {}

    /** Milo's messages read "status=Bad_X, message=the text": the code is said already, the text is what is left. */
    private static String text(String message) {
        if (message == null) {
            return "";
        }
        int at = message.lastIndexOf("message=");
        String text = at < 0 ? message : message.substring(at + "message=".length());
        // Java exception class names tell a user nothing: "x.y.SomeException: Connection refused" says "Connection
        // refused".
        text = text.replaceFirst("^([\\w$]+\\.)+[\\w$]*(Exception|Error): ", "");
        return text.startsWith("status=") ? "" : text.replaceAll("[.\\s]+$", "");
    }

    public static String describe(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof UaException ua
                && ua.getStatusCode() != null
                && !ua.getStatusCode().isGood()) {
            String code = UaStatus.describe(ua.getStatusCode());
            String message = text(ua.getMessage());
            return message.isBlank() ? code : code + ": " + message;
        }
        if (e instanceof Error fatal) {
            // "org/bouncycastle/cert/X509v3CertificateBuilder" alone does not say that a class is missing.
            return fatal.getClass().getSimpleName() + ": " + fatal.getMessage();
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == e ? text : e.getMessage() + " (" + text + ")";
    }
}
