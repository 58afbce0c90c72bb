/** Federation: the national axis (VXP) protocol, the upstream connector and peer axes. */
package vn.lienthong.axis.federation;
