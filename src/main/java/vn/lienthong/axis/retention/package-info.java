/**
 * Retention and archive of package bytes (ADR 027): after a configurable retention per kind they move to
 * the archive store, after the archive period they are deleted unless a legal hold is set; each step is a
 * ledger event, while receipts, ledger and trace stay.
 */
package vn.lienthong.axis.retention;
