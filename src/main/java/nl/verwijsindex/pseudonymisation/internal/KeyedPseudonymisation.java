package nl.verwijsindex.pseudonymisation.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.pseudonymisation.EncryptedBsn;
import nl.verwijsindex.pseudonymisation.Pseudonym;
import nl.verwijsindex.pseudonymisation.Pseudonymisation;

/** HMAC-SHA-256 pseudonyms and AES-256-GCM encryption with versioned keys. */
final class KeyedPseudonymisation implements Pseudonymisation {

    private static final int NONCE_LENGTH = 12;
    private static final int TAG_BITS = 128;

    private final KeyRing pseudonymKeys;
    private final KeyRing encryptionKeys;
    private final SecureRandom random = new SecureRandom();

    KeyedPseudonymisation(KeyRing pseudonymKeys, KeyRing encryptionKeys) {
        this.pseudonymKeys = pseudonymKeys;
        this.encryptionKeys = encryptionKeys;
    }

    // NOTE: matching compares pseudonyms of the current key version only, so adding a pseudonym key
    // version leaves existing signals unmatched until they are pseudonymised again under it. That
    // re-pseudonymisation is not built yet. Encryption keys can be rotated, because old versions still decrypt.
    @Override
    public Pseudonym pseudonymise(Bsn bsn) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(pseudonymKeys.current(), "HmacSHA256"));
            byte[] value = mac.doFinal(bsn.digits().getBytes(StandardCharsets.US_ASCII));
            return new Pseudonym(pseudonymKeys.currentVersion(), value);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is not available in this JVM", e);
        }
    }

    @Override
    public EncryptedBsn encrypt(Bsn bsn) {
        int version = encryptionKeys.currentVersion();
        byte[] nonce = new byte[NONCE_LENGTH];
        random.nextBytes(nonce);
        try {
            var cipher = cipher(Cipher.ENCRYPT_MODE, encryptionKeys.current(), nonce, version);
            byte[] sealed = cipher.doFinal(bsn.digits().getBytes(StandardCharsets.US_ASCII));
            return new EncryptedBsn(
                    version,
                    ByteBuffer.allocate(NONCE_LENGTH + sealed.length)
                            .put(nonce)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM encryption failed", e);
        }
    }

    @Override
    public Bsn decrypt(EncryptedBsn encrypted) {
        byte[] data = encrypted.ciphertext();
        byte[] nonce = java.util.Arrays.copyOfRange(data, 0, NONCE_LENGTH);
        try {
            var cipher = cipher(
                    Cipher.DECRYPT_MODE, encryptionKeys.version(encrypted.keyVersion()), nonce, encrypted.keyVersion());
            byte[] plain = cipher.doFinal(data, NONCE_LENGTH, data.length - NONCE_LENGTH);
            return Bsn.of(new String(plain, StandardCharsets.US_ASCII));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "An encrypted BSN failed authentication: it was altered or "
                            + "encrypted under another key with version " + encrypted.keyVersion(),
                    e);
        }
    }

    /** Binds the key version into the tag as associated data, so a ciphertext cannot be relabelled. */
    private static Cipher cipher(int mode, byte[] key, byte[] nonce, int version) throws GeneralSecurityException {
        var cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(ByteBuffer.allocate(4).putInt(version).array());
        return cipher;
    }
}
