/**
 * The upstream connector: forwards copies routed to the national axis or a peer axis (sendEdoc),
 * polls the national axis for inbound packages and acknowledges them after the ledger commit, and
 * syncs the remote directory.
 */
package vn.lienthong.axis.federation.upstream;
