package vn.lienthong.axis.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The SOAP edge ({@code axis.soap.*}).
 *
 * @param maxInlinePackageBytes the largest package a client may send as inline base64 instead of an
 *                              MTOM attachment. Inline text is held in memory by the SOAP stack, so this
 *                              stays far below {@code axis.limits.max-package-bytes}; MTOM streams.
 */
@ConfigurationProperties("axis.soap")
public record SoapProperties(@DefaultValue("16777216") long maxInlinePackageBytes) {}
