/**
 * The directory: agencies (local and remote), delivery modes, code aliases, registered signing certificates,
 * and the trust anchors the axis verifies with ({@link vn.lienthong.axis.directory.TrustRuntime}).
 */
package vn.lienthong.axis.directory;
