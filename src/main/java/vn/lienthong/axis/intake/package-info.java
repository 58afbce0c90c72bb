/**
 * Intake: streams a submitted package to a spool file (hashing it, enforcing the size limit), has
 * the {@link vn.lienthong.axis.intake.IntakeInspector} turn it into facts, checks that the client
 * may send for its From agency, and hands it to the ledger.
 */
package vn.lienthong.axis.intake;
