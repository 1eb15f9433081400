// SPDX-License-Identifier: Apache-2.0
package io.objectbus.broker.security;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted password hashes, {@code pbkdf2-sha256:<iterations>:<salt>:<hash>} (Base64), with the JDK's PBKDF2. The
 * iterations travel with each hash so that a later default does not lock older users out.
 */
public final class PasswordHash {

    public static final String SCHEME = "pbkdf2-sha256";

    /** Costs about 0.1 s on a 2-core gateway: slow for a guesser, bearable per connect. */
    public static final int DEFAULT_ITERATIONS = 210_000;

    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHash() {}

    public static String create(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, DEFAULT_ITERATIONS);
        Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
        return SCHEME + ":" + DEFAULT_ITERATIONS + ":" + base64.encodeToString(salt) + ":"
                + base64.encodeToString(hash);
    }

    public static boolean isHash(String stored) {
        return stored != null && stored.startsWith(SCHEME + ":");
    }

    /** Whether the password matches the stored hash; a malformed hash matches nothing. */
    public static boolean matches(String stored, char[] password) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            if (iterations < 1 || salt.length == 0 || expected.length == 0) {
                return false;
            }
            return MessageDigest.isEqual(expected, derive(password, salt, iterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(spec)
                    .getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no PBKDF2WithHmacSHA256", e);
        } finally {
            spec.clearPassword();
        }
    }
}
