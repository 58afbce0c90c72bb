/**
 * Per-client request-rate and in-flight-bytes limits (token buckets, Bucket4j), with the operator's
 * per-client overrides; every edge calls {@link vn.lienthong.axis.ratelimit.ClientRateLimiter}.
 */
package vn.lienthong.axis.ratelimit;
