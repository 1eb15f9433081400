// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.opcua.internal;

import io.objectbus.transforms.opcua.OpcUaQuality;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.eclipse.milo.opcua.stack.core.UaException;

/** Failures as one line a user can act on: the OPC UA status code where there is one, else the innermost cause. */
public final class UaErrors {

    private UaErrors() {}

    public static String describe(Throwable error) {
        Throwable e = error;
        while ((e instanceof CompletionException || e instanceof ExecutionException) && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof UaException ua
                && ua.getStatusCode() != null
                && !ua.getStatusCode().isGood()) {
            String message = ua.getMessage();
            String code = OpcUaQuality.describe(ua.getStatusCode());
            return message == null || message.isBlank() || message.equals(code) ? code : code + ": " + message;
        }
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String text = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return root == e ? text : e.getMessage() + " (" + text + ")";
    }
}
