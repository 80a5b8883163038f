package nl.verwijsindex.pseudonymisation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;
import java.util.HexFormat;
import nl.verwijsindex.bsn.Bsn;
import nl.verwijsindex.pseudonymisation.EncryptedBsn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyedPseudonymisationTests {

    static final String KEY_1 = key(1);
    static final String KEY_2 = key(2);
    static final Bsn CHILD = Bsn.of("999970033");

    final KeyedPseudonymisation version1 = new KeyedPseudonymisation(
            KeyRing.parse("pseudonymisation", "1:" + KEY_1), KeyRing.parse("encryption", "1:" + KEY_1));

    @Test
    void computesHmacSha256OfDigits() {
        var pseudonym = version1.pseudonymise(CHILD);

        assertThat(pseudonym.keyVersion()).isEqualTo(1);
        // HMAC-SHA-256 with key bytes 0x01 x 32 over ASCII "999970033", computed independently with
        // python3 -c "import hmac,hashlib;print(hmac.new(b'\x01'*32,b'999970033',hashlib.sha256).hexdigest())"
        assertThat(HexFormat.of().formatHex(pseudonym.value()))
                .isEqualTo("1951825d11562dc4df534139bd2749186894da4ae7b444eba045a6791ab5b4c9");
    }

    @Test
    void pseudonymDependsOnlyOnBsn() {
        assertThat(version1.pseudonymise(CHILD)).isEqualTo(version1.pseudonymise(Bsn.of("999970033")));
        assertThat(version1.pseudonymise(CHILD)).isNotEqualTo(version1.pseudonymise(Bsn.of("999970045")));
    }

    @Test
    void usesHighestKeyVersionForNewPseudonyms() {
        var rotated = new KeyedPseudonymisation(
                KeyRing.parse("pseudonymisation", "1:" + KEY_1 + ",2:" + KEY_2),
                KeyRing.parse("encryption", "1:" + KEY_1));

        var pseudonym = rotated.pseudonymise(CHILD);

        assertThat(pseudonym.keyVersion()).isEqualTo(2);
        assertThat(pseudonym.value()).isNotEqualTo(version1.pseudonymise(CHILD).value());
    }

    @Test
    void decryptsWhatItEncrypted() {
        var encrypted = version1.encrypt(CHILD);

        assertThat(encrypted.keyVersion()).isEqualTo(1);
        assertThat(encrypted.ciphertext()).hasSize(12 + 9 + 16);
        assertThat(new String(encrypted.ciphertext(), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("999970033");
        assertThat(version1.decrypt(encrypted)).isEqualTo(CHILD);
    }

    @Test
    void usesFreshNonceForEachEncryption() {
        assertThat(version1.encrypt(CHILD).ciphertext())
                .isNotEqualTo(version1.encrypt(CHILD).ciphertext());
    }

    @Test
    void decryptsOldKeyVersionAfterRotation() {
        var old = version1.encrypt(CHILD);
        var rotated = new KeyedPseudonymisation(
                KeyRing.parse("pseudonymisation", "1:" + KEY_1),
                KeyRing.parse("encryption", "1:" + KEY_1 + ",2:" + KEY_2));

        assertThat(rotated.encrypt(CHILD).keyVersion()).isEqualTo(2);
        assertThat(rotated.decrypt(old)).isEqualTo(CHILD);
    }

    @Test
    void rejectsAlteredCiphertext() {
        byte[] data = version1.encrypt(CHILD).ciphertext();
        data[14] ^= 1;

        assertThatThrownBy(() -> version1.decrypt(new EncryptedBsn(1, data)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("failed authentication");
    }

    @Test
    void rejectsCiphertextRelabelledWithOtherKeyVersion() {
        var both = new KeyedPseudonymisation(
                KeyRing.parse("pseudonymisation", "1:" + KEY_1),
                KeyRing.parse("encryption", "1:" + KEY_1 + ",2:" + KEY_1));
        var encrypted = both.encrypt(CHILD);

        assertThatThrownBy(() -> both.decrypt(new EncryptedBsn(1, encrypted.ciphertext())))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void rejectsUnknownKeyVersion() {
        assertThatThrownBy(() -> version1.decrypt(
                        new EncryptedBsn(7, version1.encrypt(CHILD).ciphertext())))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("version 7");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "abc",
                "1:not base64!",
                "1:AAAA",
                "x:" + "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                "0:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=",
                "1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=,1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="
            })
    void rejectsMalformedKeySetting(String setting) {
        assertThatThrownBy(() -> KeyRing.parse("encryption", setting))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid encryption keys: ");
    }

    private static String key(int fill) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) fill);
        return Base64.getEncoder().encodeToString(key);
    }
}
