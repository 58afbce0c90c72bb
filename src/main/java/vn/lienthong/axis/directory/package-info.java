/** The directory: agencies (local and remote), delivery modes, code aliases, registered signing certificates. */
package vn.lienthong.axis.directory;
