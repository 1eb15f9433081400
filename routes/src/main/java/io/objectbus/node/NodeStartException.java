// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node;

/**
 * A part of the node that its configuration asks for did not start. The message is the whole story for the user:
 * what did not start, why, and which setting changes it; the node ends with exit status 1.
 */
public final class NodeStartException extends RuntimeException {

    public NodeStartException(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * The reason of a failure in one phrase: the kind and message of an Error in its causes ("NoClassDefFoundError:
     * org/bouncycastle/…": the class name alone would not say that it is missing), else the innermost cause's message.
     */
    public static String reason(Throwable failure) {
        Error error = error(failure);
        Throwable root = error != null ? error : innermost(failure);
        String message = root.getMessage() == null ? "" : root.getMessage();
        if (error != null || message.isBlank()) {
            return root.getClass().getSimpleName() + (message.isBlank() ? "" : ": " + message);
        }
        return message;
    }

    /** The first Error among the failure and its causes, or null: something the node did not expect. */
    public static Error error(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof Error error) {
                return error;
            }
        }
        return null;
    }

    private static Throwable innermost(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }
}
