package vn.lienthong.axis.directory;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import vn.lienthong.axis.error.AxisErrorCode;
import vn.lienthong.axis.error.AxisException;

/**
 * Encrypts VXP secrets at rest: AES-GCM with a random 96-bit IV, the client id as associated data
 * (a ciphertext copied onto another client's row does not decrypt). Stored form:
 * {@code v1:<base64 of IV ‖ ciphertext ‖ tag>}.
 */
public final class VxpSecretCipher {
    static final String PREFIX = "v1:";
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();
    private final SecretKeySpec key;

    /** @param base64Key AES key, base64 of 16, 24 or 32 bytes ({@code axis.vxp.secret-key}) */
    public VxpSecretCipher(String base64Key) {
        if (base64Key == null || base64Key.isBlank()) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, "axis.vxp.secret-key (env AXIS_VXP_SECRET_KEY)"
                    + " is not set: the VXP secrets are encrypted at rest with it (base64 of 32 random bytes)");
        }
        byte[] raw = Base64.getDecoder().decode(base64Key.strip());
        this.key = new SecretKeySpec(raw, "AES");
        Arrays.fill(raw, (byte) 0);
    }

    /** Whether a stored value is in the encrypted form (older rows hold the secret in clear). */
    public static boolean isEncrypted(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    public String encrypt(String clientId, String secret) {
        byte[] iv = new byte[IV_BYTES];
        RANDOM.nextBytes(iv);
        try {
            Cipher c = cipher(Cipher.ENCRYPT_MODE, clientId, iv);
            byte[] sealed = c.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            byte[] out = new byte[IV_BYTES + sealed.length];
            System.arraycopy(iv, 0, out, 0, IV_BYTES);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new AxisException(AxisErrorCode.INTERNAL_ERROR, "cannot encrypt a VXP secret: " + e.getMessage());
        }
    }

    /** The secret; CONFIGURATION_INVALID when it does not decrypt (another key, or a row not encrypted). */
    public String decrypt(String clientId, String stored) {
        if (!isEncrypted(stored)) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, "the VXP secret of client " + clientId
                    + " is not encrypted; the V13 migration encrypts existing secrets");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            Cipher c = cipher(Cipher.DECRYPT_MODE, clientId, Arrays.copyOf(in, IV_BYTES));
            return new String(c.doFinal(in, IV_BYTES, in.length - IV_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new AxisException(AxisErrorCode.CONFIGURATION_INVALID, "the VXP secret of client " + clientId
                    + " does not decrypt with axis.vxp.secret-key (was the key changed?)");
        }
    }

    private Cipher cipher(int mode, String clientId, byte[] iv) throws GeneralSecurityException {
        Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
        c.init(mode, key, new GCMParameterSpec(TAG_BITS, iv));
        c.updateAAD(("vxp-secret:" + clientId).getBytes(StandardCharsets.UTF_8));
        return c;
    }
}
