/**
 * What every HTTP edge does before a handler runs: authenticate from headers only, apply the
 * client's rate limits, and guard the body (declared and counted size, whole-request time, slow clients).
 */
package vn.lienthong.axis.api.edge;
