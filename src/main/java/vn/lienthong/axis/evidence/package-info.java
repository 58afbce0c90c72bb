/**
 * Evidence (chứng cứ) the axis signs with its own key: acceptance and delivery receipts, ledger
 * checkpoints; and the stored verification report of each package.
 */
package vn.lienthong.axis.evidence;
