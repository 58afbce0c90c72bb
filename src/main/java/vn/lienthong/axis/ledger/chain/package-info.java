/**
 * The tamper-evident ledger (sổ cái chống sửa): every event row linked into a hash chain, signed
 * checkpoints of the chain heads, and the verifier that finds a changed, removed or inserted entry.
 */
package vn.lienthong.axis.ledger.chain;
