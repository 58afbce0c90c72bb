/**
 * Intake: the stages the intake route runs ({@link vn.lienthong.axis.intake.IntakeStages}): stream a
 * submitted package to a spool file (hashing it, enforcing the size limit), parse and validate it,
 * check that the client may send for its From agency, verify it (the
 * {@link vn.lienthong.axis.intake.IntakeInspector}), and hand it to the ledger. Edges call the
 * {@link vn.lienthong.axis.intake.Intake} port.
 */
package vn.lienthong.axis.intake;
