package nl.verwijsindex.access.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts TOTP secrets with AES-256-GCM. A stored value is the key version (one byte), a 12-byte
 * nonce and the ciphertext with its 16-byte tag. The account id is bound as associated data, so a
 * secret copied to another account's row does not decrypt.
 */
final class SecretCipher {

    static final int KEY_LENGTH = 32;
    private static final int NONCE_LENGTH = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom random = new SecureRandom();

    private final TreeMap<Integer, SecretKeySpec> keys = new TreeMap<>();

    SecretCipher(Map<Integer, byte[]> keys) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("At least one TOTP secret key is needed");
        }
        keys.forEach((version, key) -> {
            if (version < 1 || version > 255 || key.length != KEY_LENGTH) {
                throw new IllegalArgumentException(
                        "TOTP secret key version " + version + " must be 1 to 255 with a 32-byte key");
            }
            this.keys.put(version, new SecretKeySpec(key, "AES"));
        });
    }

    /**
     * Parses keys written as {@code version:base64key} pairs separated by commas, such as {@code
     * 1:q3T...=}. The highest version encrypts; every version decrypts.
     */
    static SecretCipher parse(String setting) {
        var keys = new TreeMap<Integer, byte[]>();
        for (var pair : setting.split(",")) {
            var parts = pair.trim().split(":", 2);
            if (parts.length != 2) {
                throw new IllegalArgumentException(
                        "VERWIJSINDEX_TOTP_SECRET_KEYS must be version:base64key pairs separated by commas");
            }
            keys.put(Integer.parseInt(parts[0].trim()), Base64.getDecoder().decode(parts[1].trim()));
        }
        return new SecretCipher(keys);
    }

    byte[] encrypt(String secret, String accountId) {
        var version = keys.lastKey();
        var nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);
        var ciphertext = run(Cipher.ENCRYPT_MODE, version, nonce, accountId, secret.getBytes(StandardCharsets.UTF_8));

        return ByteBuffer.allocate(1 + NONCE_LENGTH + ciphertext.length)
                .put((byte) version.intValue())
                .put(nonce)
                .put(ciphertext)
                .array();
    }

    String decrypt(byte[] stored, String accountId) {
        var buffer = ByteBuffer.wrap(stored);
        int version = Byte.toUnsignedInt(buffer.get());
        var nonce = new byte[NONCE_LENGTH];
        buffer.get(nonce);
        var ciphertext = new byte[buffer.remaining()];
        buffer.get(ciphertext);

        return new String(run(Cipher.DECRYPT_MODE, version, nonce, accountId, ciphertext), StandardCharsets.UTF_8);
    }

    private byte[] run(int mode, int version, byte[] nonce, String accountId, byte[] input) {
        var key = keys.get(version);
        if (key == null) {
            throw new IllegalStateException("No TOTP secret key with version " + version
                    + "; keep old versions in VERWIJSINDEX_TOTP_SECRET_KEYS to read old secrets");
        }
        try {
            var cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(accountId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed on a TOTP secret of account " + accountId, e);
        }
    }
}
