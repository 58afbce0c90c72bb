/**
 * The error catalogue ({@link vn.lienthong.axis.error.AxisErrorCode}) and the one exception type
 * that carries it. Plain Java: every layer may use it.
 */
package vn.lienthong.axis.error;
