package nl.verwijsindex.access.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretCipherTests {

    private static final String KEY_1 = "1:" + Base64.getEncoder().encodeToString(new byte[32]);
    private static final String KEY_2 =
            "2:" + Base64.getEncoder().encodeToString("k".repeat(32).getBytes(StandardCharsets.US_ASCII));
    private static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Test
    void decryptsWhatItEncrypted() {
        var cipher = SecretCipher.parse(KEY_1);

        var stored = cipher.encrypt(SECRET, "account-1");

        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(SECRET);
        assertThat(stored[0]).isEqualTo((byte) 1);
        assertThat(cipher.decrypt(stored, "account-1")).isEqualTo(SECRET);
    }

    @Test
    void rejectsSecretOfOtherAccount() {
        var cipher = SecretCipher.parse(KEY_1);
        var stored = cipher.encrypt(SECRET, "account-1");

        assertThatThrownBy(() -> cipher.decrypt(stored, "account-2")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void encryptsWithHighestVersionAndReadsOlder() {
        var old = SecretCipher.parse(KEY_1).encrypt(SECRET, "account-1");
        var cipher = SecretCipher.parse(KEY_1 + "," + KEY_2);

        var stored = cipher.encrypt(SECRET, "account-1");

        assertThat(stored[0]).isEqualTo((byte) 2);
        assertThat(cipher.decrypt(old, "account-1")).isEqualTo(SECRET);
    }
}
