// SPDX-License-Identifier: Apache-2.0
package io.objectbus.component.lorawan.crypto;

import java.security.GeneralSecurityException;
import javax.crypto.Cipher;
import javax.crypto.spec.SecretKeySpec;

/** AES-128 in ECB mode on single 16-byte blocks, the one primitive LoRaWAN 1.0.x builds on. */
public final class Aes {

    private final SecretKeySpec spec;
    private final Cipher encrypt;
    /** Made at the first decryption: the frames of a session only ever encrypt blocks. */
    private Cipher decrypt;

    private Aes(byte[] key) throws GeneralSecurityException {
        if (key.length != 16) {
            throw new IllegalArgumentException("an AES-128 key has 16 bytes, got " + key.length);
        }
        spec = new SecretKeySpec(key, "AES");
        encrypt = Cipher.getInstance("AES/ECB/NoPadding");
        encrypt.init(Cipher.ENCRYPT_MODE, spec);
    }

    /**
     * A cipher for a 16-byte key. Making one costs more than the blocks of a frame (the key schedule): keep it for as
     * long as the key is used, on one thread at a time.
     */
    public static Aes of(byte[] key) {
        try {
            return new Aes(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES/ECB/NoPadding is missing from this JDK", e);
        }
    }

    /** Encrypts whole 16-byte blocks. */
    public byte[] encrypt(byte[] blocks) {
        return run(encrypt, blocks);
    }

    /** Decrypts whole 16-byte blocks (the network server "encrypts" a Join-Accept this way). */
    public byte[] decrypt(byte[] blocks) {
        if (decrypt == null) {
            try {
                decrypt = Cipher.getInstance("AES/ECB/NoPadding");
                decrypt.init(Cipher.DECRYPT_MODE, spec);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("AES/ECB/NoPadding is missing from this JDK", e);
            }
        }
        return run(decrypt, blocks);
    }

    private static byte[] run(Cipher cipher, byte[] blocks) {
        try {
            return cipher.doFinal(blocks);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not whole AES blocks: " + blocks.length + " bytes", e);
        }
    }
}
