package vn.lienthong.axis.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;
import jakarta.validation.constraints.Positive;

/**
 * The SOAP edge ({@code axis.soap.*}).
 *
 * @param maxInlinePackageBytes the largest package a client may send as inline base64 instead of an
 *                              MTOM attachment. Inline text is held in memory by the SOAP stack, so this
 *                              stays far below {@code axis.limits.max-package-bytes} (4 MiB: about 6 MiB of
 *                              base64 text held while parsing); MTOM streams.
 * @param maxHeaderBytes        the most bytes of a SOAP envelope before its {@code Body} (XML declaration,
 *                              {@code Envelope} tag, {@code Header}), read before anyone is authenticated and
 *                              held as DOM; {@code AxisAuth} with WS-Addressing is a few hundred bytes (64 KiB).
 */
@Validated
@ConfigurationProperties("axis.soap")
public record SoapProperties(@DefaultValue("4194304") @Positive long maxInlinePackageBytes,
                             @DefaultValue("65536") @Positive long maxHeaderBytes) {}
