/**
 * The edXML package (gói tin edXML, QCVN 102:2016): model records, the hardened streaming
 * {@link vn.lienthong.axis.edxml.EdxmlReader} and {@link vn.lienthong.axis.edxml.EdxmlWriter},
 * field rules ({@link vn.lienthong.axis.edxml.PackageValidator}), agency codes and status codes.
 * Plain Java: no Spring, Camel, CXF or JMS.
 */
package vn.lienthong.axis.edxml;
