/**
 * The ledger (sổ cái): accepted packages, one delivery per recipient, their event history, intake
 * idempotency, and the SHA-256 addressed blob store that keeps the original bytes.
 */
package vn.lienthong.axis.ledger;
