package vn.lienthong.axis.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The national axis API served by this axis ({@code axis.vxp.*}).
 *
 * @param basePath  where the SDK's {@code endpoint} points, e.g. {@code http://axis/vxp}
 * @param freshness accepted age of {@code XroadVnpt-timestamp}; the SDK stamps once per process, so
 *                  keep it generous; zero disables the check
 */
@ConfigurationProperties("axis.vxp")
public record VxpFacadeProperties(@DefaultValue("/vxp") String basePath, @DefaultValue("7d") Duration freshness) {
    public VxpFacadeProperties {
        if (!basePath.startsWith("/")) {
            throw new IllegalArgumentException("axis.vxp.base-path must start with '/': " + basePath);
        }
    }
}
