package vn.lienthong.axis.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.lienthong.axis.config.VxpFacadeProperties;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

class VxpSecretCipherTest {
    private static final String SECRET = "9f".repeat(32);
    private final VxpSecretCipher cipher = new VxpSecretCipher(VxpFacadeProperties.SAMPLE_SECRET_KEY);

    @Test
    void givenASecret_thenStoredEncryptedWithAFreshIv_andDecryptsForItsClientOnly() {
        String a = cipher.encrypt("client-1", SECRET);
        String b = cipher.encrypt("client-1", SECRET);
        assertThat(a).startsWith("v1:").doesNotContain(SECRET).isNotEqualTo(b);
        assertThat(cipher.decrypt("client-1", a)).isEqualTo(SECRET);
        assertThatThrownBy(() -> cipher.decrypt("client-2", a)).isInstanceOfSatisfying(AxisException.class, e ->
                assertThat(e.code()).isEqualTo(AxisErrorCode.CONFIGURATION_INVALID));
    }

    @Test
    void givenAnotherKey_thenTheSecretDoesNotDecrypt() {
        String stored = cipher.encrypt("client-1", SECRET);
        VxpSecretCipher other = new VxpSecretCipher("bm90LWEtc2FtcGxlLWtleS0zMi1ieXRlcy1sb25nISE=");
        assertThatThrownBy(() -> other.decrypt("client-1", stored)).hasMessageContaining("does not decrypt");
    }

    @Test
    void givenATamperedCiphertextOrAClearValue_thenRefused() {
        String stored = cipher.encrypt("client-1", SECRET);
        char last = stored.charAt(stored.length() - 3);
        String tampered = stored.substring(0, stored.length() - 3) + (last == 'A' ? 'B' : 'A')
                + stored.substring(stored.length() - 2);
        assertThatThrownBy(() -> cipher.decrypt("client-1", tampered)).hasMessageContaining("does not decrypt");
        assertThatThrownBy(() -> cipher.decrypt("client-1", SECRET)).hasMessageContaining("not encrypted");
    }

    @Test
    void givenNoKey_thenConfigurationInvalid() {
        assertThatThrownBy(() -> new VxpSecretCipher(" ")).isInstanceOfSatisfying(AxisException.class, e ->
                assertThat(e.code()).isEqualTo(AxisErrorCode.CONFIGURATION_INVALID))
                .hasMessageContaining("AXIS_VXP_SECRET_KEY");
    }
}
