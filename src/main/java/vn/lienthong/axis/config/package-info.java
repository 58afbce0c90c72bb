/**
 * The {@code axis.*} configuration tree (ADR 021) as validated {@code @ConfigurationProperties} records,
 * the start-up checks on them and the infrastructure wiring that needs no feature (broker, TLS, forwarded
 * headers). It imports no feature package except the plain-Java {@code error} and {@code trust} (ADR 032).
 */
package vn.lienthong.axis.config;
