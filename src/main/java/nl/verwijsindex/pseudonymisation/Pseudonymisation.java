package nl.verwijsindex.pseudonymisation;

import nl.verwijsindex.bsn.Bsn;

/** Turns BSNs into pseudonyms and ciphertexts, with the current key versions. */
public interface Pseudonymisation {

    /** Returns the pseudonym of the BSN under the current pseudonymisation key. */
    Pseudonym pseudonymise(Bsn bsn);

    /** Encrypts the BSN under the current encryption key, with a fresh random nonce. */
    EncryptedBsn encrypt(Bsn bsn);

    /**
     * Decrypts a BSN encrypted under any configured key version.
     *
     * @throws IllegalStateException when the key version is not configured or the ciphertext was altered
     */
    Bsn decrypt(EncryptedBsn encrypted);
}
