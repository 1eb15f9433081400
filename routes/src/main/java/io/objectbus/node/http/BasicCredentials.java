// SPDX-License-Identifier: Apache-2.0
package io.objectbus.node.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A user name and password of an HTTP Basic {@code Authorization} header (RFC 7617). */
record BasicCredentials(String user, String password) {

    /** The WWW-Authenticate challenge of a 401, so that a browser asks for the login. */
    static final String CHALLENGE = "Basic realm=\"objectbus\", charset=\"UTF-8\"";

    private static final String BASIC = "Basic ";

    /** The header's credentials; null when there is no header or it is not Basic. Undecodable ones are empty. */
    static BasicCredentials of(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, BASIC, 0, BASIC.length())) {
            return null;
        }
        try {
            String pair = new String(
                    Base64.getDecoder()
                            .decode(authorization.substring(BASIC.length()).trim()),
                    StandardCharsets.UTF_8);
            int colon = pair.indexOf(':');
            return colon < 0
                    ? new BasicCredentials(pair, "")
                    : new BasicCredentials(pair.substring(0, colon), pair.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            return new BasicCredentials("", "");
        }
    }
}
