// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker.security;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Passwords already proven against a stored hash, so that a client that connects again does not cost a PBKDF2
 * derivation (about 0.1 s of a gateway's core) each time: a thousand devices reconnecting after a network cut would
 * otherwise hold both cores for a minute and a half. Keyed by the stored hash, so a rotated or revoked password is
 * never found. It holds an HMAC of each proven password under a key made at start and kept only in memory, never the
 * password. A wrong password is never remembered and always pays the full derivation: a guesser gains nothing.
 */
final class VerifiedPasswords {

    /** Stored hashes are one per identity; rotations leave old ones behind, so the memory is bounded. */
    private static final int MOST = 10_000;

    private final SecretKeySpec key;
    private final Map<String, byte[]> proven = new ConcurrentHashMap<>();

    VerifiedPasswords() {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        key = new SecretKeySpec(secret, "HmacSHA256");
    }

    /** Whether the password matches the stored PBKDF2 hash. */
    boolean matches(String stored, char[] password) {
        byte[] mac = mac(password);
        byte[] known = proven.get(stored);
        if (known != null && MessageDigest.isEqual(known, mac)) {
            return true;
        }
        boolean right = PasswordHash.matches(stored, password);
        if (right) {
            if (proven.size() >= MOST) {
                proven.clear();
            }
            proven.put(stored, mac);
        }
        return right;
    }

    private byte[] mac(char[] password) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(key);
            hmac.update(bytes);
            return hmac.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no HmacSHA256", e);
        } finally {
            Arrays.fill(bytes.array(), (byte) 0);
        }
    }
}
