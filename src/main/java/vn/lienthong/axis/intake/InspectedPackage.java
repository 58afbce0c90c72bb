package vn.lienthong.axis.intake;

import vn.lienthong.axis.ledger.PackageFacts;
import vn.lienthong.axis.signature.report.VerificationReport;

/** A package that passed inspection: the facts the pipeline needs and the verification report (evidence). */
public record InspectedPackage(PackageFacts facts, VerificationReport report) {}
