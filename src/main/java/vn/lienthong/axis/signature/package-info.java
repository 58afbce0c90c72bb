/**
 * Package XML-DSig (chữ ký số gói tin edXML): streaming verification and signing of the one
 * enveloped {@code Signature} in {@code edXMLHeader} under a strict profile. Certificate paths,
 * revocation and signer-to-agency binding belong to {@code vn.lienthong.axis.trust}.
 */
package vn.lienthong.axis.signature;
