/**
 * The national axis API (VXP SDK of VPCP/VNPT) served by this axis, so a DMS written against the SDK
 * can point at it unchanged: signed {@code XroadVnpt-*} headers in, VXP JSON envelopes out.
 */
package vn.lienthong.axis.api.vxp;
