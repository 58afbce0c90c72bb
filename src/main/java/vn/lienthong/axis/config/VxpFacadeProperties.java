package vn.lienthong.axis.config;

import java.time.Duration;
import java.util.Base64;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The national axis API served by this axis ({@code axis.vxp.*}).
 *
 * @param basePath  where the SDK's {@code endpoint} points, e.g. {@code http://axis/vxp}
 * @param freshness accepted age of {@code XroadVnpt-timestamp}; the SDK stamps once per process, so
 *                  keep it generous; zero disables the age check
 * @param clockSkew how far {@code XroadVnpt-timestamp} may be ahead of the axis's clock
 * @param secretKey AES key (base64 of 16, 24 or 32 bytes) that encrypts the VXP secrets at rest
 *                  (env {@code AXIS_VXP_SECRET_KEY}); required
 */
@Validated
@ConfigurationProperties("axis.vxp")
public record VxpFacadeProperties(@DefaultValue("/vxp") String basePath, @DefaultValue("7d") Duration freshness,
                                  @DefaultValue("5m") Duration clockSkew, @DefaultValue("") String secretKey) {
    /** The SAMPLE key of the local and test profiles (refused elsewhere by the startup check). */
    public static final String SAMPLE_SECRET_KEY = "U0FNUExFLXZ4cC1rZXktTk9ULUZPUi1QUk9EVUNUTiE=";

    public VxpFacadeProperties {
        if (!basePath.startsWith("/")) {
            throw new IllegalArgumentException("axis.vxp.base-path must start with '/': " + basePath);
        }
        if (freshness.isNegative()) {
            throw new IllegalArgumentException("axis.vxp.freshness must not be negative: " + freshness);
        }
        if (clockSkew.isNegative()) {
            throw new IllegalArgumentException("axis.vxp.clock-skew must not be negative: " + clockSkew);
        }
        if (!secretKey.isBlank()) {
            int length;
            try {
                length = Base64.getDecoder().decode(secretKey.strip()).length;
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("axis.vxp.secret-key is not base64");
            }
            if (length != 16 && length != 24 && length != 32) {
                throw new IllegalArgumentException("axis.vxp.secret-key must be 16, 24 or 32 bytes (base64), not "
                        + length);
            }
        }
    }
}
