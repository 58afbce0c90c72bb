/**
 * RFC 3161 time-stamps (dấu thời gian) on the ledger's signed checkpoints: asking a time-stamping
 * authority over HTTP, and checking a stored token (imprint, signature, TSA certificate) offline.
 */
package vn.lienthong.axis.evidence.timestamp;
