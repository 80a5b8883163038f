package nl.verwijsindex.pseudonymisation;

/**
 * A BSN encrypted with AES-256-GCM.
 *
 * @param keyVersion the version of the encryption key
 * @param ciphertext the 12-byte nonce followed by the ciphertext and the 16-byte tag
 */
public record EncryptedBsn(int keyVersion, byte[] ciphertext) {

    public EncryptedBsn {
        ciphertext = ciphertext.clone();
    }

    @Override
    public byte[] ciphertext() {
        return ciphertext.clone();
    }
}
