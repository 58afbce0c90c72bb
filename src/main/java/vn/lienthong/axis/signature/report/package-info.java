/**
 * The verification report of a package and the policy that decides it: package XML-DSig, signer
 * trust and binding, PDF attachment signatures. Plain Java.
 */
package vn.lienthong.axis.signature.report;
