/**
 * Evidence containers (ASiC-E): one ZIP with a package's bytes, verification report, signed receipts and
 * trace, under a manifest signed by the axis; and their offline verification (ADR 018).
 */
package vn.lienthong.axis.evidence.container;
